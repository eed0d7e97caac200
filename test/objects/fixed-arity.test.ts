// The fixed-arity forms of natives (src/objects/function.ts: PyBuiltinFunction.fn1/fn2,
// PyMethodDescr.fn1/fn2, a __new__'s fn1) are what CALL_FUNCTION and CALL_METHOD run for one or
// two positional arguments; each must do exactly what the general entry does with those arguments.
// For every form of the builtins and of the builtin types, this calls both on sample values (and on
// copies of self, for the methods that change it) and compares results, errors and self afterwards.
import assert from "node:assert/strict";
import { test } from "node:test";
import { Session } from "../../src/vm/index.ts";
import { STDLIB, readOrNull } from "../vm/run-with-stdlib.ts";
import { PyBuiltinFunction, PyMethodDescr, PyType, PyList, None, tuple, type PyObj } from "../../src/objects/index.ts";

/** (name, owner or None, general callable, the form as a callable, argument count) for every form. */
function forms(session: Session): PyObj {
  const rows: PyObj[] = [];
  const wrap = (name: string, f: (args: PyObj[]) => PyObj) => new PyBuiltinFunction(name, (args) => f(args));
  for (const v of session.interp.builtinsModule.dict.values()) {
    if (v instanceof PyBuiltinFunction) {
      const { fn1, fn2 } = v;
      if (fn1 !== null) rows.push(tuple([v.name, None, v, wrap(v.name, (a) => fn1(a[0]!)), 1]));
      if (fn2 !== null) rows.push(tuple([v.name, None, v, wrap(v.name, (a) => fn2(a[0]!, a[1]!)), 2]));
    }
    if (!(v instanceof PyType)) continue;
    for (const [name, d] of v.ns) {
      if (!(d instanceof PyMethodDescr)) continue;
      const { fn1, fn2 } = d;
      if (fn1 !== null) rows.push(tuple([name, v, d, wrap(name, (a) => fn1(a[0]!, a[1]!)), 1]));
      if (fn2 !== null) rows.push(tuple([name, v, d, wrap(name, (a) => fn2(a[0]!, a[1]!, a[2]!)), 2]));
    }
  }
  return new PyList(rows);
}

const PROGRAM = `
class S(str):
    def __init__(self, *a):
        self.init = a
class Loud:
    def __str__(self):
        return S("loud")
class Bad:
    def __str__(self):
        return 1
    def __len__(self):
        return -1
    def __hash__(self):
        raise KeyError("no hash")
    def __index__(self):
        return 3
    def __float__(self):
        return 2.5
    def __int__(self):
        return 7
class Sub(int):
    pass
samples = [0, 1, -5, 2**70, True, 1.5, float("nan"), "", "abc", "\\xe9\\ud800", "ab\\U0001f600", b"x", bytearray(b"yz"), [], [1, "a"],
           (), (1, 2), {}, {"a": 1}, set(), {1}, frozenset({2}), None, ..., 3j, range(3), object(), S("s"), Sub(3), len, int,
           Loud(), Bad(), ["p", "q"], ("r", S("t"))]

def outcome(f, self, args):
    s = type(self)(self) if type(self) in (list, dict, set, bytearray) else self
    try:
        r = f(*args) if self is NOSELF else f(s, *args)
        return (type(r).__name__, repr(r), None if self is NOSELF else repr(s))
    except BaseException as e:
        return (type(e).__name__, str(e))

NOSELF = object()
checked = 0
mismatches = []
for name, owner, general, fast, n in forms():
    if owner is None:
        selves = [NOSELF]
    elif name == "__new__":
        selves = [owner]
    else:
        selves = [s for s in samples if isinstance(s, owner)]
    for self in selves:
        for args in ([(a,) for a in samples] if n == 1 else [(a, b) for a in samples for b in samples[::3]]):
            g = outcome(general, self, args)
            h = outcome(fast, self, args)
            checked += 1
            if g != h:
                mismatches.append((name, repr(self), repr(args), g, h))
print(checked)
for m in mismatches[:20]:
    print(m)
`;

test("every fixed-arity form does what its general entry does", () => {
  let out = "";
  // (with the standard library: the builtins module's help and exit come from _sitebuiltins)
  const session = new Session({ onStdout: (t) => void (out += t), onStderr: (t) => void (out += t), path: [STDLIB], readFile: readOrNull });
  session.main.dict.setStr("forms", new PyBuiltinFunction("forms", () => forms(session)));
  session.run(PROGRAM, { mode: "exec", filename: "forms.py" });
  const [checked, ...mismatches] = out.trim().split("\n");
  assert.deepEqual(mismatches, []);
  // (the builtins' forms and those of dict, list, set, str, int and float, on every sample)
  assert.ok(Number(checked) > 2000, out);
});
