import assert from "node:assert/strict";
import { test } from "node:test";
import { runProgram } from "../../src/vm/index.ts";

// A function's frame that returned by raising stays alive as long as the traceback holds it, and
// with it the generators its locals owned; CPython lets go of them when the except block that
// caught the exception ends (the exception cleared), running their finally blocks there, unless
// something else holds the exception (src/vm/caught-finalize.ts). Each expected output was
// captured from native CPython 3.10.13 (/root/.pyenv/versions/3.10.13, `python3.10 NAME.py`).
// Cases dislab leaves open while CPython closes them (not here): an exception bound by a
// module-level `except ... as e` or by a name the code reads, one given to sys.exc_info() (as
// traceback.format_exc does), one that became another's __context__.

const CASES: { name: string; source: string; stdout: string }[] = [
  {
    name: "caught_blocks",
    source: "def gen(name):\n    try:\n        yield 1\n    finally:\n        print(\"finally\", name)\ndef f():\n    g = gen(\"f local\")\n    next(g)\n    raise KeyError(\"f\")\ndef h():\n    g = gen(\"h local\")\n    next(g)\n    f()\nprint(\"start\")\ntry:\n    f()\nexcept KeyError:\n    print(\"caught\")\nprint(\"after 1\")\ndef caller():\n    try:\n        h()\n    except KeyError:\n        print(\"caught in caller\")\n    print(\"after caller except\")\ncaller()\nprint(\"after 3\")\ntry:\n    f()\nexcept KeyError as e:\n    saved = e\nprint(\"after 4 saved\")\ndef ret():\n    try:\n        f()\n    except KeyError:\n        return \"r\"\nprint(ret())\nprint(\"after 6\")\nfor i in range(2):\n    try:\n        f()\n    except KeyError:\n        continue\nprint(\"after 7\")\nprint(\"end\")\n",
    stdout: "start\ncaught\nfinally f local\nafter 1\ncaught in caller\nfinally f local\nfinally h local\nafter caller except\nafter 3\nafter 4 saved\nfinally f local\nr\nafter 6\nfinally f local\nfinally f local\nafter 7\nend\nfinally f local\n",
  },
  {
    name: "kept_or_released",
    source: "import sys\nSTATE = {\"quiet\": False}\ndef gen(name, state=STATE):\n    try:\n        yield 1\n    finally:\n        if not state[\"quiet\"]:\n            print(\"finally\", name)\ndef f(name):\n    g = gen(name)\n    next(g)\n    raise KeyError(name)\nsaved = []\ndef t1():\n    try:\n        f(\"t1 saved\")\n    except KeyError as e:\n        saved.append(e)\n    print(\"t1 end\")\nt1()\ndef t2():\n    try:\n        f(\"t2 exc_info\")\n    except KeyError:\n        saved.append(sys.exc_info())\n    print(\"t2 end\")\nt2()\nclass Keep(Exception):\n    def __init__(self, *a):\n        saved.append(self)\ndef fk():\n    g = gen(\"t4 keep init\")\n    next(g)\n    raise Keep(\"x\")\ndef t4():\n    try:\n        fk()\n    except Keep:\n        pass\n    print(\"t4 end\")\nt4()\ndef fstored():\n    g = gen(\"t5 stored\")\n    next(g)\n    err = KeyError(\"s\")\n    raise err\ndef t5():\n    try:\n        fstored()\n    except KeyError:\n        pass\n    print(\"t5 end\")\nt5()\nclass CM:\n    def __enter__(self): return self\n    def __exit__(self, *a):\n        saved.append(a)\n        return False\ndef t6():\n    try:\n        with CM():\n            f(\"t6 with\")\n    except KeyError:\n        pass\n    print(\"t6 end\")\nt6()\ndef t8():\n    for i in range(3):\n        try:\n            f(\"t8 loop %d\" % i)\n        except KeyError:\n            pass\n    print(\"t8 end\")\nt8()\ndef t9():\n    try:\n        try:\n            f(\"t9 inner\")\n        except KeyError:\n            raise\n    except KeyError:\n        print(\"t9 caught outer\")\n    print(\"t9 end\")\nt9()\ndef fclass():\n    g = gen(\"t10 class raise\")\n    next(g)\n    raise KeyError\ndef t10():\n    try:\n        fclass()\n    except KeyError:\n        pass\n    print(\"t10 end\")\nt10()\ndef fzero():\n    g = gen(\"t11 zero\")\n    next(g)\n    return 1 / 0\ndef t11():\n    try:\n        fzero()\n    except ZeroDivisionError:\n        pass\n    print(\"t11 end\")\nt11()\ndef t12():\n    g = gen(\"t12 caller own\")\n    next(g)\n    try:\n        f(\"t12 callee\")\n    except KeyError:\n        pass\n    print(\"t12 before return\")\nt12()\nprint(\"t12 after\")\ndef t13():\n    g = gen(\"t13 caller own rebound\")\n    next(g)\n    try:\n        f(\"t13 callee\")\n    except KeyError:\n        pass\n    g = None\n    print(\"t13 after rebind\")\nt13()\ndef t14():\n    try:\n        f(\"t14 frame\")\n    except KeyError:\n        fr = sys._getframe()\n        saved.append(fr)\n    print(\"t14 end\")\nt14()\ndef t15():\n    try:\n        f(\"t15 unread as\")\n    except KeyError as e:\n        pass\n    print(\"t15 end\")\nt15()\ndef gen_handler():\n    try:\n        f(\"t16 in gen\")\n    except KeyError:\n        yield \"handling\"\n    print(\"t16 gen after\")\n    yield \"done\"\ndef t16():\n    it = gen_handler()\n    print(next(it))\n    print(next(it))\n    print(\"t16 end\")\nt16()\nprint(\"end\")\n# (what is still held is closed at exit, in an order not modelled here)\nSTATE[\"quiet\"] = True\n",
    stdout: "t1 end\nt2 end\nt4 end\nt5 end\nt6 end\nfinally t8 loop 0\nfinally t8 loop 1\nfinally t8 loop 2\nt8 end\nt9 caught outer\nfinally t9 inner\nt9 end\nfinally t10 class raise\nt10 end\nfinally t11 zero\nt11 end\nfinally t12 callee\nt12 before return\nfinally t12 caller own\nt12 after\nfinally t13 callee\nfinally t13 caller own rebound\nt13 after rebind\nfinally t14 frame\nt14 end\nfinally t15 unread as\nt15 end\nhandling\nfinally t16 in gen\nt16 gen after\ndone\nt16 end\nend\n",
  },
  {
    name: "hot_loop",
    source: "def gen(i):\n    try:\n        yield 1\n    finally:\n        if i % 500 == 0: print(\"finally\", i)\ndef f(i):\n    g = gen(i)\n    next(g)\n    raise KeyError(i)\ndef t():\n    n = 0\n    for i in range(2001):\n        try:\n            f(i)\n        except KeyError:\n            n += 1\n        if i % 500 == 0: print(\"after\", i)\n    return n\nprint(t())\n",
    stdout: "finally 0\nafter 0\nfinally 500\nafter 500\nfinally 1000\nafter 1000\nfinally 1500\nafter 1500\nfinally 2000\nafter 2000\n2001\n",
  },
];

for (const c of CASES) {
  for (const jit of [true, false]) {
    test(`generators of a caught exception's frames: ${c.name}${jit ? "" : " (interpreter only)"}`, () => {
      const r = runProgram(c.source, { filename: `/prog/${c.name}.py`, jit });
      assert.equal(r.stderr, "");
      assert.equal(r.stdout, c.stdout);
    });
  }
}

test("a frame object Python code was given keeps its generators past the except block", () => {
  // CPython keeps them while `fr` and `kept` hold the frames (closing them at kept.clear() and
  // fr = None, which dislab cannot see), and closes the transient sys._getframe(0)'s at the except
  // block's end; dislab, not knowing whether a frame object was kept, closes none of them early.
  const source = "import sys\ndef gen(name):\n    try:\n        yield 1\n    finally:\n        print(\"finally\", name)\ndef g():\n    h = gen(\"in gen\")\n    next(h)\n    yield 1\n    raise KeyError\nit = g()\nfr = it.gi_frame\nnext(it)\ntry:\n    next(it)\nexcept KeyError:\n    pass\nprint(\"after gi_frame\")\nkept = []\ndef f():\n    h = gen(\"got frame\")\n    next(h)\n    kept.append(sys._getframe())\n    raise KeyError\ntry:\n    f()\nexcept KeyError:\n    pass\nprint(\"after _getframe\")\ndef w():\n    h = gen(\"warned\")\n    next(h)\n    sys._getframe(0)\n    raise KeyError\ntry:\n    w()\nexcept KeyError:\n    pass\nprint(\"after transient _getframe\")\nkept.clear()\nfr = None\nprint(\"end\")\n";
  const r = runProgram(source, { filename: "/prog/held.py" });
  assert.equal(r.stderr, "");
  assert.equal(r.stdout, "after gi_frame\nafter _getframe\nafter transient _getframe\nend\n");
});
