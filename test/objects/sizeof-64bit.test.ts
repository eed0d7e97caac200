// sys.getsizeof and the Py_TPFLAGS_HAVE_GC bit of __flags__ as 64-bit CPython 3.10 has them (the
// 32-bit oracle's sizes differ): the collector's 16-byte header is added for the types that have
// the flag (builtin functions, descriptors, iterators, slices, weak references, ast nodes...), a
// __sizeof__ of sys.maxsize plus the header is no error, and type.__sizeof__ is PyTypeObject's or
// PyHeapTypeObject's size, and an instance's split __dict__ counts its values alone. Checked against a local 64-bit CPython 3.10; skipped when there is none.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { runProgram } from "../../src/index.ts";
import { localCPython310 } from "../marshal/local-cpython.ts";
import { STDLIB, readOrNull } from "../vm/run-with-stdlib.ts";

const SCRIPT = `
import sys, _ast, weakref, itertools, collections, re, types, io
HAVE_GC = 1 << 14
class OverflowSizeof(int):
    def __sizeof__(self):
        return int(self)
for n in (sys.maxsize, sys.maxsize + 1, -1, -sys.maxsize - 2):
    try:
        print(sys.getsizeof(OverflowSizeof(n)))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
class A: pass
class S: __slots__ = ('a',)
class M(type): pass
print(type.__sizeof__(int), type.__sizeof__(A), type.__sizeof__(S), type.__sizeof__(M), sys.getsizeof(int), sys.getsizeof(A))
o = A()
print(sys.getsizeof(_ast.AST()), sys.getsizeof(_ast.Name()), sys.getsizeof(weakref.ref(o)), sys.getsizeof(len), sys.getsizeof([].append))
print(sys.getsizeof(iter(range(3))), sys.getsizeof(iter([])), sys.getsizeof(slice(1)), sys.getsizeof(itertools.count()))
print(sys.getsizeof(types.SimpleNamespace()) - types.SimpleNamespace.__basicsize__)
import _tracemalloc; print(_tracemalloc.get_tracemalloc_memory())
print([sys.getsizeof(x) for x in (itertools.combinations(range(5), 3), itertools.combinations_with_replacement('ab', 4),
       itertools.permutations(range(5), 3), itertools.permutations(range(2), 4), itertools.product(range(5), 'ab', repeat=2), itertools.product())])
objs = [len, [].append, object.__init__, object().__str__, str.join, iter([]), iter(()), iter({}), iter(set()), iter(''),
        iter(b''), iter(range(1)), {}.keys(), iter({}.items()), reversed([]), slice(1), iter(memoryview(b'')),
        itertools.chain(), collections.deque(), iter(collections.deque()), types.SimpleNamespace(), int | str, list[int],
        re.compile('a'), _ast.AST(), io.BytesIO(), io.StringIO(), 1, 1.5, 'a', b'', bytearray(), range(1), None, 1j]
print([type(x).__name__ for x in objs if type(x).__flags__ & HAVE_GC])
print([type(x).__name__ for x in objs if not type(x).__flags__ & HAVE_GC])
print(bool(type(weakref.ref(o)).__flags__ & HAVE_GC), bool(weakref.ProxyType.__flags__ & HAVE_GC))
class Pt:
    def __init__(self, x, y): self.x = x; self.y = y
sizes = []
for n in (0, 5, 6, 10, 11, 21, 22, 40):
    class C: pass
    c = C()
    for i in range(n): setattr(c, f"a{i}", i)
    sizes.append((sys.getsizeof(c.__dict__), sys.getsizeof(C().__dict__)))
print(sys.getsizeof(Pt(1, 2).__dict__), sys.getsizeof(vars(A())), sizes)
`;

test("sys.getsizeof and HAVE_GC as 64-bit CPython 3.10", { skip: localCPython310() === null }, () => {
  const theirs = execFileSync(localCPython310()!, ["-c", SCRIPT]).toString();
  const stdlib = STDLIB;
  const ours = runProgram(SCRIPT, { filename: "<sizeof>", path: [stdlib], readFile: readOrNull });
  assert.equal(ours.stderr, "");
  assert.equal(ours.stdout, theirs);
});

