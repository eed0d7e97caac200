class AlwaysEq:
    def __eq__(self, other):
        return True
class Sub(int):
    pass
class BadExc(Exception):
    pass
class BadCmp:
    def __eq__(self, other):
        if other == 2:
            raise BadExc()
        return False

print(range(10).count(AlwaysEq()), range(10).index(AlwaysEq()))
print(range(10).count(3.0), range(10).index(3.0), range(10).count(Sub(4)), range(10).index(Sub(4)))
print(range(10).count(True), range(10).index(True), range(1, 10**20, 7).index(10**19 * 7 + 1) )
print(3.0 in range(5), Sub(2) in range(5), 'a' in range(5))
for r, x in [(range(4), 'a'), (range(4), 7), (range(4), 7.0), (range(0), AlwaysEq()), (range(3), Sub(9)), (range(2), False)]:
    try:
        print(r.index(x))
    except ValueError as e:
        print("ValueError:", e)
    print(r.count(x))
try:
    range(4).index(BadCmp())
except BadExc:
    print("BadExc from index")
try:
    range(4).count(BadCmp())
except BadExc:
    print("BadExc from count")
print(range(4).count(BadCmp.__new__(BadCmp)) if False else "done")
