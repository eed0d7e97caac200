# bytes.partition/rpartition give back the separator object itself when found (a bytearray or a
# memoryview stays one) and the bytes object itself when not; a bytearray's partition copies both.
# A bytearray slice assignment unpacks the slice first (its errors before the value's), then makes
# the value a bytearray as bytearray(value) would (its messages), then takes the slice again.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class B(bytes): pass
b = b'  a b\tc\n '
t("partition memoryview", lambda: [type(x).__name__ for x in b.partition(memoryview(b'c'))])
t("rpartition bytearray", lambda: b.rpartition(bytearray(b'b')))
t("partition not found is self", lambda: b.partition(b'zz')[0] is b)
t("rpartition not found is self", lambda: b.rpartition(b'zz')[2] is b)
s = B(b'xy')
t("subclass not found", lambda: (s.partition(b'q')[0] is s, type(s.partition(b'x')[0]).__name__))
t("bytearray partition", lambda: bytearray(b'ab').partition(memoryview(b'a')))
t("empty separator", lambda: b.partition(b''))
for value in (None, [b'a'], 'a', 97, [300], (1, 2), iter([3]), b'zz', bytearray(b'q')):
    for key in (slice(None, 2, 1.5), slice(2, -1, 0), slice(1, 2), slice(None, None, 2), slice(1.5, 2)):
        ba = bytearray(b'hello')
        shown = "an iterator" if hasattr(value, "__next__") else repr(value)
        t(f"ba[{key!r}] = {shown}", lambda: (ba.__setitem__(key, value), ba)[1])
