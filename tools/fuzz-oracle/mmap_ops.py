import random, sys
# mmap over anonymous memory: every method with random (often wrong) arguments, subscripts and
# slice assignment, the buffer protocol (bytes, memoryview, re, struct), iteration, repr, access
# modes, a closed map. Each expression makes its own map of 0-16 bytes with some contents, so the
# lines are independent. Left out: what the oracle's WebAssembly mmap answers otherwise than Linux
# (PAGESIZE, resize, size(), madvise's kernel checks, zero lengths and unaligned offsets) and
# numbers past 2**31 (the oracle's Py_ssize_t is 32 bits).
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 2311)


def r(a, b):
    return random.randint(a, b)


def arg():
    return random.choice([str(r(-20, 20)), str(r(-3, 3)), "None", "1.5", "b'ab'", "'x'", "True", "-1", "[]"])


def needle():
    return random.choice(["b'a'", "b'ab'", "b''", "b'\\x00'", "bytearray(b'c')", "memoryview(b'b')", "'a'", "1", "b'zz'"])


def mapping():
    n = r(1, 16)
    kind = random.choice(["", "", "", ", access=mmap.ACCESS_READ", ", access=mmap.ACCESS_COPY", ", access=mmap.ACCESS_WRITE",
                          ", prot=mmap.PROT_READ", ", flags=mmap.MAP_PRIVATE"])
    return f"mk({n}{kind})"


ITEM_VALUES = ["0", "255", "256", "-1", 'b"a"', "1.5", "True", "None"]
SLICE_VALUES = ['b"abc"', 'b""', 'bytearray(b"xy")', 'memoryview(b"q")', '"ab"', "1", 'b"abcdefgh"']
DEL_KEYS = ["0", "slice(0, 1)", "99", '"a"']
CLOSED_OPS = [".read()", ".tell()", "[0]", '.write(b"")', '.find(b"a")', ".seek(0)", ".flush()", ".close()", ".move(0, 0, 0)"]


def expr():
    m = mapping()
    i = arg()
    return random.choice([
        f"{m}.read({arg()})", f"{m}.read()", f"{m}.read_byte()", f"{m}.readline()", f"seek({m}, {arg()})",
        f"seek({m}, {arg()}, {random.choice(['0', '1', '2', '3', '-1', '1.0'])})",
        f"{m}.find({needle()})", f"{m}.find({needle()}, {arg()})", f"{m}.find({needle()}, {arg()}, {arg()})",
        f"{m}.rfind({needle()})", f"{m}.rfind({needle()}, {arg()}, {arg()})",
        f"w({m}, {needle()})", f"wb({m}, {arg()})", f"mv({m}, {arg()}, {arg()}, {arg()})",
        f"{m}[{i}]", f"{m}[{r(-20, 20)}:{r(-20, 20)}:{random.choice([1, 2, -1, -3, 5])}]", f"{m}[{r(-3, 3)}:]",
        f"st({m}, {i}, {random.choice(ITEM_VALUES)})",
        f"st({m}, slice({r(-20, 20)}, {r(-20, 20)}, {random.choice([1, 2, -1, -2])}), {random.choice(SLICE_VALUES)})",
        f"dl({m}, {random.choice(DEL_KEYS)})",
        f"{m}.flush({random.choice(['', '0', '0, 1', '-1', '0, 99', '0, -1'])})",
        f"{m}.move({arg()}, {arg()}, {arg()})", f"{m}.madvise(mmap.MADV_NORMAL, 0, {arg()})", 
        f"list({m})", f"list(reversed({m}))", f"b'a' in {m}", f"bytes({m})", f"len({m})", f"repr({m})",
        f"memoryview({m}).readonly", f"memoryview({m})[{r(-3, 3)}]", f"mvset({m}, {r(-3, 3)}, {r(0, 255)})",
        f"struct.unpack_from('<h', {m}, {r(-3, 16)})", f"ascii(re.findall(rb'[a-c]+', {m}))",
        f"closed({m}, {random.choice(CLOSED_OPS)})",
        f"{m}.write({needle()}, 1)", f"{m}.seek()", f"{m}.tell(1)", f"{m}.read_byte(1)",
        f"mmap.mmap(-1, {random.choice([-2, -1, 1, 3, 8])}, {random.choice(['', 'flags=mmap.MAP_SHARED', 'prot=mmap.PROT_READ', 'access=' + str(r(-1, 4)), 'offset=-1', 'x=1'])})",
    ])


lines = ["t(%r)" % expr() for _ in range(int(sys.argv[2]) if len(sys.argv) > 2 else 3000)]
sys.stdout.write('''import mmap, re, struct
def mk(n, **kw):
    m = mmap.mmap(-1, n, **{k: v for k, v in kw.items() if k != "access"}) if "access" not in kw else mmap.mmap(-1, n, access=kw["access"])
    if m.__repr__().find("ACCESS_READ") < 0:
        m[:] = (b"abcab\\x00c\\nab" * 2)[:n]
    return m
def seek(m, *a):
    return (m.seek(*a), m.tell(), m.read(2))
def w(m, b):
    return (m.write(b), m.tell(), m[:])
def wb(m, b):
    return (m.write_byte(b), m.tell(), m[:])
def mv(m, *a):
    return (m.move(*a), m[:])
def st(m, k, v):
    m[k] = v
    return m[:]
def dl(m, k):
    del m[k]
def mvset(m, i, v):
    view = memoryview(m)
    view[i] = v
    view.release()
    return m[:]
def closed(m, what):
    m.close()
    return eval("m" + what)
def t(e):
    try: print(e, "->", ascii(eval(e)))
    except Exception as ex: print(e, "!!", type(ex).__name__, ascii(str(ex)))
''' + "\n".join(lines) + "\n")
