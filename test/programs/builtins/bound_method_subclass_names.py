# A builtin method bound to an instance of a subclass (`MyDict().keys` as a value) names that
# subclass in its __qualname__ and in the errors of calling it (wrong counts, keywords, * and **
# arguments); called through the method descriptor (CALL_METHOD, or `dict.keys(obj)`) it names the
# builtin type. Classmethods bound to a subclass name it too.
class MD(dict):
    pass


class S(str):
    pass


class ML(list):
    pass


class MS(set):
    pass


print(MD().keys.__qualname__, [].append.__qualname__, MD.keys.__qualname__, MD.fromkeys.__qualname__)
print(MD().__len__.__qualname__, S("a").upper.__qualname__, S.maketrans.__qualname__, MS().add.__qualname__)
print(repr(MD().keys)[:34], repr(ML().append)[:35])

tests = [
    lambda: MD().keys(*5), lambda: MD().update(**5), lambda: MD().pop(1, **{"a": 2}), lambda: MD().get(1, 2, 3),
    lambda: MD().keys(1), lambda: (lambda f: f(1))(MD().keys), lambda: S("a").replace(x=1), lambda: S("a").isdigit(1),
    lambda: MD.fromkeys(1, 2, 3), lambda: MD().__len__(1), lambda: MD().__contains__(), lambda: S("a").join(),
    lambda: S("a").join(x=1), lambda: MD().setdefault(), lambda: MD().keys(x=1), lambda: MD.keys(MD(), 1),
    lambda: MD.keys(MD(), x=1), lambda: S.join("-", x=1), lambda: MD().keys(*[1], **{}), lambda: ML().insert(i=0),
    lambda: (lambda f: f())(MS().add), lambda: (lambda f: f(1, 2))(ML().append), lambda: MS().discard(0, *[1, 2]),
    lambda: (lambda f: f(1, 2))(MD().get), lambda: S("a").count(*None),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(e)


def hot(x, f):
    out = []
    for args in [(), (1,), (1, 2)]:
        try:
            out.append(f(*args))
        except TypeError as e:
            out.append(str(e))
    try:
        out.append(x.keys(1))
    except TypeError as e:
        out.append(str(e))
    return out


seen = []
for i in range(60):
    x = [MD(a=1), {"b": 2}][i % 2]
    r = hot(x, [x.get, x.keys, MS().add, set().add][i % 4])
    if r not in seen:
        seen.append(r)
for r in seen:
    print(r)
