# exit: 1
# IndexError and ValueError messages of str, ending with an uncaught ValueError from str.index.
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
s = "hello"
print(err(lambda: s[5]), err(lambda: s[-6]), err(lambda: s.index("z")), err(lambda: s.rindex("z", 1)))
print(err(lambda: int(s)), err(lambda: float(s)), err(lambda: ord(s)), err(lambda: ord("")), err(lambda: chr(-1)))
print(err(lambda: s.encode("ascii").decode("utf-16")), err(lambda: "x".center()))
def find_all(text, words):
    return [text.index(w) for w in words]
print(find_all(s, ["h", "l", "o"]))
print(find_all(s, ["e", "x"]))
