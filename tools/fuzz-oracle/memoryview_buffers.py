import random, sys
# memoryview and the buffer protocol: views of bytes, bytearray, array.array and other views;
# cast (formats, shapes, errors), slicing and indexing (multi-dimensional too), item assignment,
# tolist/tobytes (orders)/hex (separators), comparisons, hash, release and use after it, the
# attributes (format, itemsize, shape, strides, ndim, nbytes, readonly, contiguous flags, obj);
# bytearray and array resizing while exported (BufferError); buffers passed to bytes, int.from_bytes,
# struct.unpack_from, str.join, io.BytesIO.readinto. One line per call: the result's ascii() or the
# exception's type and message. (A view that lives only on the value stack, as in
# `(memoryview(b), b.append(1))`, is bound to a lambda's parameter instead: dislab's resize check
# walks frames' locals, not value stacks (src/objects/buffer-exports.ts), so it would allow the
# resize. '?' casts read only 0 and 1: other bytes are undefined behaviour in C, True natively and
# False in the WebAssembly oracle. No shape over 2**31: the oracle's Py_ssize_t is 32 bits.)
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 503)


def r(a, b):
    return random.randint(a, b)


# (no 'l', 'L': a C long is 4 bytes in the 32-bit oracle, 8 in dislab; no 'n', 'N', 'P' likewise)
FORMATS = ["B", "b", "c", "h", "H", "i", "I", "q", "Q", "f", "d", "?", "e", "@B", "<i", ">h", "x", "BB", "s", "2B", "=q"]
EURO = repr('\u20ac')


def source():
    n = r(0, 12)
    return random.choice([
        f"bytes(range({n}))", f"bytearray(range({n}))", f"b'abcdefghijkl'[:{n}]", f"bytearray(b'\\x00\\xff' * {n})",
        f"array.array({random.choice('bBhHiIqQ')!r}, range({n}))", f"array.array('d', [0.5 * k for k in range({n})])", f"array.array('f', [1.5] * {n})",
        f"array.array('u', 'ab\\u20ac'[:{n % 4}])",
        f"memoryview(bytes(range({n})))[{r(-3, 3)}:{r(-3, 12)}:{random.choice([1, 2, -1])}]",
        f"memoryview(bytearray(range(24))).cast('B', {random.choice(['(2, 3, 4)', '(4, 6)', '(24,)', '(6, 4)'])})",
        f"memoryview(bytes(range(24))).cast('i', {random.choice(['(2, 3)', '(3, 2)', '(6,)'])})",
    ])


def index():
    return random.choice([str(r(-5, 12)), f"{r(-5, 5)}:{r(-5, 12)}", f"::{random.choice([2, -1, -2, 3])}", f"{r(0, 2)}, {r(0, 2)}", "...", "()", "1.0", "'a'", "True", "slice(None)", f"{r(0,1)}:, 0", "2**70"])


def view_expr():
    m = f"memoryview({source()})"
    return random.choice([
        f"{m}.tolist()", f"{m}.tobytes()", f"{m}.tobytes({random.choice(['None', repr('C'), repr('F'), repr('A'), repr('X')])})", f"{m}.hex()",
        f"{m}.hex({random.choice([repr(':'), repr(''), repr('ab'), 'b' + repr('-'), EURO, '1'])}{random.choice(['', ', ' + str(r(-4, 4))])})",
        f"{m}[{index()}]", f"(lambda v: v[{index()}].tolist())({m})", f"(lambda v: (v.format, v.itemsize, v.shape, v.strides, v.ndim, v.nbytes, v.readonly, v.c_contiguous, v.f_contiguous, v.contiguous, v.suboffsets))({m})",
        f"(lambda v: (v.__setitem__({index()}, {random.choice(['0', '255', '256', '-1', 'b' + repr('z'), 'b' + repr('zz'), '1.5', 'True', '2**63', 'None'])}), v.tolist())[1])({m})",
        f"(lambda v: (v.__setitem__(slice({r(-3, 3)}, {r(-3, 6)}), {random.choice(['b' + repr('ab'), 'bytearray(2)', 'memoryview(bytes(3))', 'b' + repr(''), '[1, 2]', 'array.array(' + repr('i') + ', [1])'])}), v.tolist())[1])({m})",
        f"(lambda v: v.__delitem__(0))({m})",
        f"{m} == {random.choice(['b' + repr('abc'), 'bytearray(range(3))', m, '[0, 1, 2]', 'array.array(' + repr('B') + ', range(3))', 'memoryview(b' + repr('') + ')'])}",
        f"{m} < {m}", f"hash({m}) == hash(bytes({m}))", f"len({m})", f"list({m})", f"bytes({m})", f"bytearray({m})",
        f"(lambda v: (v.release(), v.release(), repr(v)[:18], v.tolist()))({m})",
        f"(lambda v: (v.release(), len(v)))({m})", f"(lambda v: (v.release(), v.format))({m})", f"(lambda v: (v.release(), v == v, v == b''))({m})",
        f"(lambda v: [v.__enter__() is v, v.__exit__(None, None, None), v.nbytes])({m})",
        f"(lambda v: v.toreadonly().readonly)({m})", f"(lambda v: v.toreadonly().__setitem__(0, 1))({m})",
        f"(lambda v: type(v.obj).__name__)({m})", f"{random.choice(['1', '255', 'b' + repr('a')])} in {m}",
        f"reversed({m}).__next__()", f"sorted({m})[:3]", f"sum({m})",
    ])


def cast_expr():
    m = f"memoryview({source()})"
    shape = random.choice(["", ", (2, 3)", ", (3, 2)", ", [4]", ", ()", ", (0,)", ", (2, 2, 2)", ", (1, 1)", ", [2, -1]", ", 'ab'", ", (2**70,)"])
    return random.choice([
        f"{m}.cast({random.choice(FORMATS)!r}{shape}).tolist()",
        f"(lambda v: (v.format, v.shape, v.strides, v.nbytes))({m}.cast({random.choice(FORMATS)!r}{shape}))",
        f"{m}.cast({random.choice(FORMATS)!r}).cast({random.choice(FORMATS)!r}{shape}).tolist()",
        f"{m}.cast({random.choice(['1', 'None', repr('')])})",
        f"memoryview(b'abcdefgh').cast('c').tolist()", f"memoryview(b'\\x01\\x00\\x01').cast('?').tolist()",
        f"memoryview(bytes(range(8))).cast('e').tolist()", f"memoryview(bytes(16)).cast('d', (2,)).tolist()",
        f"{m}.cast('B', (2, 3))[{index()}]", f"memoryview(bytes(range(12))).cast('B', (3, 4)).tobytes({random.choice([repr('C'), repr('F'), repr('A')])})",
        f"memoryview(bytes(range(12))).cast('B', (3, 4))[::2]", f"memoryview(bytes(range(12)))[::2].cast('H')",
        f"memoryview(bytes(range(12))).cast('B', (3, 4)) == memoryview(bytes(range(12))).cast('B', (3, 4))",
        f"memoryview(bytes(range(12))).cast('B', (3, 4)).cast({random.choice(FORMATS)!r})",
        f"memoryview(bytes(range(12))).cast('B', (3, 4)).hex()", f"list(memoryview(bytes(range(12))).cast('B', (3, 4)))",
        f"len(memoryview(bytes(range(12))).cast('B', (3, 4)))",
    ])


def export_expr():
    return random.choice([
        f"(lambda b: (lambda v: (b.{random.choice(['append(1)', 'extend(b' + repr('xy') + ')', 'pop()', 'clear()', '__delitem__(0)', '__setitem__(slice(0, 1), b' + repr('xyz') + ')', '__setitem__(0, 9)', '__iadd__(b' + repr('q') + ')', '__imul__(2)', 'insert(0, 5)', 'remove(1)', 'reverse()', '__setitem__(slice(0, 2), b' + repr('zz') + ')'])}, b)[1])(memoryview(b)))(bytearray(b'\\x01\\x02\\x03'))",
        f"(lambda b: (lambda v: (v.release(), b.append(4), b)[2])(memoryview(b)))(bytearray(b'ab'))",
        f"(lambda a: (lambda v: (a.{random.choice(['append(1)', 'extend([1])', 'pop()', 'byteswap()', 'frombytes(bytes(4))', 'reverse()', '__setitem__(0, 9)', '__delitem__(0)', 'insert(0, 1)'])}, a.tolist())[1])(memoryview(a)))(array.array('i', [1, 2, 3]))",
        f"(lambda b: (lambda v: (b.__setitem__(0, 120), v.tolist()))(memoryview(b)))(bytearray(b'abc'))",
        f"(lambda b: (lambda v: (v.__setitem__(0, 65), b))(memoryview(b)))(bytearray(b'abc'))",
        f"(lambda b: [memoryview(b) for _ in range(2)] and b.append(1))(bytearray())",
        f"(lambda b: (lambda v: (v[1:].release(), b.pop(), b)[2])(memoryview(b)))(bytearray(b'abc'))",
        f"int.from_bytes(memoryview(bytes(range({r(0, 9)}))){random.choice(['', '[::2]', '[::-1]'])}, {random.choice([repr('big'), repr('little')])})",
        f"bytes(memoryview(bytes(range(10)))[{r(-3, 3)}:{r(-3, 9)}:{random.choice([1, 2, -1, -3])}])",
        f"struct.unpack_from('<h', memoryview(bytes(range(10))), {r(-3, 10)})",
        f"b''.join([memoryview(b'ab'), bytearray(b'c'), memoryview(bytes(range(6))).cast('H')])",
        f"(lambda v: (io.BytesIO(b'xyz').readinto(v), v.tobytes()))(memoryview(bytearray({r(0, 5)})))",
        f"(lambda v: io.BytesIO(b'xyz').readinto(v))(memoryview(bytes(3)))",
        f"bytearray(b'abc') + memoryview(b'de')", f"b'abc' + memoryview(b'de')", f"memoryview(b'ab') + b'c'",
        f"memoryview({random.choice(['1', 'None', repr('str'), '[1]', 'object()', 'memoryview'])})",
        f"memoryview(object=b'x').tolist()", f"memoryview(b'x', b'y')",
        f"bytes(memoryview(array.array('h', [1, -2])))", f"array.array('b', memoryview(b'\\x01\\x02')).tolist()",
        f"bytearray(b'abcdef').__setitem__(slice(1, 3), memoryview(b'XY'))", f"(lambda b: (b.__setitem__(slice(0, 4), memoryview(b)[1:5]), b)[1])(bytearray(b'abcdef'))",
        f"(lambda b: (b.__setitem__(slice(0, 2), memoryview(b)), b)[1])(bytearray(b'abcdef'))",
        f"repr(memoryview(b'ab'))[:19]", f"str(memoryview(b'ab').cast('c'))[:19]",
        f"memoryview(b'ab').__reduce__()", f"copy.copy(memoryview(b'ab'))", f"pickle.dumps(memoryview(b'ab'))",
        f"memoryview(b'abc').nbytes",
        f"memoryview(bytearray(3)).__setitem__(Ellipsis, 1)", f"memoryview(bytes(3))[...] == memoryview(bytes(3))",
    ])


GENS = [view_expr, view_expr, cast_expr, cast_expr, export_expr]
lines = []
for i in range(int(sys.argv[2]) if len(sys.argv) > 2 else 3000):
    lines.append("t(%r)" % random.choice(GENS)())
sys.stdout.write('''import array, struct, io, copy, pickle
def t(e):
    try: print(e, "->", ascii(eval(e)))
    except Exception as ex: print(e, "!!", type(ex).__name__, ascii(str(ex)))
''' + "\n".join(lines) + "\n")
