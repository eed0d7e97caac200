# find/rfind/index/rindex/count/replace/startswith/endswith with start/end and tuple arguments.
s = "the quick brown fox jumps over the lazy dog the end"
for sub in ["the", "o", "", "xyz", "dog", " "]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 5), s.find(sub, 5, 20), s.rfind(sub, 0, 30), s.count(sub, 10, -10))
print(s.find("the", -10), s.find("the", 100), "".find(""), "".find("", 1), "abc".find("", 3), "abc".find("", 4), "abc".count(""))
print(s.index("quick"), s.rindex("the"), s.startswith("the"), s.endswith("end"), s.startswith(("a", "the")), s.endswith(("x", "y")))
print(s.startswith("quick", 4), s.startswith("quick", 4, 6), s.endswith("the", 0, 34), s.startswith(""), "".endswith(""))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: s.index("cat")))
print(err(lambda: s.rindex("cat")))
print(err(lambda: s.startswith(["the"])))
print(err(lambda: s.find(1)))
print(err(lambda: s.count()))
print(s.replace("the", "THE"), s.replace("the", "a", 2), s.replace("", "|")[:20], "aaa".replace("a", "aa"), "aaa".replace("aa", "b"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "abc".replace("b", ""), "a.b.c".replace(".", "", -1))
print(s.replace("o", "0", 0), "mississippi".count("ss"), "mississippi".count("issi"), "aaaa".count("aa"), "mississippi".rfind("ss", 0, 5))
print("ñandú".find("dú"), "日本語テキスト".find("テ"), "😀a😀b".find("b"), "😀a😀b".rfind("😀"), "😀😀".count("😀"), "x😀y".index("y"))
print("abc".find("c", None, None), "abc".find("c", None, 2), "abc".count("b", -2), "abc".endswith("b", None, -1))
