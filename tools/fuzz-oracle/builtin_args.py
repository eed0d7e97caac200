import random, sys
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 81)
callables = ["abs", "all", "any", "ascii", "bin", "bool", "bytearray", "bytes", "callable", "chr", "complex", "delattr", "dict", "dir", "divmod", "enumerate", "filter", "float", "format", "frozenset", "getattr", "hasattr", "hash", "hex", "id", "int", "isinstance", "issubclass", "iter", "len", "list", "map", "max", "min", "next", "oct", "ord", "pow", "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted", "str", "sum", "tuple", "type", "zip", "vars",
  "'abc'.split", "'abc'.join", "'abc'.replace", "'abc'.center", "'abc'.encode", "'abc'.startswith", "'abc'.find", "'abc'.count", "'abc'.expandtabs", "'abc'.zfill", "'abc'.format", "'abc'.splitlines", "'abc'.strip", "'abc'.partition", "'abc'.translate", "str.maketrans",
  "[1,2].append", "[1,2].insert", "[1,2].pop", "[1,2].index", "[1,2].sort", "[1,2].extend", "[1,2].remove", "[1,2].__getitem__", "[1,2].__setitem__",
  "{1:2}.get", "{1:2}.pop", "{1:2}.setdefault", "{1:2}.update", "dict.fromkeys", "{1:2}.__getitem__",
  "b'ab'.split", "b'ab'.decode", "b'ab'.hex", "bytes.fromhex", "b'ab'.center", "b'ab'.find", "b'ab'.join", "int.from_bytes", "(5).to_bytes", "(1.5).hex", "float.fromhex",
  "__import__('math').sqrt", "__import__('math').log", "__import__('math').gcd", "__import__('math').comb", "__import__('math').isclose", "__import__('math').factorial", "__import__('math').pow", "__import__('math').fsum", "__import__('math').prod", "__import__('math').dist", "__import__('math').perm",
  "__import__('operator').itemgetter", "__import__('operator').add", "__import__('itertools').islice", "__import__('itertools').repeat", "__import__('itertools').product", "__import__('itertools').accumulate", "__import__('itertools').combinations", "__import__('functools').reduce", "__import__('functools').partial",
  "__import__('random').Random(1).randrange", "__import__('random').Random(1).choice", "__import__('random').Random(1).sample", "__import__('collections').deque", "__import__('collections').Counter", "__import__('heapq').heappush", "__import__('bisect').bisect", "__import__('struct').pack", "__import__('json').dumps", "__import__('re').compile", "__import__('time').strftime", "__import__('datetime').date", "__import__('datetime').timedelta"]
argvals = ["1", "-1", "0", "2**70", "1.5", "'x'", "''", "b'y'", "None", "[]", "[1, 'a']", "(2,)", "{}", "{1: 2}", "int", "len", "object()", "float('nan')", "True", "range(3)", "'%d'", "iter([1])", "3j"]
kwnames = ["key", "default", "sep", "maxsplit", "x", "base", "start", "reverse", "errors", "encoding", "k", "fillchar", "byteorder", "signed", "i", "n", "foo"]
lines = []
for i in range(3000):
    c = random.choice(callables)
    args = [random.choice(argvals) for _ in range(random.choice([0, 1, 1, 2, 2, 3, 4]))]
    if random.random() < 0.25:
        args.append(f"{random.choice(kwnames)}={random.choice(argvals)}")
    lines.append("t(%r)" % f"{c}({', '.join(args)})")
sys.stdout.write('''def t(e):
    try:
        r = eval(e)
        print(e, "->", type(r).__name__)
    except Exception as ex: print(e, "!!", type(ex).__name__, ex)
''' + "\n".join(lines) + "\n")
