# re details: generic aliases, str subclasses, memoryview slices, lastgroup, anchors with empty
# matches, argument errors of the Pattern methods.
import re, copy
print(re.Pattern[str], re.Match[bytes], type(re.finditer("a", "a")).__name__)
class S(str): pass
m = re.search("b+", S("abbc"))
print(type(m.string).__name__, type(m.group()).__name__, m.group(), re.sub("b", S("x"), "abc"), type(re.sub("b", S("x"), "abc")).__name__)
print(re.compile("a").scanner("ba").pattern, copy.deepcopy(m) is m, re.findall(b"a", memoryview(b"xaxa")[1:3]))
print(re.compile(r"(?P<x>a)|(?P<y>b)").match("b").lastgroup, re.match("(a)|(b)", "b").lastindex, re.match("a", "a").lastgroup)
print(re.sub("a", "\\\\", "aba"), re.sub("(?P<n>a)", "<\\g<n>>", "aba"), re.compile("x", re.T if hasattr(re, "T") else 0).pattern)
print(re.search("$", "a\n").span(), re.search(r"\Z", "a\n").span(), re.findall("^", "a\nb\n", re.M), re.findall("$", "a\nb\n", re.M))
print(re.split("", "abc"), re.sub("^", ">", "a\nb", flags=re.M), re.subn("", "-", ""), re.match("", "").span())
try:
    re.compile("a").match("abc", pos="1")
except TypeError as e:
    print("TypeError", e)
try:
    re.compile("a").match()
except TypeError as e:
    print("TypeError", e)
try:
    re.compile("a").match("a", 0, 1, 2)
except TypeError as e:
    print("TypeError", e)
print(re.compile("a").match(string="a", endpos=5, pos=-3))
