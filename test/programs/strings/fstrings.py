# f-strings: expressions, conversions, format specs, nesting, quotes, dicts, lambdas, = specifier.
name, n, items = "Ada", 42, [1, 2, 3]
d = {"key": "value", 1: "one"}
print(f"{name} has {n} items: {items}", f"{name!r} {name!s} {name!a}", f"{'é'!a}", f"{n:>5}|{n:<5}|{n:^5}|")
print(f"{d['key']} {d[1]} {items[-1]} {len(items)} {n * 2} {n // 5} {n % 5} {-n} {n if n > 40 else 0}")
print(f"{(lambda x: x * 2)(21)}", f"{[x * x for x in items]}", f"{ {k: v for k, v in d.items()} }", f"{n:{'>'}{10}}|")
print(f"{n=}", f"{name=!s}", f"{n*2 = }", f"{items[0] = :03d}", f"{d['key']=}")
print(f"{'{'}{'}'}", f"{{}}", f"{{{n}}}", f"{n:#x}", f"{n:08b}", f"{n:,}", f"{3.14159:.2f}", f"{1e6:.2e}")
print(f"{'nested {} braces'}", f"{'a' 'b'}", f"""{
    n
    + 1
}""", f"{name:*^{n // 4}}")
width = 8
for v in ["x", "yy", "zzz"]:
    print(f"|{v:{width}}|{v:>{width}}|{v!r:^{width}}|")
print(f"{b'bytes'}", f"{None}", f"{True:d}", f"{3 + 4j}", f"{[1, 'a']!r}", f"{chr(9)!r}")
x = 10
def show():
    y = 5
    return f"{x + y}"
print(show(), f"{show()}{show()}", f"{f'{x}'}", f"{x!r:>{x}}")
class Fmt:
    def __format__(self, spec):
        return f"[{spec}]"
print(f"{Fmt()}", f"{Fmt():abc}", f"{Fmt():{x}d}", format(Fmt(), "q"))
