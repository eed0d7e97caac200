# Unpacking with * needs an iterable: a type whose __getitem__ is only a mapping subscript (re.Match,
# types.GenericAlias) is not one, while a class with __getitem__ is a sequence.
import re


class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)


print([*Seq()], (*Seq(),))
for make in (lambda: re.match("a", "a"), lambda: list[int]):
    try:
        print([*make()])
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(*make())
    except TypeError as e:
        print("TypeError:", e)
