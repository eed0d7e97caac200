# A comparison (__eq__) that changes the very list being searched or compared: list.index, count,
# remove, `in` and == read the list afresh at each step, as CPython's C loops read ob_item.
class EvilCmp:
    def __init__(self, victim):
        self.victim = victim

    def __eq__(self, other):
        del self.victim[:]
        return False


a = []
a[:] = [EvilCmp(a) for _ in range(100)]
try:
    a.index(None)
except ValueError as e:
    print("index:", e, len(a))
a[:] = [EvilCmp(a) for _ in range(10)]
print("count:", a.count(None), len(a))
a[:] = [EvilCmp(a) for _ in range(10)]
print("in:", None in a, len(a))
a[:] = [EvilCmp(a) for _ in range(10)]
try:
    a.remove(None)
except ValueError as e:
    print("remove:", e, len(a))


class Clearer:
    def __init__(self, victim):
        self.victim = victim

    def __eq__(self, other):
        self.victim.clear()
        return True


b = [0, 1]
b[0] = Clearer(b)
b.remove(None)
print("remove after clear:", b)

list1 = list2 = None


class X:
    def __eq__(self, other):
        list2.clear()
        return NotImplemented


class Y:
    def __eq__(self, other):
        list1.clear()
        return NotImplemented


list1 = [X()]
list2 = [Y()]
print("==:", list1 == list2, list1, list2)


class Loud:
    def __eq__(self, other):
        print("Loud.__eq__ called")
        return True


print("lengths first:", [Loud()] == [Loud(), 1], (Loud(),) == (Loud(), 1), [Loud()] < [Loud(), 1])
t = (1, 2)
print("tuple * 1 is itself:", t * 1 is t, 1 * t is t, () * 5 is (), t * 2, type(t * 1))


class T(tuple):
    pass


s = T((1,))
print("subclass * 1:", type(s * 1), s * 1 is s)
