# Formatting and sorting strings: f-strings with format specs, str methods, join/split, sort by a key.
out = []
for i in range(60000):
    out.append(f"{i:>8} {i * 0.5:.3f} {hex(i)} {'x' * (i % 5)}".strip().upper())
s = "|".join(out)
words = s.split("|")
words.sort(key=str.lower)
print(len(s), words[:2], sum(len(w) for w in words))
