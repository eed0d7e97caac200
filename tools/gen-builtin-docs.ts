// Generates the docstring tables of builtin functions and methods from the oracle's CPython 3.10.2:
// src/builtins/builtin-docs.ts (builtins functions), src/modules/math-docs.ts (math) and
// src/objects/method-docs.ts (methods of the builtin types and of re's, slot wrappers) and
// src/objects/attribute-docs.ts (their getset and member descriptors). Each doc is kept as C
// declares it ("name(signature)\n--\n\ntext"). Run: node --import tsx tools/gen-builtin-docs.ts
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { oracleOutput } from "../test/modules/harness.ts";
import { projectRoot } from "../test/oracle/oracle.ts";

const PROGRAM = String.raw`import builtins, math, json
def internal(name, f):
    sig = getattr(f, "__text_signature__", None)
    doc = f.__doc__ or ""
    return f"{name}{sig}\n--\n\n{doc}" if sig else doc
def rows(mod, names):
    for n in names:
        f = getattr(mod, n, None)
        if f is not None and type(f).__name__ == "builtin_function_or_method":
            print(f"  [{json.dumps(n)}, {json.dumps(internal(n, f), ensure_ascii=False)}],")
print("""// The docstrings of the builtins module's functions as CPython 3.10 declares them (ml_doc):
// "name(signature)\\n--\\n\\ndoc" when the function has a text signature, the plain text otherwise.
// PyBuiltinFunction's __doc__ and __text_signature__ split them as CPython's
// _PyType_GetDocFromInternalDoc/_PyType_GetTextSignatureFromInternalDoc do (inspect.signature
// reads __text_signature__). Generated from CPython 3.10.2's own docstrings (the oracle).
export const BUILTIN_DOCS: ReadonlyMap<string, string> = new Map([""")
rows(builtins, "print len repr ascii isinstance issubclass getattr setattr delattr hasattr iter next sorted min max sum abs divmod pow round hash id hex oct bin chr ord any all format callable vars dir globals locals __build_class__ input exec eval compile breakpoint aiter anext __import__ open".split())
print("]);")
print("=====")
print("""// The docstrings of the math module's functions as CPython 3.10 declares them (ml_doc, with the
// "name(signature)\\n--\\n\\n" prefix where the function has a text signature); see
// src/builtins/builtin-docs.ts. Generated from CPython 3.10.2's own docstrings (the oracle).
export const MATH_DOCS: ReadonlyMap<string, string> = new Map([""")
rows(math, sorted(n for n in dir(math) if not n.startswith("_")))
print("]);")
print("=====")
import builtins, json
def internal(name, f):
    sig = getattr(f, "__text_signature__", None)
    doc = f.__doc__ or ""
    return f"{name}{sig}\n--\n\n{doc}" if sig else doc
methods, slots = [], {}
import types
# the builtins module's types, then those only the types module names (generator, coroutine, ...)
extra = sorted((t for t in vars(types).values() if isinstance(t, type) and t.__module__ == "builtins" and getattr(builtins, t.__name__, None) is not t), key=lambda t: t.__name__)
for t in [getattr(builtins, tn) for tn in sorted(dir(builtins))] + extra:
    if not isinstance(t, type) or issubclass(t, BaseException): continue
    for k, v in t.__dict__.items():
        kind = type(v).__name__
        if kind in ("method_descriptor", "classmethod_descriptor") and v.__doc__:
            methods.append((f"{t.__name__}.{k}", internal(k, v)))
        elif kind == "staticmethod" and type(v.__func__).__name__ == "builtin_function_or_method" and v.__func__.__doc__:
            methods.append((f"{t.__name__}.{k}", internal(k, v.__func__)))
        elif kind == "wrapper_descriptor" and v.__doc__ and k not in slots:
            slots[k] = internal(k, v)
# types of extension modules that dislab writes as builtin types, by tp_name (OrderedDict and its
# iterator, re's types); a method with a signature but no text counts
import re, collections
for t in [collections.OrderedDict, type(iter(collections.OrderedDict())), re.Pattern, re.Match, type(re.compile("").scanner(""))]:
    for k, v in t.__dict__.items():
        if type(v).__name__ in ("method_descriptor", "classmethod_descriptor") and (v.__doc__ or v.__text_signature__):
            owner = t.__qualname__ if t.__module__ == "builtins" else f"{t.__module__}.{t.__qualname__}"
            methods.append((f"{owner}.{k}", internal(k, v)))
print("""// Docstrings of the builtin types' methods as CPython 3.10 declares them ("name(signature)\\n--\\n\\n"
// then the text): METHOD_DOCS by "type.method" for method descriptors, SLOT_DOCS by name for the
// slot wrappers (__add__, __len__, ...), whose text comes from typeobject.c's slotdefs and is the
// same for every type. method_descriptor/wrapper_descriptor's __doc__ and __text_signature__ split
// them (funcobject.ts), so inspect.signature(str.split) works. Generated from CPython 3.10.2's own
// docstrings (the oracle).""")
print("export const METHOD_DOCS: ReadonlyMap<string, string> = new Map([")
for k, d in methods: print(f"  [{json.dumps(k)}, {json.dumps(d, ensure_ascii=False)}],")
print("]);\n\nexport const SLOT_DOCS: ReadonlyMap<string, string> = new Map([")
for k, d in sorted(slots.items()): print(f"  [{json.dumps(k)}, {json.dumps(d, ensure_ascii=False)}],")
print("]);")
print("=====")
import importlib, sys
attrs = {}
for mn in ["builtins", "_io", "_collections", "_functools", "_sre", "_struct", "array", "_datetime", "_random", "select", "_csv", "zlib", "_bz2", "_lzma", "_pickle", "_json", "_thread", "_weakref", "itertools", "_operator", "_socket", "_ast", "_codecs", "_decimal", "unicodedata", "mmap", "_elementtree", "pyexpat", "_contextvars", "_asyncio", "_queue", "_abc", "time", "sys", "types"]:
    try:
        mod = importlib.import_module(mn)
    except ImportError:
        continue
    found = [t for t in vars(mod).values() if isinstance(t, type)]
    if mn == "_sre":
        import re
        found = [re.Pattern, re.Match, type(re.compile("").scanner(""))]
    if mn == "sys":
        found = [type(sys.flags), type(sys.float_info), type(sys.int_info), type(sys.hash_info), type(sys.version_info), type(sys.thread_info)]
    for t in found:
        for k, v in t.__dict__.items():
            if type(v).__name__ in ("getset_descriptor", "member_descriptor") and v.__doc__:
                attrs[f"{t.__module__}.{t.__qualname__}.{k}"] = v.__doc__
print("""// Docstrings of the builtin types' attributes (getset and member descriptors: FileIO.closed,
// complex.real) as CPython 3.10 declares them, by "module.Type.attribute" of the type that owns
// the descriptor; getset_descriptor/member_descriptor's __doc__ falls back to them (funcobject.ts).
// Generated from CPython 3.10.2's own docstrings (the oracle).""")
print("export const ATTRIBUTE_DOCS: ReadonlyMap<string, string> = new Map([")
for k, d in sorted(attrs.items()): print(f"  [{json.dumps(k)}, {json.dumps(d, ensure_ascii=False)}],")
print("]);")
`;

const [builtinDocs, mathDocs, methodDocs, attributeDocs] = (await oracleOutput(PROGRAM)).split("=====\n");
writeFileSync(join(projectRoot, "src/builtins/builtin-docs.ts"), builtinDocs);
writeFileSync(join(projectRoot, "src/modules/math-docs.ts"), mathDocs);
writeFileSync(join(projectRoot, "src/objects/method-docs.ts"), methodDocs);
writeFileSync(join(projectRoot, "src/objects/attribute-docs.ts"), attributeDocs);
process.exit(0);
