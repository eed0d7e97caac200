# list and tuple subclasses that override __len__, __iter__ or __bool__: len(), truth tests and
# everything that turns an iterable into items (list(), tuple(), sorted, set, join, min, unpacking,
# dict.fromkeys) go through the overrides, as CPython's exact-type fast paths do not apply.
class L(list):
    def __len__(self):
        return 5

    def __iter__(self):
        return iter([9, 8])


class T(tuple):
    def __len__(self):
        return 7

    def __iter__(self):
        return iter("ab")


class B(list):
    def __bool__(self):
        return False


class Plain(list):
    pass


print(len(L([1])), len(T((1,))), bool(L()), bool(T()), bool(B([1])), bool(Plain()), len(Plain([1, 2])))
print(list(L([1, 2, 3])), tuple(T((1,))), sorted(L([3, 1])), sorted(set(T((5,)))), list(B([4])), list(Plain([6])))
a, b = L([1, 2, 3])
print(a, b)
print(" ".join(T(("x", "y"))), sum(L([100])), min(T((3, 4))), dict.fromkeys(L([1])), max(Plain([1, 7])))
if L():
    print("truthy via __len__")
if not B([1, 2]):
    print("falsy via __bool__")
x = L([1])
x.append(2)
print(list.__len__(x), list(list.__iter__(x)), x[:])

# unpacking (BUILD_LIST_UNPACK's list_extend, f(*x)) iterates a subclass through its __iter__
class Nines(list):
    def __iter__(self):
        return iter([9, 9])
print([*Nines([1, 2, 3])], (*Nines([1]),), [*range(3), *(4, 5)])
print((lambda *a: a)(*Nines([1, 2, 3])))
big = list(range(300000))
print(len([*big, *big]), len((lambda *a: a)(*big)))
