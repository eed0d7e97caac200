# Error messages of common operations, exactly as CPython 3.10 words them (including "Did you mean").
def err(f):
    try:
        f()
        return "no error"
    except Exception as e:
        return f"{type(e).__name__}: {e}"
class C:
    attribute = 1
    def method(self):
        pass
value = 5
five, none = 5, None
cases = [
    lambda: undefined_name,
    lambda: valeu,
    lambda: C().atribute,
    lambda: C().methd(),
    lambda: C.nope,
    lambda: [].appnd,
    lambda: "x".uper(),
    lambda: 1 + "1",
    lambda: "1" + 1,
    lambda: [] + (),
    lambda: len(5),
    lambda: five[0],
    lambda: none[0],
    lambda: {}[[]],
    lambda: int("4.5"),
    lambda: float("x"),
    lambda: [1, 2][5],
    lambda: (1,)[1],
    lambda: "abc"[9],
    lambda: {"a": 1}["b"],
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: set().pop(),
    lambda: 1 / 0,
    lambda: 1 % 0,
    lambda: 2.0 / 0,
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: C()(),
    lambda: C.method(),
    lambda: print(sep=5),
    lambda: sorted([1, "a"]),
    lambda: max(),
    lambda: abs("x"),
    lambda: -"x",
    lambda: ~1.5,
    lambda: hash([]),
    lambda: {[]: 1},
    lambda: int.from_bytes(),
    lambda: "a" * "b",
    lambda: [1].index(2),
    lambda: "abc".index("z"),
    lambda: (1, 2).index(3),
    lambda: range(0)[0],
    lambda: chr(-1),
    lambda: ord(""),
    lambda: divmod(1, 0),
    lambda: pow(0, -1),
    lambda: import_nope(),
    lambda: __import__("no_such_module_xyz"),
    lambda: getattr(C, "x"),
    lambda: setattr(5, "x", 1),
    lambda: object().x,
    lambda: type.x,
    lambda: C().attribute.real.nope,
]
for i, c in enumerate(cases):
    print(i, err(c))
