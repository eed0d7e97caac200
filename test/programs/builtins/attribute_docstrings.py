# The docstrings of builtin types' getset and member descriptors as CPython 3.10 declares them
# (FileIO.closed, complex.real, code.co_argcount, ...), for a selection of types and attributes;
# the descriptors of classes keep theirs (None for __slots__ members).
import builtins, _io, collections, functools, re, datetime, array, struct, itertools, zlib, sys, types
WANTED = {
    '_collections._tuplegetter': ['__doc__'],
    '_io.BufferedRWPair': ['closed'],
    '_io.BufferedRandom': ['_finalizing', 'closed', 'mode'],
    '_io.BufferedReader': ['_finalizing', 'closed', 'mode'],
    '_io.BufferedWriter': ['_finalizing', 'closed', 'mode'],
    '_io.BytesIO': ['closed'],
    '_io.FileIO': ['_blksize', 'closed', 'closefd'],
    '_io.IncrementalNewlineDecoder': ['newlines'],
    '_io.StringIO': ['closed', 'line_buffering', 'newlines'],
    '_io.TextIOWrapper': ['_CHUNK_SIZE', 'buffer', 'closed'],
    '_io._IOBase': ['__dict__', 'closed'],
    '_io._TextIOBase': ['encoding', 'errors', 'newlines'],
    '_struct.Struct': ['format', 'size'],
    'array.array': ['itemsize', 'typecode'],
    'builtins.AttributeError': ['name', 'obj'],
    'builtins.BaseException': ['__cause__', '__context__', '__dict__'],
    'builtins.ImportError': ['msg', 'name', 'path'],
    'builtins.NameError': ['name'],
    'builtins.OSError': ['errno', 'filename', 'filename2'],
    'builtins.StopIteration': ['value'],
    'builtins.SyntaxError': ['end_lineno', 'end_offset', 'filename'],
    'builtins.SystemExit': ['code'],
    'builtins.async_generator': ['__name__', '__qualname__', 'ag_await'],
    'builtins.builtin_function_or_method': ['__doc__', '__module__', '__name__'],
    'builtins.cell': ['cell_contents'],
    'builtins.classmethod': ['__dict__', '__func__', '__isabstractmethod__'],
    'builtins.classmethod_descriptor': ['__name__', '__objclass__', '__qualname__'],
    'builtins.code': ['co_argcount', 'co_cellvars', 'co_code'],
    'builtins.complex': ['imag', 'real'],
    'builtins.coroutine': ['__name__', '__qualname__', 'cr_await'],
    'builtins.float': ['imag', 'real'],
    'builtins.frame': ['f_back', 'f_builtins', 'f_code'],
    'builtins.function': ['__annotations__', '__builtins__', '__closure__'],
    'builtins.generator': ['__name__', '__qualname__', 'gi_code'],
    'builtins.getset_descriptor': ['__doc__', '__name__', '__objclass__'],
    'builtins.int': ['denominator', 'imag', 'numerator'],
    'builtins.member_descriptor': ['__doc__', '__name__', '__objclass__'],
    'builtins.memoryview': ['c_contiguous', 'contiguous', 'f_contiguous'],
    'builtins.method-wrapper': ['__doc__', '__name__', '__objclass__'],
    'builtins.method': ['__doc__', '__func__', '__self__'],
    'builtins.method_descriptor': ['__doc__', '__name__', '__objclass__'],
    'builtins.module': ['__annotations__', '__dict__'],
    'builtins.object': ['__class__'],
    'builtins.property': ['__doc__', '__isabstractmethod__', 'fdel'],
    'builtins.range': ['start', 'step', 'stop'],
    'builtins.slice': ['start', 'step', 'stop'],
    'builtins.staticmethod': ['__dict__', '__func__', '__isabstractmethod__'],
    'builtins.super': ['__self__', '__self_class__', '__thisclass__'],
    'builtins.traceback': ['tb_frame', 'tb_lasti', 'tb_lineno'],
    'builtins.type': ['__abstractmethods__', '__annotations__', '__base__'],
    'builtins.wrapper_descriptor': ['__doc__', '__name__', '__objclass__'],
    'collections.ChainMap': ['__dict__', '__weakref__'],
    'collections.Counter': ['__dict__', '__weakref__'],
    'collections.UserDict': ['__dict__', '__weakref__'],
    'collections.UserList': ['__dict__', '__weakref__'],
    'collections.UserString': ['__dict__', '__weakref__'],
    'collections._Link': ['__weakref__', 'key', 'next'],
    'collections._OrderedDictItemsView': ['__dict__', '__weakref__'],
    'collections._OrderedDictKeysView': ['__dict__', '__weakref__'],
    'collections._OrderedDictValuesView': ['__dict__', '__weakref__'],
    'collections.defaultdict': ['default_factory'],
    'collections.deque': ['maxlen'],
    'datetime.date': ['day', 'month', 'year'],
    'datetime.datetime': ['fold', 'hour', 'microsecond'],
    'datetime.time': ['fold', 'hour', 'microsecond'],
    'datetime.timedelta': ['days', 'microseconds', 'seconds'],
    'functools._HashedSeq': ['hashvalue'],
    'functools.cached_property': ['__dict__', '__weakref__'],
    'functools.partial': ['__dict__', 'args', 'func'],
    'functools.partialmethod': ['__dict__', '__weakref__'],
    'functools.singledispatchmethod': ['__dict__', '__weakref__'],
    're.Match': ['regs', 'regs'],
    're.Scanner': ['__dict__', '__weakref__'],
    'sys.flags': ['bytes_warning', 'debug', 'dev_mode'],
    'sys.float_info': ['dig', 'epsilon', 'mant_dig'],
    'sys.version_info': ['major', 'micro', 'minor'],
    'types.DynamicClassAttribute': ['__dict__', '__weakref__'],
    'types.GenericAlias': ['__args__', '__origin__', '__parameters__'],
    'types.SimpleNamespace': ['__dict__'],
    'types.UnionType': ['__args__', '__parameters__'],
    'types._GeneratorWrapper': ['__dict__', '__weakref__'],
}
mods = [builtins, _io, collections, functools, re, datetime, array, struct, itertools, zlib, types]
found = [getattr(m, n) for m in mods for n in sorted(vars(m))]
found += [type(sys.flags), type(sys.float_info), type(sys.version_info), type(re.compile("")), type(re.match("", ""))]
found += [type(f) for f in (len, [].append, (1).__add__, str.join, int.__add__, type.__dict__["__dict__"], type.__dict__["__base__"])]
found += [types.CodeType, types.FrameType, types.FunctionType, types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType, types.TracebackType]
done = set()
for t in found:
    if not isinstance(t, type):
        continue
    key = f"{t.__module__}.{t.__qualname__}"
    if key in done or key not in WANTED:
        continue
    done.add(key)
    for k in WANTED[key]:
        print(f"{key}.{k}: {t.__dict__[k].__doc__!r}")
print(sorted(set(WANTED) - done))
class C:
    __slots__ = ("a",)
print(C.a.__doc__, C.__dict__.get("__dict__"))
class D:
    pass
print(D.__dict__["__dict__"].__doc__, D.__dict__["__weakref__"].__doc__)
