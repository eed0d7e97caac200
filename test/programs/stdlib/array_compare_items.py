# Arrays of one integer typecode compare their C items directly (compareitems), so a 'u' array
# holding a wchar_t that is no code point compares (its repr cannot be made); 'f'/'d' arrays and
# mixed typecodes compare item objects (NaN is unequal to itself).
import array

def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

bad = array.array('u', b'abcd')
t("bad < bad", lambda: bad < array.array('u', b'abcd'))
t("bad == bad", lambda: bad == array.array('u', b'abcd'))
t("bad != other", lambda: bad != array.array('u', 'a'))
t("repr(bad)", lambda: repr(bad))
t("u prefix", lambda: array.array('u', 'ab') < array.array('u', 'abc'))
t("u order", lambda: array.array('u', 'b') > array.array('u', 'abc'))
t("Q big", lambda: array.array('Q', [2**64 - 1]) > array.array('Q', [1]))
t("q equal", lambda: array.array('q', [-5, 3]) <= array.array('q', [-5, 3]))
t("b vs B", lambda: array.array('b', [1, 2]) < array.array('B', [1, 3]))
t("h vs i", lambda: array.array('h', [-1]) == array.array('i', [-1]))
t("nan", lambda: array.array('d', [float('nan')]) == array.array('d', [float('nan')]))
t("f vs d", lambda: array.array('f', [1.0]) < array.array('d', [2.0]))
t("B length", lambda: array.array('B', b'ab') < array.array('B', b'a'))
t("sorted", lambda: sorted([array.array('i', [3]), array.array('i', [1, 2]), array.array('i', [])]))
