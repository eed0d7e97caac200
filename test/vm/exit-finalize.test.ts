import assert from "node:assert/strict";
import { test } from "node:test";
import { runProgram } from "../../src/vm/index.ts";

// At the end of a program CPython 3.10 finalizes __main__ (finalize_modules): the suspended
// generators its globals hold are closed, their finally blocks printing after atexit's callbacks
// and the traceback of an uncaught exception, in the order of the collector's list; before them,
// those owned by the locals of the uncaught exception's frames (sys.last_traceback cleared); a
// coroutine never awaited warns "sys:1: RuntimeWarning" in the same order. Each expected
// output below was captured from native CPython 3.10.13 (/root/.pyenv/versions/3.10.13, `python3.10
// NAME.py` run as /prog/NAME.py); the oracle (Pyodide's runPython) does not finalize.

/** A module next to the programs, for a hook that does not keep __main__ alive. */
const HOOKS = "def unraisable(u):\n    print(\"unraisable:\", u.exc_type.__name__, u.exc_value, u.object.__name__)\n";

const CASES: { name: string; source: string; stdout: string; stderr: string; exitCode: number }[] = [
  {
    name: "containers",
    source: "import atexit, sys\ndef gen(name):\n    try:\n        yield 1\n    finally:\n        print(\"finally\", name)\ndef started(name):\n    g = gen(name)\n    next(g)\n    return g\ndef outer(name):\n    inner = started(name + \".inner\")\n    try:\n        yield inner\n    finally:\n        print(\"finally\", name)\nlst = [started(\"list 1\"), started(\"list 2\"), started(\"list 3\")]\ntup = (started(\"tuple 1\"), started(\"tuple 2\"))\ndct = {\"a\": started(\"dict a\"), 1: started(\"dict 1\")}\nclass C:\n    attr = started(\"class attribute\")\n    def method(self, d=started(\"method default\")):\n        pass\nobj = C()\nobj.x = started(\"instance x\")\nobj.y = started(\"instance y\")\ndef make():\n    cell = started(\"closure cell\")\n    return lambda: cell\nfn = make()\no = outer(\"outer\")\nnext(o)\nnested = [[started(\"nested list\")], (started(\"nested tuple\"),)]\nbound = obj.method\ntop = started(\"top\")\nunstarted = gen(\"unstarted\")\nfinished = started(\"finished\")\nfor _ in finished:\n    pass\nclosed = started(\"closed by hand\")\nclosed.close()\natexit.register(print, \"atexit\")\nprint(\"end\")\n",
    stdout: "finally finished\nfinally closed by hand\nend\natexit\nfinally outer\nfinally outer.inner\nfinally top\nfinally list 3\nfinally list 2\nfinally list 1\nfinally tuple 2\nfinally tuple 1\nfinally dict a\nfinally dict 1\nfinally class attribute\nfinally instance x\nfinally instance y\nfinally nested tuple\nfinally nested list\nfinally closure cell\nfinally method default\n",
    stderr: "",
    exitCode: 0,
  },
  {
    name: "nested",
    source: "def gen(name):\n    try:\n        yield 1\n    finally:\n        print(\"finally\", name)\ndef outer(name):\n    inner = gen(name + \".inner\")\n    next(inner)\n    try:\n        yield 1\n    finally:\n        print(\"finally\", name)\no = outer(\"o\"); next(o)\nother = gen(\"other\"); next(other)\ndef outer2(name, keep):\n    inner = gen(name + \".inner\")\n    next(inner)\n    keep.append(inner)\n    try:\n        yield 1\n    finally:\n        print(\"finally\", name)\nk = []\no2 = outer2(\"o2\", k); next(o2)\nlast = gen(\"last\"); next(last)\nprint(\"end\")\n",
    stdout: "end\nfinally o\nfinally o.inner\nfinally other\nfinally o2\nfinally last\nfinally o2.inner\n",
    stderr: "",
    exitCode: 0,
  },
  {
    name: "failing_finally",
    source: "import sys, hooks\ndef gen(name):\n    try:\n        yield 1\n    finally:\n        print(\"finally\", name)\ndef bad():\n    try:\n        yield 1\n    finally:\n        raise ValueError(\"from finally\")\ndef stubborn():\n    try:\n        yield 1\n    finally:\n        yield 2\ng = gen(\"g\")\nnext(g)\nb = bad()\nnext(b)\ns = stubborn()\nnext(s)\nlast = gen(\"last\")\nnext(last)\nsys.unraisablehook = hooks.unraisable\nprint(\"end\")\n",
    stdout: "end\nfinally g\nunraisable: ValueError from finally bad\nunraisable: RuntimeError generator ignored GeneratorExit stubborn\nfinally last\n",
    stderr: "",
    exitCode: 0,
  },
  {
    name: "system_exit",
    source: "import sys\ndef gen(name):\n    try:\n        yield 1\n    finally:\n        print(\"finally\", name, sys.stdout is sys.__stdout__)\nclass Upper:\n    def write(self, s):\n        sys.__stdout__.write(s.upper())\n    def flush(self):\n        pass\ng = gen(\"g\")\nnext(g)\nsys.stdout = Upper()\nprint(\"end\")\nsys.exit(3)\n",
    stdout: "END\nfinally g True\n",
    stderr: "",
    exitCode: 3,
  },
  {
    name: "uncaught",
    source: "def gen(name):\n    try:\n        yield 1\n    finally:\n        print(\"finally\", name)\ng = gen(\"global\")\nnext(g)\nprint(\"end\")\nraise KeyError(\"uncaught\")\n",
    stdout: "end\nfinally global\n",
    stderr: "Traceback (most recent call last):\n  File \"/prog/uncaught.py\", line 9, in <module>\n    raise KeyError(\"uncaught\")\nKeyError: 'uncaught'\n",
    exitCode: 1,
  },
  {
    name: "kept_alive",
    source: "import sys\ndef gen(name):\n    try:\n        yield 1\n    finally:\n        print(\"finally\", name)\ng = gen(\"kept\")\nnext(g)\n# a function of __main__ outlives the collection, and with it __main__: nothing is finalized in time\nsys.excepthook = lambda *a: None\nprint(\"end\")\n",
    stdout: "end\n",
    stderr: "",
    exitCode: 0,
  },
  {
    name: "uncaught_frames",
    source: "import sys\ndef gen(name):\n    try:\n        yield 1\n    finally:\n        print(\"finally\", name, sys.stdout is sys.__stdout__)\nclass Upper:\n    def write(self, s):\n        sys.__stdout__.write(s.upper())\n    def flush(self):\n        pass\ndef inner():\n    g = gen(\"inner local\")\n    next(g)\n    raise ValueError(\"inner\")\ndef middle():\n    g = gen(\"middle local\")\n    next(g)\n    try:\n        inner()\n    except ValueError:\n        raise KeyError(\"middle\")\ndef outer():\n    a = gen(\"outer a\")\n    next(a)\n    b = gen(\"outer b\")\n    next(b)\n    middle()\ntop = gen(\"global\")\nnext(top)\nsys.stdout = Upper()\nouter()\n",
    stdout: "FINALLY INNER LOCAL FALSE\nFINALLY MIDDLE LOCAL FALSE\nFINALLY OUTER A FALSE\nFINALLY OUTER B FALSE\nfinally global True\n",
    stderr: "Traceback (most recent call last):\n  File \"/prog/uncaught_frames.py\", line 20, in middle\n    inner()\n  File \"/prog/uncaught_frames.py\", line 15, in inner\n    raise ValueError(\"inner\")\nValueError: inner\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/prog/uncaught_frames.py\", line 32, in <module>\n    outer()\n  File \"/prog/uncaught_frames.py\", line 28, in outer\n    middle()\n  File \"/prog/uncaught_frames.py\", line 22, in middle\n    raise KeyError(\"middle\")\nKeyError: 'middle'\n",
    exitCode: 1,
  },
  {
    name: "uncaught_kept",
    source: "def gen(name):\n    try:\n        yield 1\n    finally:\n        print(\"finally\", name)\nsaved = []\ndef f():\n    g = gen(\"local\")\n    next(g)\n    try:\n        1 / 0\n    except ZeroDivisionError as e:\n        saved.append(e)\n        raise KeyError(\"f\")\nf()\n",
    stdout: "finally local\n",
    stderr: "Traceback (most recent call last):\n  File \"/prog/uncaught_kept.py\", line 11, in f\n    1 / 0\nZeroDivisionError: division by zero\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/prog/uncaught_kept.py\", line 15, in <module>\n    f()\n  File \"/prog/uncaught_kept.py\", line 14, in f\n    raise KeyError(\"f\")\nKeyError: 'f'\n",
    exitCode: 1,
  },
  {
    name: "exit_state",
    source: "import sys, hooks\ndef gen(name):\n    try:\n        yield 1\n    finally:\n        print(\"finally\", name, sys.argv, sys.path, _, sys.last_value, sys.meta_path is None, sys.ps1, sys.modules[\"sys\"] is sys)\ndef f():\n    g = gen(\"in the traceback\")\n    next(g)\n    raise KeyError(\"f\")\nsys.unraisablehook = hooks.unraisable\ntop = gen(\"global\")\nnext(top)\nf()\n",
    stdout: "finally in the traceback None None None None False None True\nunraisable: NameError name '_' is not defined gen\n",
    stderr: "Traceback (most recent call last):\n  File \"/prog/exit_state.py\", line 14, in <module>\n    f()\n  File \"/prog/exit_state.py\", line 10, in f\n    raise KeyError(\"f\")\nKeyError: 'f'\n",
    exitCode: 1,
  },
  {
    name: "builtins_restored",
    source: "import builtins\ndef gen():\n    try:\n        yield 1\n    finally:\n        b = vars(builtins)\n        print(len(b), \"open\" in b, \"help\" in b, \"exit\" in b, \"shout\" in b, builtins.print is print)\ng = gen()\nnext(g)\nbuiltins.shout = print\nbuiltins.print = lambda *a: None\n",
    stdout: "148 False False False False True\n",
    stderr: "",
    exitCode: 0,
  },
  {
    name: "sets_and_slots",
    source: "def gen(name):\n    try:\n        yield 1\n    finally:\n        print(\"finally\", name)\ndef started(name):\n    g = gen(name)\n    next(g)\n    return g\nclass Box:\n    def __init__(self, h, name):\n        self.h = h\n        self.g = started(name)\n    def __hash__(self):\n        return self.h\nclass Slotted:\n    __slots__ = (\"a\", \"b\")\n    def __init__(self, name):\n        self.b = started(name + \".b\")\n        self.a = started(name + \".a\")\nbefore = started(\"before\")\ns = {Box(3, \"set 3\"), Box(1, \"set 1\"), Box(2, \"set 2\")}\nfs = frozenset([Box(5, \"frozen 5\"), Box(4, \"frozen 4\")])\nsingle = {started(\"single\")}\nsl = Slotted(\"slots\")\nlst = [Slotted(\"list slots\")]\nafter = started(\"after\")\nprint(\"end\")\n",
    stdout: "end\nfinally before\nfinally after\nfinally single\nfinally slots.a\nfinally slots.b\nfinally list slots.a\nfinally list slots.b\nfinally set 1\nfinally set 2\nfinally set 3\nfinally frozen 4\nfinally frozen 5\n",
    stderr: "",
    exitCode: 0,
  },
  {
    name: "slots_and_set_subclass",
    source: "def gen(name):\n    try:\n        yield 1\n    finally:\n        print(\"finally\", name)\ndef started(name):\n    g = gen(name)\n    next(g)\n    return g\nclass Base:\n    __slots__ = (\"z\", \"m\")\nclass Mid(Base):\n    __slots__ = ()\nclass Derived(Mid):\n    __slots__ = (\"y\", \"b\", \"__dict__\")\nclass Box:\n    def __init__(self, h, name):\n        self.h = h\n        self.g = started(name)\n    def __hash__(self):\n        return self.h\nclass MySet(set):\n    pass\nd = Derived()\nd.attr = started(\"dict attr\")\nd.m = started(\"base m\")\nd.z = started(\"base z\")\nd.y = started(\"derived y\")\nd.b = started(\"derived b\")\nms = MySet([Box(7, \"myset 7\"), Box(6, \"myset 6\")])\nms.note = started(\"myset attr\")\nnested = frozenset([frozenset([Box(9, \"inner frozen 9\")]), Box(8, \"outer frozen 8\")])\nprint(\"end\")\n",
    stdout: "end\nfinally derived b\nfinally derived y\nfinally base m\nfinally base z\nfinally dict attr\nfinally myset attr\nfinally myset 6\nfinally myset 7\nfinally outer frozen 8\nfinally inner frozen 9\n",
    stderr: "",
    exitCode: 0,
  },
  {
    name: "unawaited_coro",
    source: "import sys\nasync def work(n):\n    return n\ndef gen(name):\n    try:\n        yield 1\n    finally:\n        print(\"finally\", name)\ng1 = gen(\"before\"); next(g1)\nc = work(1)\nlst = [work(2)]\nclass Sleeper:\n    def __await__(self):\n        yield\nasync def started():\n    try:\n        await Sleeper()\n    finally:\n        print(\"coro finally\")\ns = started()\ns.send(None)\ng2 = gen(\"after\"); next(g2)\nprint(\"end\")\n",
    stdout: "end\nfinally before\ncoro finally\nfinally after\n",
    stderr: "sys:1: RuntimeWarning: coroutine 'work' was never awaited\n",
    exitCode: 0,
  },
  {
    name: "unawaited_always",
    source: "import _warnings\n_warnings.filters.insert(0, (\"always\", None, RuntimeWarning, None, 0))\n_warnings._filters_mutated()\nasync def work(n):\n    return n\na = work(1)\nb = [work(2), work(3)]\nclosed = work(4)\nclosed.close()\nprint(\"end\")\n",
    stdout: "end\n",
    stderr: "sys:1: RuntimeWarning: coroutine 'work' was never awaited\nsys:1: RuntimeWarning: coroutine 'work' was never awaited\nsys:1: RuntimeWarning: coroutine 'work' was never awaited\n",
    exitCode: 0,
  },
  {
    name: "unawaited_error",
    source: "import _warnings, sys, hooks\n_warnings.filters.insert(0, (\"error\", None, RuntimeWarning, None, 0))\n_warnings._filters_mutated()\nasync def work(n):\n    return n\ndef gen():\n    try:\n        yield 1\n    finally:\n        print(\"gen finally\")\na = work(1)\ng = gen()\nnext(g)\nsys.unraisablehook = hooks.unraisable\nprint(\"end\")\n",
    stdout: "end\nunraisable: RuntimeWarning coroutine 'work' was never awaited work\ngen finally\n",
    stderr: "",
    exitCode: 0,
  },
  {
    name: "unawaited_stderr",
    source: "import sys\nasync def work(n):\n    return n\nclass Err:\n    def write(self, s):\n        sys.__stdout__.write(\"ERR \" + s)\n    def flush(self):\n        pass\na = work(1)\nsys.stderr = Err()\nprint(\"end\")\n",
    stdout: "end\n",
    stderr: "sys:1: RuntimeWarning: coroutine 'work' was never awaited\n",
    exitCode: 0,
  },
];

for (const c of CASES) {
  test(`finalizing __main__ at exit: ${c.name}`, () => {
    const r = runProgram(c.source, {
      filename: `/prog/${c.name}.py`,
      readFile: (path) => (path.endsWith("hooks.py") ? new TextEncoder().encode(HOOKS) : null),
    });
    assert.equal(r.stdout, c.stdout);
    assert.equal(r.stderr, c.stderr);
    assert.equal(r.exitCode, c.exitCode);
  });
}

test("a run stopped by a step limit finalizes nothing", () => {
  const source = "def gen():\n    try:\n        yield 1\n    finally:\n        print('finally')\ng = gen()\nnext(g)\nwhile True:\n    pass\n";
  const r = runProgram(source, { filename: "/prog/limit.py", maxSteps: 10000 });
  assert.equal(r.stdout, "");
});

test("a finally block that never ends at exit is stopped by the step limit", () => {
  const source = "import sys\ndef gen():\n    try:\n        yield 1\n    finally:\n        print('looping')\n        while True:\n            pass\ng = gen()\nnext(g)\nprint('end')\n";
  const r = runProgram(source, { filename: "/prog/loop.py", maxSteps: 100000 });
  assert.equal(r.stdout, "end\nlooping\n");
  assert.match(r.stderr, /KeyboardInterrupt: step limit exceeded/);
});
