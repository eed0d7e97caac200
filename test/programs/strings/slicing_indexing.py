# Indexing and slicing str by code point, with negative, omitted, out-of-range and stepped bounds.
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3], s[:3], s[3:], s[-3:], s[:-3], s[2:8:2], s[::-1], s[::3], s[8:2:-2], s[100:], s[-100:2])
print(s[5:2], s[::-2], s[-1:-4:-1], s[1:-1:1], s[None:None:None], s[slice(2, 5)], s[slice(None, None, -3)])
for start in [None, -12, -3, 0, 4, 11]:
    print(start, [s[start:stop:step] for stop in [None, -2, 5] for step in [None, 2, -1]])
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: s[10]))
print(err(lambda: s[-11]))
print(err(lambda: s[::0]))
print(err(lambda: s["a"]))
print(err(lambda: s[1.0]))
print(err(lambda: s[1:2.0]))
u = "aé😀b\U0001F600c日"
print(len(u), [u[i] for i in range(len(u))], u[2], u[-3:], u[::-1], u[1:5:2], list(u), ascii(u))
print(ord(u[2]), hex(ord(u[4])), u.index("b"), u.find("c"), u[2] == "\U0001F600", u[2:3] == "😀")
print("".join(reversed(u)), sorted(u), max(u), min(u), u.count("😀"))
t = "x"
print(t[0], t[-1], t[0:1], t[1:], err(lambda: t[1]), ""[:], err(lambda: ""[0]))
