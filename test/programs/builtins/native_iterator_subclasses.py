# Python subclasses of the native iterator types: an overridden __next__ or __iter__ is what for
# loops, next(), list(), unpacking and yield from use, in code run often enough to be compiled too.
class Tens(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return (i * 10, v)


class Upper(map):
    def __next__(self):
        return super().__next__().upper()


class Evens(filter):
    def __iter__(self):
        return iter([0, 2])


class Pairs(zip):
    def __next__(self):
        a, b = super().__next__()
        return (b, a)


class Back(reversed):
    def __next__(self):
        return "<" + super().__next__() + ">"


class Plain(enumerate):
    pass


def loops():
    out = []
    for i, v in Tens("abc"):
        out.append((i, v))
    for x in Upper(str, "xy"):
        out.append(x)
    for x in Evens(None, [5, 6]):
        out.append(x)
    for a, b in Pairs("pq", "rs"):
        out.append(a + b)
    for x in Back("mn"):
        out.append(x)
    for i, v in Plain("z", 7):
        out.append((i, v))
    t = Tens("uv")
    out.append(next(t))
    out.append(next(t, "end"))
    out.append(next(t, "end"))
    out.append(list(Tens("w")))
    a, b = Pairs("12", "34")
    out.append((a, b))

    def gen():
        yield from Upper(str, "gh")
    out.append(list(gen()))
    out.append(sorted(Upper(str, "ba")))
    return out


for _ in range(200):
    result = loops()
print(result)
print(type(Tens("a")).__mro__)
