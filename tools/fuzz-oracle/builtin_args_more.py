import random, sys
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 82)
callables = ["{1:2}.keys", "{1:2}.items", "{1:2}.copy", "{1:2}.popitem", "{1:2}.clear", "dict", "{1:2}.update", "{1:2}.get", "{1:2}.__contains__", "{1:2}.setdefault",
  "{1}.add", "{1}.discard", "{1}.union", "{1}.issubset", "{1}.update", "{1}.isdisjoint", "frozenset", "set",
  "(5).bit_length", "(5).__round__", "(5).__format__", "(5).__pow__", "int", "(2.5).__round__", "(2.5).is_integer", "float", "(2.5).__format__", "(2.5).__pow__", "complex", "(1j).__format__",
  "(1, 2).index", "(1, 2).count", "tuple", "list", "[1].copy", "[1].count", "[1].extend", "[1].__mul__", "[1].__imul__",
  "range", "slice", "slice(1, 5).indices", "range(5).index", "range(5).count", "memoryview", "memoryview(b'ab').tolist", "memoryview(b'ab').cast", "memoryview(b'ab').hex", "memoryview(b'ab').tobytes",
  "bytearray(b'x').append", "bytearray(b'x').extend", "bytearray(b'x').remove", "bytearray(b'x').copy", "bytes.maketrans", "b'x'.translate", "b'x'.ljust", "b'x'.strip", "b'x'.removeprefix", "b'x'.partition", "b'x'.expandtabs", "b'x'.isalnum",
  "'x'.ljust", "'x'.rjust", "'x'.format_map", "'x'.casefold", "'x'.isdigit", "'x'.encode", "'x'.rstrip", "'x'.lstrip", "'x'.index", "'x'.rindex", "'x'.rsplit", "'x'.__getitem__", "'x'.__mod__", "'x'.__format__",
  "__import__('os').path.join", "__import__('os').path.split", "__import__('os').fspath", "__import__('json').loads", "__import__('json').dumps", "__import__('re').match", "__import__('re').sub", "__import__('re').split", "__import__('re').escape",
  "__import__('random').Random(1).randint", "__import__('random').Random(1).uniform", "__import__('random').Random(1).seed", "__import__('random').Random(1).getrandbits", "__import__('random').Random(1).shuffle",
  "__import__('collections').Counter().most_common", "__import__('collections').OrderedDict().move_to_end", "__import__('collections').namedtuple", "__import__('collections').defaultdict",
  "__import__('functools').lru_cache", "__import__('functools').cmp_to_key", "__import__('itertools').chain", "__import__('itertools').count", "__import__('itertools').cycle", "__import__('itertools').zip_longest", "__import__('itertools').starmap", "__import__('itertools').groupby", "__import__('itertools').tee", "__import__('itertools').permutations", "__import__('itertools').compress", "__import__('itertools').takewhile", "__import__('itertools').pairwise",
  "__import__('math').floor", "__import__('math').ceil", "__import__('math').isfinite", "__import__('math').atan2", "__import__('math').hypot", "__import__('math').copysign", "__import__('math').ldexp", "__import__('math').frexp", "__import__('math').modf", "__import__('math').isqrt", "__import__('math').lcm", "__import__('math').nextafter",
  "__import__('operator').attrgetter", "__import__('operator').methodcaller", "__import__('operator').getitem", "__import__('operator').neg", "__import__('operator').truth", "__import__('operator').is_",
  "__import__('heapq').nlargest", "__import__('heapq').merge", "__import__('heapq').heapreplace", "__import__('bisect').insort", "__import__('copy').copy", "__import__('string').capwords", "__import__('textwrap').wrap", "__import__('time').sleep", "__import__('time').gmtime", "__import__('time').localtime", "__import__('time').asctime", "__import__('datetime').datetime", "__import__('datetime').time", "__import__('datetime').date.fromisoformat", "__import__('datetime').timedelta",
  "__import__('struct').unpack", "__import__('struct').calcsize", "__import__('struct').Struct", "__import__('binascii').unhexlify", "__import__('binascii').b2a_base64", "__import__('base64').b64encode", "__import__('zlib').compress", "__import__('zlib').decompress", "__import__('hashlib').sha256", "__import__('hashlib').md5",
  "print", "open", "input", "compile", "exec", "eval", "globals", "locals", "super", "property", "staticmethod", "classmethod", "object", "__build_class__", "__import__", "breakpoint", "help", "aiter", "anext"]
argvals = ["1", "-1", "0", "2**70", "1.5", "'x'", "''", "b'y'", "None", "[]", "[1, 'a']", "(2,)", "{}", "{1: 2}", "int", "len", "object()", "float('nan')", "True", "range(3)", "'%d'", "iter([1])", "3j", "'utf-8'", "-2**63"]
kwnames = ["key", "default", "sep", "maxsplit", "x", "base", "start", "reverse", "errors", "encoding", "k", "fillchar", "byteorder", "signed", "i", "n", "foo", "flags", "count", "step", "stop", "object", "iterable"]
lines = []
for i in range(3000):
    c = random.choice(callables)
    if c in ("print", "input", "help", "breakpoint", "open", "exec", "eval", "compile", "__import__", "__import__('time').sleep"):
        pass
    args = [random.choice(argvals) for _ in range(random.choice([0, 1, 1, 2, 2, 3, 4]))]
    if random.random() < 0.25:
        args.append(f"{random.choice(kwnames)}={random.choice(argvals)}")
    e = f"{c}({', '.join(args)})"
    if c in ("input", "breakpoint", "help", "open", "print") and not any(a in e for a in ["foo=", "key=", "x=", "default="]): continue
    if c == "__import__('time').sleep" and "(" + "1" in e: continue
    lines.append("t(%r)" % e)
sys.stdout.write('''def t(e):
    try:
        r = eval(e)
        print(e, "->", type(r).__name__)
    except Exception as ex: print(e, "!!", type(ex).__name__, ex)
''' + "\n".join(lines) + "\n")
