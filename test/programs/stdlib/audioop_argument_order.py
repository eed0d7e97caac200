# audioop's functions convert every argument (Argument Clinic) before checking the fragment's size
# against the width: a bad factor, bias, new width or length is its TypeError/OverflowError even
# when the fragment is not a whole number of samples; findfactor/findfit read both fragments before
# "Strings should be even-sized".
import audioop

calls = [
    lambda: audioop.bias(b"\xff\x80\xff", 2, 2**31),
    lambda: audioop.bias(b"\x0e\x0f", 4, float("nan")),
    lambda: audioop.bias(b"\x0e\x0f", 5, 2.0),
    lambda: audioop.bias(b"\x0e\x0f\x10\x11", 2, 3),
    lambda: audioop.mul(b"\x0e\x0f\x10", 2, "x"),
    lambda: audioop.mul(b"\x0e\x0f\x10", 7, None),
    lambda: audioop.mul(b"\x0e\x0f\x10\x11", 2, 0.5),
    lambda: audioop.lin2lin(b"\x80\x7f\x7f", 4, 2.0),
    lambda: audioop.lin2lin(b"\x80\x7f\x7f", 4, 7),
    lambda: audioop.lin2lin(b"\x80\x7f\x7f\x00", 2, 7),
    lambda: audioop.lin2lin(b"\x80\x7f\x7f\x00", 2, 1),
    lambda: audioop.findfactor(b"\x7f\x7f\x80", None),
    lambda: audioop.findfactor(b"\x7f\x7f\x80", b"ab"),
    lambda: audioop.findfactor(b"\x7f\x7f", b"abc"),
    lambda: audioop.findfit(b"\x7f\x7f\x80", 1),
    lambda: audioop.findfit(b"\x7f\x7f\x80\x01", b"\x01\x02"),
    lambda: audioop.findmax(b"\x7f\x7f\x80", "x"),
    lambda: audioop.findmax(b"\x7f\x7f\x80", 2**70),
    lambda: audioop.findmax(b"\x7f\x7f\x80\x00", 1),
]
for f in calls:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
