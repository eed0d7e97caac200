# The oracle's program runner: runs test/programs/<area>/<name>.py in Pyodide's CPython 3.10.2 as
# `python3.10 FILE ARGS` would, capturing stdout, stderr and the exit status. CPython does this in
# Modules/main.c (pymain_run_file) and Python/pythonrun.c (_PyErr_PrintEx, _Py_HandleSystemExit).
# runner.ts calls prepare(), then calls the function it returns from JavaScript, so that the
# program's <module> frame is the bottom frame at recursion depth 1 as in CPython (no runner frame
# under it, nothing extra in tracebacks or recursion limits), then finish(). The program's own file
# name and sys.path[0] stay as given (relative to the cwd, ROOT), so outputs do not depend on where
# the checkout lives; modules imported from there get absolute names under ROOT, as 3.10's
# FileFinder makes a relative directory absolute (bpo-43105).
import atexit
import builtins
import gc
import io
import json
import linecache
import os
import random
import sys
import types
import warnings
from importlib import invalidate_caches
from importlib.machinery import SourceFileLoader

ROOT = "/dislab"  # the project root as the oracle's file system sees it (cwd during a run)
PYODIDE_ONLY_BUILTINS = ("___EvalCodeResultException",)

_excepthook = sys.__excepthook__  # PyErr_Display on sys.stderr
_run = None  # the state of the run in progress


class _Sink(io.BytesIO):
    """The bytes a standard stream received (or holds, for stdin); they survive the program closing
    the stream. Like a pipe it is not seekable, and it is either readable or writable."""

    def __init__(self, name, data=b"", reading=False):
        super().__init__(data)
        self.name = name
        self.final = None
        self.reading = reading

    def readable(self):
        return self.reading

    def writable(self):
        return not self.reading

    def seekable(self):
        return False

    def close(self):
        if self.final is None and not self.closed:
            self.final = self.getvalue()
        super().close()

    def value(self):
        return self.final if self.final is not None else self.getvalue()


def _stream(name, mode, errors, line_buffering, data=b""):
    # What create_stdio makes for a pipe on POSIX: UTF-8 (the locale's encoding here), newline "\n"
    # (no translation), stderr line-buffered and backslashreplace.
    sink = _Sink(name, data, reading=mode == "r")
    stream = io.TextIOWrapper(sink, encoding="utf-8", errors=errors, newline="\n", line_buffering=line_buffering)
    stream.mode = mode
    return sink, stream


class _Run:
    """Everything prepare() changed, so that finish() can put the interpreter back."""

    def __init__(self):
        self.cwd = os.getcwd()
        self.modules = dict(sys.modules)
        self.sys_attrs = {k: getattr(sys, k) for k in (
            "argv", "path", "meta_path", "path_hooks", "stdin", "stdout", "stderr", "__stdin__",
            "__stdout__", "__stderr__", "excepthook", "displayhook", "breakpointhook")}
        self.path_list = list(sys.path)
        self.meta_path_list = list(sys.meta_path)
        self.path_hooks_list = list(sys.path_hooks)
        self.importer_cache = dict(sys.path_importer_cache)
        self.recursion_limit = sys.getrecursionlimit()
        self.builtins = dict(builtins.__dict__)
        self.filters = list(warnings.filters)
        self.defaultaction = warnings.defaultaction
        self.showwarning = warnings.showwarning
        self.formatwarning = warnings.formatwarning
        self.random_state = random.getstate()
        self.environ = dict(os.environ)
        self.gc_enabled = gc.isenabled()
        self.pending = None  # an exception raised before the program started (its SyntaxError)
        self.sinks = ()

    def restore(self):
        sys.settrace(None)
        sys.setprofile(None)
        for k, v in self.sys_attrs.items():
            setattr(sys, k, v)
        sys.path[:] = self.path_list
        sys.meta_path[:] = self.meta_path_list
        sys.path_hooks[:] = self.path_hooks_list
        sys.path_importer_cache.clear()
        sys.path_importer_cache.update(self.importer_cache)
        for k in ("last_type", "last_value", "last_traceback", "ps1", "ps2", "tracebacklimit"):
            if hasattr(sys, k):
                delattr(sys, k)
        sys.setrecursionlimit(self.recursion_limit)
        for k in list(sys.modules):
            if k not in self.modules:
                del sys.modules[k]
        for k, v in self.modules.items():
            if sys.modules.get(k) is not v:
                sys.modules[k] = v
        builtins.__dict__.clear()
        builtins.__dict__.update(self.builtins)
        warnings.filters[:] = self.filters
        warnings.defaultaction = self.defaultaction
        warnings.showwarning = self.showwarning
        warnings.formatwarning = self.formatwarning
        warnings.onceregistry.clear()
        warnings._filters_mutated()
        random.setstate(self.random_state)
        os.environ.clear()
        os.environ.update(self.environ)
        (gc.enable if self.gc_enabled else gc.disable)()
        linecache.clearcache()
        os.chdir(self.cwd)


def prepare(relpath, args_json, stdin_text):
    """Sets up `python3.10 relpath *args` with stdin_text on stdin. Returns the program as a function
    to call from JavaScript, or None when it does not compile (finish() then reports the error)."""
    global _run
    if _run is not None:
        _run.restore()
    run = _Run()
    _run = run
    atexit._clear()
    os.chdir(ROOT)
    linecache.clearcache()
    invalidate_caches()

    sys.argv = [relpath] + json.loads(args_json)
    sys.path[:] = [os.path.dirname(relpath)] + run.path_list[1:]
    for name in PYODIDE_ONLY_BUILTINS:
        builtins.__dict__.pop(name, None)
    warnings.onceregistry.clear()
    warnings._filters_mutated()

    out_sink, out = _stream("<stdout>", "w", "strict", False)
    err_sink, err = _stream("<stderr>", "w", "backslashreplace", True)
    _, inp = _stream("<stdin>", "r", "strict", False, stdin_text.encode("utf-8"))
    run.sinks = (out_sink, err_sink)
    run.streams = (out, err)
    sys.stdin = sys.__stdin__ = inp
    sys.stdout = sys.__stdout__ = out
    sys.stderr = sys.__stderr__ = err

    # The fresh __main__ of pymain_run_file: ModuleType's five names, then __annotations__ and
    # __builtins__ (added when the main module is created), then __file__ and __cached__.
    main = types.ModuleType("__main__")
    g = main.__dict__
    g["__annotations__"] = {}
    g["__builtins__"] = builtins
    g["__file__"] = relpath
    g["__cached__"] = None
    g["__loader__"] = SourceFileLoader("__main__", relpath)
    sys.modules["__main__"] = main
    run.main = main

    with open(relpath, "rb") as f:
        source = f.read()
    try:
        code = compile(source, relpath, "exec", dont_inherit=True)
    except BaseException as e:  # a SyntaxError has no traceback when the file does not compile
        run.pending = e.with_traceback(None)
        return None
    # A function made from module code runs it with locals = globals, exactly like exec, and being
    # a Python function it adds no C-level recursion depth when JavaScript calls it.
    return types.FunctionType(code, g)


def _write_stderr(text):
    try:
        if sys.stderr is not None:
            sys.stderr.write(text)
    except Exception:
        pass


def _exit_code_of(exc):
    """_Py_HandleSystemExit's exit code for a SystemExit, as a 64-bit build computes it."""
    code = getattr(exc, "code", exc)
    if code is None:
        return 0
    if isinstance(code, int):
        # (int)PyLong_AsLong(code): a long overflow gives -1.
        return code if -2**63 <= code < 2**63 else -1
    try:
        if sys.stderr is not None:
            sys.stderr.write(str(code))
    except Exception:
        pass
    _write_stderr("\n")
    return 1


def _strip_runner_frames(exc):
    """An exception raised by a hook that finish() called: drop finish's own frame from its
    traceback, which CPython (calling the hook from C) would not have."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_globals is globals():
        tb = tb.tb_next
    exc.__traceback__ = tb
    return tb


def _print_uncaught(exc):
    """_PyErr_PrintEx: SystemExit gives its code; anything else goes to sys.excepthook, status 1."""
    if isinstance(exc, SystemExit):
        return _exit_code_of(exc)
    tb = exc.__traceback__
    sys.last_type, sys.last_value, sys.last_traceback = type(exc), exc, tb
    hook = getattr(sys, "excepthook", None)
    if hook is None:
        _write_stderr("sys.excepthook is missing\n")
        _excepthook(type(exc), exc, tb)
        return 1
    try:
        hook(type(exc), exc, tb)
    except BaseException as e2:
        if isinstance(e2, SystemExit):
            return _exit_code_of(e2)
        tb2 = _strip_runner_frames(e2)
        _write_stderr("Error in sys.excepthook:\n")
        _excepthook(type(e2), e2, tb2)
        _write_stderr("\nOriginal exception was:\n")
        _excepthook(type(exc), exc, tb)
    return 1


def finish(threw):
    """After the call: reports the uncaught exception (Pyodide leaves it in sys.last_value when the
    call from JavaScript raised), flushes the streams, restores the interpreter. Returns JSON
    {stdout, stderr, exitCode} where exitCode is the process status (CPython's code & 0xff)."""
    global _run
    run = _run
    exc = run.pending
    if threw:
        exc = getattr(sys, "last_value", None)
        if exc is None:
            raise RuntimeError("the program raised, but Pyodide left no sys.last_value")
    code = 0
    if exc is not None:
        code = _print_uncaught(exc)
    # Py_FinalizeEx: atexit's callbacks run after the uncaught exception is printed, before the
    # streams are flushed; a run leaves none behind for the next one.
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr) + run.streams:
        try:
            if stream is not None:
                stream.flush()
        except Exception:
            pass
    out_sink, err_sink = run.sinks
    result = {
        "stdout": out_sink.value().decode("utf-8", "replace"),
        "stderr": err_sink.value().decode("utf-8", "replace"),
        "exitCode": code & 0xFF,
    }
    run.main.__dict__.clear()
    run.restore()
    _run = None
    return json.dumps(result)


def abandon():
    """Puts the interpreter back after a run that failed inside the runner itself."""
    global _run
    if _run is not None:
        _run.restore()
        _run = None
