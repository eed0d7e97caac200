# itertools: count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile, islice, starmap, tee, zip_longest, pairwise.
import itertools as it
import operator
print(list(it.islice(it.count(5, 3), 5)), list(it.islice(it.count(1.5, 0.5), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([3, 1, 4], max, initial=2)))
print(list(it.chain("ab", [1, 2], (None,))), list(it.chain.from_iterable(["xy", "z"])), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda v: v < 3, [1, 2, 3, 1, 5])), list(it.takewhile(lambda v: v < 3, [1, 2, 3, 1])), list(it.filterfalse(str.isdigit, "a1b2")))
print(list(it.islice("abcdefg", 2, None, 2)), list(it.islice(range(10), 3)), list(it.starmap(pow, [(2, 3), (3, 2)])))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b), list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")), list(it.pairwise("abcd")), list(it.pairwise([1])))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: it.islice("a", -1)), err(lambda: list(it.repeat(1, -2))), err(lambda: it.count("a")), err(lambda: list(it.accumulate([1, "a"]))))
print(repr(it.count(3)), repr(it.repeat(2, 5)), repr(it.count(1, 2)))
