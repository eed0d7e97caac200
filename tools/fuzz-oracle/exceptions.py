import random, sys
# Exception objects made with random arguments: every builtin exception class, its str() and repr(),
# args, and its own attributes (OSError's errno/strerror/filename and the subclass its errno picks,
# SyntaxError's msg/lineno/offset/text, UnicodeError's fields, StopIteration.value, SystemExit.code,
# KeyError's str, ImportError's name/path, AttributeError and NameError's name), with_traceback,
# __reduce__, __setstate__, attribute assignment, and user subclasses overriding __init__/__str__.
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 133)

CLASSES = ["BaseException", "Exception", "ValueError", "KeyError", "IndexError", "OSError", "FileNotFoundError", "PermissionError",
           "TimeoutError", "BlockingIOError", "SyntaxError", "IndentationError", "UnicodeDecodeError", "UnicodeEncodeError",
           "UnicodeTranslateError", "StopIteration", "StopAsyncIteration", "SystemExit", "KeyboardInterrupt", "ImportError",
           "ModuleNotFoundError", "AttributeError", "NameError", "UnboundLocalError", "RecursionError", "ZeroDivisionError",
           "AssertionError", "TypeError", "GeneratorExit", "EnvironmentError", "IOError", "Warning", "DeprecationWarning",
           "UnicodeError", "LookupError", "ArithmeticError", "OverflowError", "ConnectionResetError", "ChildProcessError", "InterruptedError"]
# (errno numbers the 32-bit WebAssembly oracle and Linux both leave unmapped: they name different errors there)
ARGS = ["", "1", "'msg'", "999, 'No such file'", "999, 'x', 'f.txt'", "998, 'denied', 'a', 0, 'b'", "997, 'again', None, None, None", "None",
        "'utf-8', b'\\xff', 0, 1, 'bad'", "'ascii', '\\xe9', 0, 1, 'nope'", "'\\xe9', 0, 1, 'why'", "'m', ('f.py', 3, 4, 'text\\n')",
        "'m', ('f.py', 3, 4, 'text', 5, 6)", "(1, 2)", "991, 2, 3", "[]", "'k'", "''", "3.5", "'a', 'b'", "name='n'", "name='n', path='p'",
        "'x', name='n', obj=3", "995, 'e', 'f', 2, 'g', 3", "'only', obj=None", "None, 'x', None", "'a', 'b', None, None, 'd'"]
ATTRS = ["args", "errno", "strerror", "filename", "filename2", "winerror", "characters_written", "msg", "lineno", "offset", "text",
         "end_lineno", "end_offset", "filename", "print_file_and_line", "encoding", "object", "start", "end", "reason", "value", "code",
         "name", "path", "obj", "__cause__", "__context__", "__suppress_context__", "__traceback__", "__notes__"]


STATES = ["None", "{}", "{'x': 1}", "(1,)", "{'args': 2}"]
NEW_ARGS = ["[1, 2]", "5", "None", "iter('ab')", "()"]


def expr():
    cls = random.choice(CLASSES)
    make = f"{cls}({random.choice(ARGS)})"
    r = random.random()
    if r < 0.2:
        return f"repr({make})"
    if r < 0.35:
        return f"str({make})"
    if r < 0.45:
        return f"type({make}).__name__"
    if r < 0.65:
        return f"{make}.{random.choice(ATTRS)}"
    if r < 0.72:
        return f"{make}.__reduce__()"
    if r < 0.78:
        return f"(lambda e: (setattr(e, {random.choice(ATTRS)!r}, {random.choice(['5', 'None', repr('s'), '(1,)', 'True'])}), e.{random.choice(ATTRS)}, str(e))[1:])({make})"
    if r < 0.84:
        return f"(lambda e: (e.__setstate__({random.choice(STATES)}), vars(e), str(e))[1:])({make})"
    if r < 0.9:
        return f"(lambda e: (e.args.__class__.__name__, setattr(e, 'args', {random.choice(NEW_ARGS)}), e.args, str(e))[2:])({make})"
    if r < 0.95:
        return f"isinstance({make}, {random.choice(CLASSES)})"
    return f"{make}.with_traceback({random.choice(['None', '1', 'sys.exc_info()[2]'])}).__traceback__"


class_defs = '''class E1(Exception):
    def __init__(self, a, b=2):
        self.a = a
class E2(OSError):
    pass
class E3(KeyError):
    def __str__(self):
        return "e3!"
class E4(ValueError):
    def __repr__(self):
        return 42
'''
lines = []
for i in range(int(sys.argv[2]) if len(sys.argv) > 2 else 3000):
    if random.random() < 0.08:
        e = random.choice(["E1(1)", "E1(1, 2, 3)", "E2(2, 'x')", "E2('x')", "E3('k')", "E4()", "E1()"])
        lines.append("t(%r)" % random.choice([f"repr({e})", f"str({e})", f"{e}.args", f"type({e}).__name__", f"{e}.__reduce__()"]))
    else:
        lines.append("t(%r)" % expr())
sys.stdout.write('''import sys
def t(e):
    try: print(e, "->", ascii(eval(e)))
    except Exception as ex: print(e, "!!", type(ex).__name__, ascii(str(ex)))
''' + class_defs + "\n".join(lines) + "\n")
