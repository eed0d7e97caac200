# hash() of small ints and bools only (other hashes differ between 32- and 64-bit builds), and hash rules.
print([hash(i) for i in range(-3, 10)], hash(True), hash(False), hash(-1), hash(-2))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0) == hash(False), hash(2.0) == hash(2))
print(hash("abc") == hash("ab" + "c"), hash((1, 2)) == hash((1, 2)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(b"x") == hash(b"x"))
print(hash(1 + 0j) == hash(1), hash(2 ** 70) == hash(2.0 ** 70), hash(None) == hash(None), hash(range(3)) == hash(range(0, 3, 1)))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: hash([])), err(lambda: hash({})), err(lambda: hash(set())), err(lambda: hash(bytearray())), err(lambda: hash(([],))), err(lambda: hash(slice(1))))
class H:
    def __hash__(self):
        return 12345
class Neg:
    def __hash__(self):
        return -1
class Bool:
    def __hash__(self):
        return True
class Float:
    def __hash__(self):
        return 1.5
print(hash(H()), hash(Neg()), hash(Bool()), err(lambda: hash(Float())))
import decimal, fractions
print(hash(fractions.Fraction(3, 1)) == hash(3), hash(decimal.Decimal("3")) == hash(3), hash(decimal.Decimal("0.5")) == hash(0.5))
