# bytearray item assignment checks the index before the value (3.10.2's order), and each error
# names what is wrong.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        print("index", self.v)
        return self.v

cases = [
    (9, 300), (8, 300), (-9, 300), (1, 300), (1, -1), (2**70, 1), (-(2**70), 300), ("x", 300), (1.0, 1),
    (1, "a"), (1, 2.0), (1, None), (Idx(20), Idx(300)), (Idx(2), Idx(300)), (Idx(2), Idx(66)), (-1, Idx(90)),
]
for k, v in cases:
    b = bytearray(b"abcdefgh")
    try:
        b[k] = v
        print(repr(k) if not isinstance(k, Idx) else "Idx", "ok", b)
    except Exception as e:
        print(repr(k) if not isinstance(k, Idx) else "Idx", type(e).__name__, e, b)

for k in (8, -9, 2**70, "y"):
    b = bytearray(b"xyz" * 3)
    try:
        del b[k]
    except Exception as e:
        print("del", repr(k), type(e).__name__, e)
