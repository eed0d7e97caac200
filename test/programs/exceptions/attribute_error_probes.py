# exit: 1
# AttributeErrors a hot loop probes for (compiled code raises them without a JS throw; hasattr
# and getattr with a default make none): their messages, name/obj, tracebacks and suggestions.
class P:
    __slots__ = ("value", "other")

    def __init__(self):
        self.value = 1


class G:
    def __getattr__(self, name):
        if name.startswith("dyn"):
            return name.upper()
        raise AttributeError(f"G has no {name}")


class Prop:
    @property
    def broken(self):
        raise AttributeError("inner")


def probe(o, name, n):
    last = None
    for i in range(n):
        try:
            getattr(o, name)
            o.valeu
        except AttributeError as e:
            last = e
    return last


for obj in (P(), G(), Prop(), 3, "s", P, None):
    e = probe(obj, "dynamic", 300)
    print(type(obj).__name__, repr(e), e.name, type(e.obj).__name__, e.__traceback__.tb_lineno)
    print(hasattr(obj, "valeu"), getattr(obj, "valeu", "default"), hasattr(obj, "broken"), getattr(obj, "other", "unset"))

count = 0
for i in range(500):
    try:
        P().other
    except AttributeError as e:
        count += e.name == "other"
print(count)


def hot(o):
    return o.valeu


for i in range(300):
    try:
        hot(P())
    except AttributeError:
        pass
hot(P())
