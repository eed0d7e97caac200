# locale.strcoll/strxfrm in the C locale: argument counts and keywords refused, str only, an embedded U+0000
# a ValueError; code point order (U+FFFF before U+10000), printed as a sign (musl and glibc differ in size).
import locale
for f in [locale.strcoll, locale.strxfrm]:
    for args in [('a\0', 'a'), ('a', 'a\0'), ('a\0',), ('a', 'b'), ('b',), ('a',)]:
        try: print(f.__name__, args, f(*args))
        except Exception as e: print(f.__name__, args, type(e).__name__, e)
for f in [locale.strcoll, locale.strxfrm]:
    for args in [(None, 'a'), ('a', None), (b'a', 'a'), (None,), (1,)]:
        try: print(f.__name__, args, f(*args))
        except Exception as e: print(f.__name__, args, type(e).__name__, e)
try: locale.strcoll(a='x', b='y')
except Exception as e: print(type(e).__name__, e)
try: locale.strxfrm(string='x')
except Exception as e: print(type(e).__name__, e)
import locale
for a, b in [('a', 'c'), ('c', 'a'), ('a', 'z'), ('\uffff', '\U00010000'), ('', 'a'), ('ab', 'a'), ('\xe9', 'e'), ('a', 'a')]:
    print(ascii(a), ascii(b), (locale.strcoll(a, b) > 0) - (locale.strcoll(a, b) < 0))
print(ascii(locale.strxfrm('\U00010000\xe9')))
