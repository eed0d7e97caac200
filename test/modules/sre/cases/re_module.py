# The re module end to end (re.py, sre_compile, sre_parse on _sre): templates through re._subx
# and re._expand, flags, escape, errors, caching. One line per case.
import re

def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, repr(r))

show("sub template", lambda: re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good day"))
show("sub named", lambda: re.sub(r"(?P<a>\d)(?P<b>\d)", r"\g<b>\g<a>\g<0>", "12 34"))
show("sub escapes", lambda: re.sub("a", r"\n\t\\", "bab"))
show("sub bad group", lambda: re.sub("a", r"\2", "a"))
show("subn bytes", lambda: re.subn(rb"(a)", rb"[\1]", b"banana"))
show("expand", lambda: re.match(r"(?P<x>\w)(\w)", "ab").expand(r"\2-\g<x>-\1"))
show("split", lambda: re.split(r"(,)|;", "a,b;c"))
show("findall flags", lambda: re.findall(r"^\w", "ab\ncd", re.M))
show("flags repr", lambda: (repr(re.I | re.M), re.compile("x", re.I | re.S).flags))
show("escape", lambda: re.escape("a.b*c?"))
show("error", lambda: re.compile("(a"))
show("error pos", lambda: re.compile("a{2,1}"))
show("fullmatch", lambda: re.fullmatch(r"\d+", "123").span())
show("template", lambda: re.compile(r"\d", re.ASCII).findall("1٢3"))
show("cache", lambda: re.compile("abc") is re.compile("abc"))
show("match repr", lambda: repr(re.search("b+", "abbbc")))
show("Pattern type", lambda: (re.Pattern, re.Match, isinstance(re.compile("a"), re.Pattern)))
show("finditer", lambda: [m.group() for m in re.finditer(r"\w+", "a bc def")])
show("textwrap", lambda: __import__("textwrap").wrap("The quick brown fox jumps over the lazy dog", 12))
