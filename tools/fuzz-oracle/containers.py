import random, sys
# The container and algorithm modules dislab implements natively: struct (random formats, counts,
# byte orders, values out of range), array (typecodes, slicing, byteswap, frombytes), collections
# (deque with maxlen, rotate, index, slicing errors; OrderedDict moves and pops; Counter arithmetic;
# defaultdict), heapq, bisect, itertools and functools pipelines, operator getters, json round
# trips with odd values, base64/binascii encodings. Each line is a result's ascii() or the
# exception's type and message.
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 111)


def r(a, b):
    return random.randint(a, b)


def ints(n=None):
    n = r(0, 6) if n is None else n
    return repr([r(-5, 9) for _ in range(n)])


def struct_expr():
    # (no l, L, n, N, P, and no 2**31 < |v| < 2**63: a C long is 32 bits in the 32-bit oracle, 64 in dislab)
    codes = "xcbB?hHiIqQefdsp"
    fmt = random.choice(["", "<", ">", "!", "=", "@"]) + "".join(random.choice(["", str(r(0, 3))]) + random.choice(codes) for _ in range(r(0, 4)))
    vals = ", ".join(random.choice(["0", "1", "-1", "255", "256", "2**31 - 1", "2**63", "2**64", "1.5", "b'ab'", "'a'", "True", "None", "float('inf')", "65504.0", "1e300"]) for _ in range(r(0, 4)))
    return random.choice([
        f"struct.calcsize({fmt!r})", f"struct.pack({fmt!r}, {vals})", f"struct.unpack({fmt!r}, bytes(range({r(0, 24)})))",
        f"struct.Struct({fmt!r}).size", f"list(struct.iter_unpack({fmt!r}, bytes({r(0, 16)})))", f"struct.pack_into({fmt!r}, bytearray({r(0, 16)}), {r(-3, 4)}, {vals})",
    ])


def array_expr():
    tc = random.choice("bBuhHiIqQfd")
    init = random.choice([ints(), "b'abcd'", "'ab'", "[1.5]", "[300]", "[-1]", "range(4)"])
    a = f"array.array({tc!r}, {init})"
    return random.choice([
        a, f"{a}[{r(-3, 3)}:{r(-3, 5)}:{random.choice([1, 2, -1])}]", f"{a}.tobytes()", f"({a} * {r(-1, 3)})", f"{a}.index({r(-1, 3)})",
        f"{a} + array.array('b', [1])", f"{a}.count(1)", f"(lambda x: (x.byteswap(), x)[1])({a})", f"(lambda x: (x.frombytes(bytes({r(0, 9)})), x)[1])({a})",
        f"(lambda x: (x.insert({r(-5, 5)}, 7), x)[1])({a})", f"(lambda x: (x.pop({r(-4, 4)}), x)[1])({a})", f"{a} < {a}", f"{a}.buffer_info()[1]",
    ])


def deque_expr():
    d = f"deque({ints()}, {random.choice(['None', '2', '0', '-1', '3'])})"
    return random.choice([
        d, f"(lambda x: (x.rotate({r(-7, 7)}), x)[1])({d})", f"{d}.index({r(-1, 5)})", f"{d}[{r(-4, 4)}]", f"(lambda x: (x.extendleft({ints()}), x)[1])({d})",
        f"(lambda x: (x.insert({r(-3, 3)}, 0), x)[1])({d})", f"{d}.maxlen", f"{d} * {r(0, 2)}", f"{d} + deque([1])", f"(lambda x: (x.remove({r(0, 3)}), x)[1])({d})",
        f"{d}.pop()", f"{d}.popleft()", f"(lambda x: (x.__delitem__({r(-3, 3)}), x)[1])({d})", f"{d}.count(1)", f"reversed({d}).__length_hint__()",
    ])


def counter_expr():
    c1 = f"Counter({random.choice([repr('abracadabra'), ints(), '{1: -2, 2: 0, 3: 5}', repr('')])})"
    c2 = f"Counter({random.choice([repr('banana'), ints(), '{1: 3}'])})"
    return random.choice([f"{c1} + {c2}", f"{c1} - {c2}", f"{c1} & {c2}", f"{c1} | {c2}", f"+{c1}", f"-{c1}", f"{c1}.most_common({r(-1, 3)})",
                          f"sorted({c1}.elements())", f"{c1}.total()" if False else f"sum({c1}.values())", f"(lambda x: (x.subtract({c2}), x)[1])({c1})", f"{c1} == {c2}"])


def od_expr():
    o = f"OrderedDict(zip('abcde', range({r(0, 5)})))"
    return random.choice([f"(lambda x: (x.move_to_end({random.choice(['a', 'c', 'z'])!r}, {random.choice([True, False])}), list(x))[1])({o})",
                          f"{o}.popitem({random.choice([True, False])})", f"list(reversed({o}))", f"{o} == dict({o})", f"{o} | {{'z': 1}}", f"{o}.pop('q', 0)"])


def iter_expr():
    src = ints(r(0, 6))
    return random.choice([
        f"list(itertools.islice({src}, {r(-1, 3)}, {random.choice(['None', r(0, 6)])}, {random.choice(['None', r(0, 2)])}))",
        f"list(itertools.accumulate({src}{random.choice(['', ', operator.mul', ', max', ', initial=10'])}))",
        f"[(k, list(g)) for k, g in itertools.groupby(sorted({src}), key=lambda v: v % 3)]",
        f"list(itertools.combinations({src}, {r(-1, 3)}))", f"list(itertools.permutations({src}, {r(0, 2)}))",
        f"list(itertools.product({src}, repeat={r(-1, 2)}))", f"list(itertools.zip_longest({src}, 'ab', fillvalue={r(0, 2)}))",
        f"list(itertools.pairwise({src}))", f"list(itertools.compress({src}, {ints()}))", f"list(itertools.takewhile(lambda v: v < 5, {src}))",
        f"list(itertools.chain.from_iterable([{src}, 'xy']))", f"list(itertools.starmap(pow, [(2, 3), (3, {r(-2, 2)})]))",
        f"list(itertools.repeat(1, {r(-2, 3)}))", f"list(itertools.filterfalse(None, {src}))", f"[list(t) for t in itertools.tee({src}, {r(0, 3)})]",
        f"functools.reduce(operator.sub, {src}{random.choice(['', ', 100'])})", f"sorted({src}, key=functools.cmp_to_key(lambda a, b: b - a))",
        f"functools.partial(max, {r(0, 9)})({src} or [0])", f"repr(functools.partial(sorted, reverse=True))[:28]",
        f"heapq.nsmallest({r(-1, 3)}, {src})", f"heapq.nlargest({r(0, 3)}, {src}, key=abs)", f"(lambda h: (heapq.heapify(h), [heapq.heappop(h) for _ in h[:]])[1])({src})",
        f"list(heapq.merge(sorted({src}), sorted({ints()})))", f"heapq.heappushpop({src}, {r(-3, 3)})",
        f"bisect.bisect_left(sorted({src}), {r(-5, 9)}, {r(-1, 2)})", f"(lambda a: (bisect.insort(a, {r(-5, 9)}), a)[1])(sorted({src}))",
        f"operator.itemgetter({r(-2, 2)}, 0)({src} or [1])", f"operator.attrgetter('real', 'imag')({r(-3, 3)})", f"operator.methodcaller('count', 1)({src})",
        f"operator.index({random.choice(['3', '3.0', 'True'])})", f"operator.length_hint(iter({src}), {r(-1, 5)})",
    ])


JSON_TEXTS = ['[1,]', '{"a":1,}', 'NaN', '"\\ud800"', '1e999', '[1] x', '', '{"a" 1}', '01', '["a\\tb"]', '"\\x"', '{"a":1, "a":2}']
B64_TEXTS = ['b"YQ=="', 'b"YQ"', 'b"Y Q = ="', '"YWJj"', 'b"*"']
QP_TEXTS = ['b"a=3Db"', 'b"=\\n"', 'b"_"']


def json_expr():
    v = random.choice(["[1, 2.5, 'x', None, True]", "{'a': [1, {'b': None}]}", "float('nan')", "1e400", "{1: 2, 2.5: 3, None: 4, True: 5}", "'\\u00e9\\ud800'", "(1, 2)", "{'a': set()}", "2**70", "-0.0"])
    return random.choice([f"json.dumps({v})", f"json.dumps({v}, sort_keys=True, indent={r(0, 2)})", f"json.dumps({v}, ensure_ascii=False)", f"json.dumps({v}, allow_nan=False)",
                          f"json.loads(json.dumps({v}))", f"json.loads({random.choice(JSON_TEXTS)!r})",
                          f"json.dumps({v}, separators=(',', ':'), default=str)"])


def codec_expr():
    b = random.choice(["b''", "b'a'", "b'ab'", "b'abc'", "b'\\xff\\x00'", "bytes(range(10))"])
    return random.choice([f"base64.b64encode({b})", f"base64.b64decode({random.choice(B64_TEXTS)}{random.choice(['', ', validate=True'])})",
                          f"base64.b32encode({b})", f"base64.b16decode({random.choice(['b' + repr('4A'), 'b' + repr('4a'), 'b' + repr('4')])})", f"base64.a85encode({b})", f"base64.b85decode(base64.b85encode({b}))",
                          f"binascii.hexlify({b}, {random.choice([repr('-'), 'b' + repr(':'), repr('')])}, {r(-3, 3)})", f"binascii.crc32({b})", f"binascii.crc_hqx({b}, {r(0, 9)})",
                          f"binascii.b2a_uu({b})", f"binascii.a2b_qp({random.choice(QP_TEXTS)}, header=True)", f"binascii.unhexlify({random.choice(['b' + repr('0g'), 'b' + repr('abc'), repr('ABCD')])})"])


GENS = [struct_expr, array_expr, deque_expr, counter_expr, od_expr, iter_expr, iter_expr, json_expr, codec_expr]
lines = []
for i in range(int(sys.argv[2]) if len(sys.argv) > 2 else 3000):
    lines.append("t(%r)" % random.choice(GENS)())
sys.stdout.write('''import struct, array, itertools, functools, operator, heapq, bisect, json, base64, binascii
from collections import deque, Counter, OrderedDict, defaultdict
def t(e):
    try: print(e, "->", ascii(eval(e)))
    except Exception as ex: print(e, "!!", type(ex).__name__, ascii(str(ex)))
''' + "\n".join(lines) + "\n")
