# Building strings in loops, iterating with enumerate/zip, reversed and str.join on generators.
s = ""
for i in range(10):
    s += str(i)
print(s, len(s))
parts = []
for i, ch in enumerate("hello"):
    parts.append(f"{i}:{ch}")
print(",".join(parts))
print("".join(a + b for a, b in zip("abc", "xyz")), list(zip("ab", "123")), list(reversed("abc")))
it = iter("ab")
print(next(it), next(it), next(it, "done"))
rot = lambda s, k: "".join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else c for c in s)
print(rot("hello, world", 13), rot(rot("hello, world", 13), 13))
rle = []
prev, count = None, 0
for c in "aaabccddddde":
    if c == prev:
        count += 1
    else:
        if prev:
            rle.append(f"{prev}{count}")
        prev, count = c, 1
rle.append(f"{prev}{count}")
print("".join(rle))
def palindromes(words):
    return [w for w in words if w.lower() == w.lower()[::-1]]
print(palindromes(["Level", "noon", "abc", "", "a", "Abba"]))
matrix = ["abc", "def", "ghi"]
print(["".join(col) for col in zip(*matrix)], "\n".join(" ".join(row) for row in matrix))
print(str.join("-", "abc"), str.upper("x"), list(map(str.strip, [" a ", "b "])), sorted("bca", key=str.lower))
