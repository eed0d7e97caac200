# Equal strings built differently are equal, interchangeable as dict keys, and compare by value.
parts = ["ab", "c"]
a = "abc"
b = "".join(parts)
c = "a" + "bc"
d = "abcd"[:3]
e = str("abc")
print(a == b == c == d == e, len({a, b, c, d, e}), {a: 1, b: 2, c: 3}, sorted({d: 0, "x": 1}))
print(hash(a) == hash(b) == hash(d), a.__eq__(b), a.__ne__("x"), a.__hash__() == b.__hash__())
table = {}
for word in "one two three two one four".split():
    table[word] = table.get(word, 0) + 1
print(table, list(table), sorted(table.items()))
print("é" == "e\u0301", "é" == "\u00e9", len("é"), len("e\u0301"), {"é": 1}.get("\u00e9"))
s1 = "x" * 1000
s2 = "x" * 999 + "x"
print(s1 == s2, s1 < s2 + "a", s1[::-1] == s2)
