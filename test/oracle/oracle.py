# The oracle's Python half. It runs inside Pyodide 0.22.1 (CPython 3.10.2) and answers the
# questions dislab's tests ask of CPython: what does compile() produce, what does ast.parse()
# produce, what does `python -m dis` print, what SyntaxError is raised. Every answer is JSON with
# exact types, so that `0`, `0.0`, `-0.0`, `False` and `0j` stay apart on the TypeScript side.
import ast
import base64
import dis
import io
import json
import marshal
import sys
import traceback
import types
import warnings


def enc_float(x):
    # float.hex() is exact and covers -0.0; inf and nan have no hex form.
    if x != x:
        return "nan"
    if x in (float("inf"), float("-inf")):
        return "inf" if x > 0 else "-inf"
    return x.hex()


def enc_const(v):
    """A code object's constant (or an ast.Constant value) as tagged JSON."""
    if v is None:
        return {"t": "None"}
    if v is Ellipsis:
        return {"t": "Ellipsis"}
    if v is True or v is False:
        return {"t": "bool", "v": v}
    t = type(v)
    if t is int:
        return {"t": "int", "v": str(v)}
    if t is float:
        return {"t": "float", "v": enc_float(v)}
    if t is complex:
        return {"t": "complex", "re": enc_float(v.real), "im": enc_float(v.imag)}
    if t is str:
        return {"t": "str", "v": v}
    if t is bytes:
        return {"t": "bytes", "v": v.hex()}
    if t is tuple:
        return {"t": "tuple", "v": [enc_const(x) for x in v]}
    if t is frozenset:
        # Iteration order is hash order, and the oracle's hash is 32-bit FNV while dislab
        # follows 64-bit SipHash: callers compare these elements as a set.
        return {"t": "frozenset", "v": [enc_const(x) for x in v]}
    if t is types.CodeType:
        return enc_code(v)
    raise TypeError("unexpected constant type %r" % (t,))


CODE_FIELDS = (
    "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize",
    "co_flags", "co_firstlineno",
)


def enc_code(co):
    d = {"t": "code"}
    for f in CODE_FIELDS:
        d[f] = getattr(co, f)
    d["co_code"] = co.co_code.hex()
    d["co_consts"] = [enc_const(c) for c in co.co_consts]
    d["co_names"] = list(co.co_names)
    d["co_varnames"] = list(co.co_varnames)
    d["co_freevars"] = list(co.co_freevars)
    d["co_cellvars"] = list(co.co_cellvars)
    d["co_filename"] = co.co_filename
    d["co_name"] = co.co_name
    d["co_linetable"] = co.co_linetable.hex()
    d["co_lnotab"] = co.co_lnotab.hex()
    return d


def enc_error(e):
    d = {"type": type(e).__name__, "msg": str(e)}
    if isinstance(e, SyntaxError):
        d.update(msg=e.msg, filename=e.filename, lineno=e.lineno, offset=e.offset,
                 end_lineno=e.end_lineno, end_offset=e.end_offset, text=e.text)
        d["formatted"] = "".join(traceback.format_exception_only(type(e), e))
    return d


def enc_warnings(caught):
    return [{"category": w.category.__name__, "message": str(w.message),
             "filename": w.filename, "lineno": w.lineno} for w in caught]


def guarded(fn):
    """Runs fn, recording warnings; returns {"ok": True, "value": ..., "warnings": [...]} or
    {"ok": False, "error": {...}, "warnings": [...]}."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            value = fn()
        except (SyntaxError, ValueError, TypeError, OverflowError, MemoryError, RecursionError,
                UnicodeError, LookupError, EOFError, SystemError, ImportError) as e:
            return {"ok": False, "error": enc_error(e), "warnings": enc_warnings(caught)}
    return {"ok": True, "value": value, "warnings": enc_warnings(caught)}


def read(path):
    with open(path, "rb") as f:
        return f.read()


def compile_code(path, filename, mode, optimize, flags):
    """compile() of the file's bytes: the code object as tagged JSON, plus its marshal bytes."""
    src = read(path)

    def go():
        co = compile(src, filename, mode, flags, dont_inherit=True, optimize=optimize)
        return {"code": enc_code(co), "marshal": base64.b64encode(marshal.dumps(co)).decode()}
    return json.dumps(guarded(go))


# --- ast ---------------------------------------------------------------------------------------

def enc_node(node):
    if isinstance(node, ast.AST):
        d = {"_type": type(node).__name__}
        for f in node._fields:
            if not hasattr(node, f):
                continue
            v = getattr(node, f)
            if isinstance(node, ast.Constant) and f == "value":
                d[f] = enc_const(v)
            else:
                d[f] = enc_node(v)
        for a in node._attributes:
            if hasattr(node, a):
                d[a] = getattr(node, a)
        return d
    if isinstance(node, list):
        return [enc_node(x) for x in node]
    return node  # None, str, int (e.g. ImportFrom.level, TypeIgnore.lineno)


def parse_ast(path, filename, mode, type_comments, feature_version):
    src = read(path)
    fv = tuple(feature_version) if feature_version else None
    return json.dumps(guarded(lambda: enc_node(
        ast.parse(src, filename, mode, type_comments=type_comments, feature_version=fv))))


def ast_main_output(path, filename, mode, include_attributes, indent, type_comments):
    """What `python -m ast [-a] [-i N] [-m MODE] FILE` prints on stdout."""
    src = read(path)
    return json.dumps(guarded(lambda: ast.dump(
        ast.parse(src, filename, mode, type_comments=type_comments),
        include_attributes=include_attributes, indent=indent) + "\n"))


# --- dis ---------------------------------------------------------------------------------------

def dis_output(path, filename):
    """What `python -m dis FILE` prints: compile as exec, then dis.dis."""
    src = read(path)

    def go():
        co = compile(src, filename, "exec")
        out = io.StringIO()
        dis.dis(co, file=out)
        return out.getvalue()
    return json.dumps(guarded(go))


def code_info_output(path, filename, mode):
    """dis.code_info of the module and of every nested code object, depth first."""
    src = read(path)

    def go():
        co = compile(src, filename, mode)
        infos = []

        def walk(c):
            infos.append(dis.code_info(c))
            for k in c.co_consts:
                if isinstance(k, types.CodeType):
                    walk(k)
        walk(co)
        return infos
    return json.dumps(guarded(go))


def dis_marshal(b64):
    """dis.dis of a marshalled code object: for checking dis on CPython-made code objects."""
    def go():
        out = io.StringIO()
        dis.dis(marshal.loads(base64.b64decode(b64)), file=out)
        return out.getvalue()
    return json.dumps(guarded(go))


def marshal_loads(b64):
    """marshal.loads of dislab-made bytes: the value as tagged JSON, or the error."""
    return json.dumps(guarded(lambda: enc_const(marshal.loads(base64.b64decode(b64)))))


def py_compile_output(path, filename):
    """What `python -m py_compile FILE` writes to stderr when FILE does not compile ('' if it does)."""
    import py_compile
    try:
        py_compile.compile(path, dfile=filename, cfile="/tmp/oracle_out.pyc", doraise=True)
    except py_compile.PyCompileError as e:
        return json.dumps({"ok": True, "value": e.msg, "warnings": []})
    return json.dumps({"ok": True, "value": "", "warnings": []})


def stdlib_files():
    import glob
    return json.dumps(sorted(glob.glob("/lib/python3.10/**/*.py", recursive=True)))


def info():
    return json.dumps({"version": sys.version, "opmap": dis.opmap, "HAVE_ARGUMENT": dis.HAVE_ARGUMENT,
                       "hasconst": dis.hasconst, "hasname": dis.hasname, "hasjrel": dis.hasjrel,
                       "hasjabs": dis.hasjabs, "haslocal": dis.haslocal, "hascompare": dis.hascompare,
                       "hasfree": dis.hasfree, "hasnargs": dis.hasnargs, "cmp_op": list(dis.cmp_op),
                       "MAGIC": int.from_bytes(__import__("importlib.util").util.MAGIC_NUMBER[:2], "little")})
