// The part the generated type tables share (tools/gen-type-flags.ts, tools/gen-type-signatures.ts):
// a program for the oracle that reaches every type CPython 3.10.2 implements in C that a program can
// reach through object.__subclasses__() after importing the C modules dislab implements natively:
// the static types, the heap types those modules make (3.10 made many: re.Pattern, array.array,
// _md5.md5, ...), and importlib's bootstrap classes, which dislab makes natively.
import { NATIVE_MODULES } from "../src/modules/index.ts";

// (a heap type a C module makes names the module a program imports it from: re.Pattern, functools.partial)
const modules = ["builtins", "sys", "_thread", "re", "functools", "operator", "_frozen_importlib", "_frozen_importlib_external", ...NATIVE_MODULES.keys()];

/** Python code leaving in `c_types` those types, and in `key(t)` their "module.qualname". */
export const C_TYPES_PROGRAM = `
MODS = set(${JSON.stringify(modules)})
for m in sorted(MODS):
    try:
        __import__(m)
    except Exception:
        pass
seen, stack = set(), [object]
while stack:
    t = stack.pop()
    if t not in seen:
        seen.add(t)
        stack.extend(type.__subclasses__(t))
# a heap type (Py_TPFLAGS_HEAPTYPE) of another module is a class of Python code
c_types = [t for t in seen if not (t.__flags__ & (1 << 9) and t.__module__ not in MODS)]
def key(t):
    return f"{t.__module__}.{t.__qualname__}"
`;
