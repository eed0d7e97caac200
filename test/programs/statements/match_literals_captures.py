# Structural pattern matching: literals, captures, wildcards, or-patterns, guards, value patterns.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case True:
            return "True (never: 1 matched first)"
        case None:
            return "None"
        case "hello" | "hi":
            return "greeting"
        case Color.RED:
            return "red"
        case float() as f if f != f:
            return "nan"
        case int(n) if n < 0:
            return f"negative {n}"
        case str(s) if len(s) > 5:
            return f"long string {s!r}"
        case -1.5:
            return "minus one and a half"
        case 2j:
            return "imaginary two"
        case b"bytes":
            return "bytes literal"
        case other:
            return f"other: {other!r}"
for v in [0, 2, True, False, None, "hi", Color.RED, Color.GREEN, float("nan"), -7, "lengthy", "short", -1.5, 2j, b"bytes", 1.0, 3.0]:
    print(repr(v), "->", describe(v))
