# The calls loops make most, with one or two positional arguments (str(x), len(x), d.get(k, 0),
# xs.append(x), ...), in code run often enough to be compiled, and their errors: every form must
# do what the general call does.
class S(str):
    pass


class Shout:
    def __str__(self):
        return S("loud")


class Weird:
    def __str__(self):
        return 5

    def __len__(self):
        return -1

    def __hash__(self):
        return -1

    def __abs__(self):
        return "abs!"

    def __repr__(self):
        return "weird"


class Sub(int):
    pass


class F(float):
    pass


class Named(str):
    def __init__(self, *args):
        self.seen = args


def attempt(f, *args):
    try:
        r = f(*args)
        return (type(r).__name__, r)
    except Exception as e:
        return (type(e).__name__, str(e))


def calls():
    out = []
    d = {}
    xs = []
    s = set()
    for i in range(40):
        k = str(i % 7)
        d[k] = d.get(k, 0) + 1
        d.setdefault(str(i % 3), i)
        xs.append(len(k) + abs(-i) + ord(chr(65 + i % 26)))
        s.add(hash(k) == hash(str(i % 7)))
        out.append(int(k) + float(i) + isinstance(k, str) + callable(len))
    out.append((sorted(d.items()), sum(xs), s, ",".join(sorted(d))))
    out.append(repr(1.5) + ascii("é") + str(b"x") + str(Shout()) + str(3.25))
    out.append((type(str(Shout())).__name__, type(str(S("a"))).__name__, type(int(Sub(3))).__name__, type(float(F(2.5))).__name__))
    out.append(Named(7).seen)
    out.append(type(Named(7)).__name__)
    out.append(type(S(5)).__name__)
    out.append(int("12") + int(3.9) + int(True) + int(Sub(4)))
    out.append(float("1e3") + float(7) + float(F(1.5)))
    out.append(d.get("zz") is None)
    for f, args in [
        (str, (Weird(),)), (len, (Weird(),)), (hash, (Weird(),)), (abs, (Weird(),)), (len, (5,)), (len, ()),
        (len, ([1], [2])), (int, ("x",)), (int, ([],)), (float, ("y",)), (chr, (-1,)), (chr, (2**40,)), (chr, ("a",)),
        (ord, ("ab",)), (ord, (b"",)), (ord, (3,)), (isinstance, (1,)), (isinstance, (1, 2)), (repr, ()),
        (d.get, ()), (d.get, (1, 2, 3)), (d.get, ([],)), (xs.append, ()), (s.add, ([],)), (",".join, ([1],)),
        (",".join, (5,)), (d.setdefault, ({},)), (str, ()), (int, ()), (float, ()), (hash, ([],)), (id, ()),
        (callable, ()), (abs, ("s",)), (ascii, ()),
    ]:
        out.append(attempt(f, *args))
    for f, kw in [(len, {"obj": 1}), (d.get, {"key": 1}), (xs.append, {"object": 1}), (str, {"object": 5}), (int, {"x": "7"}), (float, {"x": 1})]:
        out.append(attempt(lambda: f(**kw)))
    return out


for _ in range(100):
    result = calls()
for line in result:
    print(line)
