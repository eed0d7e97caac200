# list: construction, indexing, slicing, concatenation, repetition, membership, equality, nesting.
a = [3, "x", 2.5, None, [1, 2]]
print(a, len(a), a[0], a[-1], a[-1][0], a[1:3], a[::-1], a[::2], a[10:], list(), list("ab"), list(range(3)), list((1, 2)))
print([1, 2] + [3], [0] * 3, 2 * ["a"], [] * 5, [[0] * 2] * 2, [1, 2] == [1, 2], [1, 2] != [2, 1], [1, [2]] == [1, [2]])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 3], [] < [0], [2] > [1, 100], ["a"] < ["b"], 2 in [1, 2], [2] in [[2]], 3 not in [1])
nested = [[1, 2], [3, 4]]
copy = nested[:]
copy[0].append(99)
copy[1] = "replaced"
print(nested, copy, nested is not copy, nested[0] is copy[0])
m = [[0] * 3 for _ in range(2)]
m[0][0] = 1
alias = [[0] * 3] * 2
alias[0][0] = 1
print(m, alias)
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: a[5]))
print(err(lambda: a[-6]))
print(err(lambda: a["0"]))
print(err(lambda: [1] + (2,)))
print(err(lambda: [1] * 1.0))
print(err(lambda: [1, "a"] < ["a", 1]))
print(err(lambda: hash([])))
print(err(lambda: list(1)))
print(list.__mro__, type([]).__name__, [].__class__ is list, isinstance([], list), [1, 2, 3].__len__(), [1].__contains__(1))
r = [1, 2]
r.append(r)
print(r, r[2][2][0], repr([r]))
print(str([1, "a", 'b"', "c'"]), repr(["é", "\n"]), [1.0, -0.0, 1e100], [True, None, ...], [print, len])
