# re: how 3.10.2's _sre parses method arguments. match/fullmatch/search/finditer/scanner/sub/subn
# take the defining class, so the format parser converts each argument before refusing an unknown
# keyword or one given by position too (that check before the unknown keyword); findall and split
# check every keyword first. Match.start/end/span refuse keywords as "Match.start()"; the scanner's
# methods take nothing ("takes at most 0 arguments"); expand takes template=.
import re

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

P = re.compile("(a)(?P<n>b)?")
M = P.search("xab")
SC = P.scanner("aa")
show(lambda: P.match("a", 2**63, flags=None))
show(lambda: P.match("a", "x", flags=None))
show(lambda: P.match("a", 1, flags=None))
show(lambda: P.search(pos="a", string="a", x=1))
show(lambda: P.search(x=1, string="a", pos=2**64))
show(lambda: P.search(-1, default=1, string=2))
show(lambda: P.fullmatch("a", "q", string="a"))
show(lambda: P.fullmatch("a", 1, 2, pos=3))
show(lambda: P.finditer("a", "x", x=1))
show(lambda: P.scanner("a", "x", x=1))
show(lambda: P.sub("a", "b", count="x", x=1))
show(lambda: P.subn("a", "b", count=1, x=1))
show(lambda: P.subn(x=1, repl="a", string="b", count="q"))
show(lambda: P.sub("a", string="a", count="x"))
show(lambda: P.findall("a", pos="x", x=1))
show(lambda: P.split("a", maxsplit="x", x=1))
show(lambda: P.split("a", "c", x=1))
show(lambda: SC.match(1))
show(lambda: SC.match(x=1))
show(lambda: SC.search(1, 2))
show(lambda: SC.search(x=1))
show(lambda: SC.search())
show(lambda: M.start(x=1))
show(lambda: M.start(1, x=1))
show(lambda: M.span(x=1))
show(lambda: M.end(0, 1, x=1))
show(lambda: M.end(1, 2))
show(lambda: M.span("n"))
show(lambda: M.groups(1, x=1))
show(lambda: M.groupdict(default=1, x=1))
show(lambda: M.expand("", x=1))
show(lambda: M.expand(template=r"<\g<n>>"))
show(lambda: M.__class_getitem__(x=1))
show(lambda: M.__class_getitem__(1, 2))
show(lambda: re.Pattern.__class_getitem__())
show(lambda: re.Pattern[str])
