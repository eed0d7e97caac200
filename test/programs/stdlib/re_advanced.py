# re: lookarounds, non-greedy, backreferences, flags (I, M, S, X, A), Unicode classes, conditional groups, errors.
import re
print(re.findall(r"\w+(?=!)", "wow! nice! ok"), re.findall(r"(?<=\$)\d+", "cost $30 or $45"), re.findall(r"\b(?!un)\w+able\b", "unable doable readable"))
print(re.findall(r"<.+?>", "<a><b></b>"), re.findall(r"<.+>", "<a><b></b>"), re.match(r"(\w)\1", "aab").group(), re.findall(r"(\w)\1", "aabbcd"))
print(re.findall(r"^\w", "one\ntwo", re.M), re.findall(r"a.b", "a\nb", re.S), re.findall(r"A", "aA", re.I), re.findall(r"\w", "é1_", re.A), re.findall(r"\w", "é1_"))
pat = re.compile(r"""
    (\d{3})   # area
    [-.\s]?
    (\d{4})   # number
""", re.X)
print(pat.findall("555-1234 555.9876 5551111"))
print(re.match(r"(<)?\w+(?(1)>)", "<tag>").group(), re.match(r"(<)?\w+(?(1)>)", "tag").group(), re.findall(r"[^\W\d]+", "ab12cd_3"))
print(re.findall(r"\d+", "١٢ 34"), re.findall(r"\s", "a\u3000b\tc"), re.findall(r"[à-ü]", "àéîõü z"), re.sub(r"(?i)straße", "X", "STRASSE Straße"))
print(re.match(r"a{2,3}", "aaaa").group(), re.match(r"a{2,3}?", "aaaa").group(), re.match(r"(a|b)*c", "ababc").group(1), re.findall(r"a*?", "aa"))
def err(f):
    try:
        return f()
    except re.error as e:
        return f"re.error: {e} (pos {e.pos})"
for bad in ["(", "[a-", "a{2,1}", "*a", r"\1", "(?P<n>a)(?P<n>b)", "(?<=a+)b", "[z-a]", "(?z)"]:
    print(repr(bad), err(lambda: re.compile(bad)))
print(re.purge())
