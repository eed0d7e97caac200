# bool: a subclass of int with two instances; arithmetic, repr, truthiness of every builtin type.
print(True, False, repr(True), str(False), type(True), type(True).__mro__, bool.__bases__)
print(True == 1, False == 0, True is True, True + True, True * 3, True / 2, True // 2, -True, ~True, abs(False))
print(int(True), float(True), complex(True), str(True).lower(), True.real, True.imag, True.numerator)
print(isinstance(False, int), issubclass(bool, int), bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0))
print(bool(""), bool(" "), bool([]), bool([0]), bool(()), bool({}), bool(set()), bool(range(0)), bool(range(1)))
print(bool(None), bool(0j), bool(1j), bool(b""), bool(b"\0"), bool(bytearray()), bool(frozenset()), bool(float("nan")))
print(True & True, True | False, True ^ True, type(True ^ True).__name__, type(True + 0).__name__, True << 2)
print(sum([True, True, False, True]), max(True, 0.5), min(False, -1), sorted([True, False, 0, 1, -1]))
print({True: "a", 1: "b", 1.0: "c"}, {0: "x", False: "y"}, len({True, 1, 1.0}))
print(f"{True}", f"{True!r}", f"{True:d}", f"{True:5}", f"{False:>6}", "%s %d %r" % (True, True, False))
print(format(True, ""), format(True, "^7"), format(False, "x"), True.__format__("b"))
print(True.__and__(False), True.__or__(1), True.__rand__(1), True.__xor__(True), (True).__bool__())
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: bool.__new__(bool, 5)), err(lambda: type("B", (bool,), {})))
print(bool("False"), bool([False]), not True, not 0, not "", not [1], (not None) is True)
print(1 < True, True < 2, True == 1.0, hash(True), hash(False), True.bit_length(), True.conjugate())
print(True and "yes", False and "no", 0 or "default", "" or [] or None, 1 and 2 and 3, 0 and 1/0)
