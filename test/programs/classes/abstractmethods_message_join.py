# object.__new__'s message for an abstract class is ", ".join(sorted(__abstractmethods__)): a
# non-str name is str.join's TypeError ("sequence item 0: expected str instance, type found"),
# names that do not compare are list.sort's TypeError, and a non-iterable is list()'s.
class S(str):
    pass


for value in [(int,), ("b", "a"), ("a", 1), frozenset({"x"}), 5, ["m"], (S("z"), "y"), [b"x"], "abc", ("only",)]:
    class C:
        pass

    try:
        C.__abstractmethods__ = value
        C()
        print(repr(value), "made")
    except TypeError as e:
        print(repr(value), e)
