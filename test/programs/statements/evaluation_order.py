# Evaluation order: left to right for operands, arguments, dict displays, assignments, subscripts, chained comparisons.
def t(label, value=None):
    print("  eval", label)
    return label if value is None else value
print("binary:", t("a", 1) + t("b", 2) * t("c", 3))
print("call:", (lambda *a, **k: (a, k))(t("p1"), t("p2"), k1=t("k1"), k2=t("k2")))
print("dict:", {t("k1"): t("v1"), t("k2"): t("v2")})
print("list:", [t("x"), t("y")])
d = {}
d[t("key")] = t("value")
print("assignment target after value:", d)
obj = type("O", (), {})()
obj.attr = t("attr value")
x = [0, 0]
x[t("index", 0)], x[t("index2", 1)] = t("first"), t("second")
print(x)
print("chained:", t("low", 1) < t("mid", 2) < t("high", 3))
print("chained short:", t("big", 5) < t("small", 1) < t("never", 9))
print("conditional:", t("yes") if t("cond", True) else t("no"))
print("subscript:", t("seq", [10, 20])[t("i", 1)])
lst = [1, 2, 3]
i = 0
i, lst[i] = 1, 99
print(i, lst)
a = b = t("shared", [])
print(a is b)
print("augmented:", end=" ")
y = {"k": 1}
y[t("aug key", "k")] += t("aug value", 5)
print(y)
print("star args:", max(*t("s1", [1, 5]), *t("s2", [3])))
print("f-string:", f"{t('f1')}{t('f2')}")
def f(a=t("default evaluated at def")):
    return a
print(f())
