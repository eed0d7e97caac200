# re: the argument conversions of _sre's clinic signatures. pos/endpos/count/maxsplit are Py_ssize_t
# (PyLong_AsSsize_t's OverflowError message), _sre.compile's flags is a C int (re.compile with a
# flag past 2**31 fails there), and Match.expand takes its template by keyword too.
import re

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Index:
    def __index__(self):
        return 1

p = re.compile("(a)(?P<n>b)?")
m = p.match("ab")
show(lambda: p.search("xab", 2**100))
show(lambda: p.search("xab", -2**100))
show(lambda: p.match("ab", 0, 2**63))
show(lambda: p.fullmatch("ab", endpos=-2**70))
show(lambda: p.findall("ab", 2**64))
show(lambda: list(p.finditer("ab", 0, 2**65)))
show(lambda: p.scanner("ab", 2**65))
show(lambda: p.sub("x", "abab", 2**64))
show(lambda: p.subn("x", "abab", count=-2**64))
show(lambda: p.split("abab", 2**64))
show(lambda: p.search("xab", Index()))
show(lambda: p.search("xab", 1.5))
show(lambda: re.search("a", "a", flags=2**40))
show(lambda: re.compile("a", 2**31))
show(lambda: re.compile("b", -2**31 - 1))
show(lambda: m.expand(template=r"[\1\g<n>]"))
show(lambda: m.expand())
show(lambda: m.expand(r"\1", r"\2"))
show(lambda: m.expand(r"\1", template=r"\2"))
show(lambda: m.expand(tmpl="x"))
