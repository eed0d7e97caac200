# reversed() of a dict and its views while the dict changes: a change of size raises
# RuntimeError, at that step and every later one (forward iterators too); a key deleted and another
# added keeps the size, and the reverse walk skips the deleted entry and never reaches the new one;
# replaced values are seen. Also in loops run often enough to be compiled.
import pickle


def attempt(it):
    try:
        return next(it)
    except Exception as e:
        return f"{type(e).__name__}: {e}"


for name, mk in [("iter", iter), ("reversed", reversed), ("reversed keys", lambda d: reversed(d.keys())),
                 ("reversed values", lambda d: reversed(d.values())), ("reversed items", lambda d: reversed(d.items())),
                 ("items", lambda d: iter(d.items()))]:
    d = {1: 2, 3: 4}
    it = mk(d)
    print(name, attempt(it), it.__length_hint__())
    d[5] = 6
    print(" ", it.__length_hint__(), attempt(it), attempt(it))
    del d[5]
    print(" ", attempt(it), it.__length_hint__())
    try:
        it.__reduce__()
    except RuntimeError as e:
        print("  reduce:", e)

d = {1: "a", 2: "b", 3: "c", 4: "d"}
it = reversed(d.items())
print(next(it), it.__length_hint__())
del d[2]
d[9] = "z"
d[1] = "A"
print(it.__length_hint__(), it.__reduce__()[1], list(it), it.__length_hint__(), list(it))

d = {1: "a", 2: "b", 3: "c"}
it = reversed(d)
print(next(it))
del d[3]
d[3] = "again"
print(list(it))

d = {"x": 1, "y": 2, "z": 3}
it = reversed(d.values())
next(it)
print(list(pickle.loads(pickle.dumps(it))), list(it))


def pop_while_reversed(d):
    seen = []
    try:
        for k, v in reversed(d.items()):
            seen.append((k, v))
            d.pop(k)
    except RuntimeError as e:
        seen.append(str(e))
    else:
        seen.append("else")
    return seen


def add_while_reversed(d):
    try:
        for k in reversed(d):
            d[k + 10] = k
    except RuntimeError as e:
        return str(e), len(d)
    return "no error"


outcomes = set()
for i in range(60):
    outcomes.add((tuple(pop_while_reversed({1: "a", 2: "b"})), add_while_reversed({1: 1, 2: 2}), tuple(pop_while_reversed({}))))
print(sorted(outcomes))
