# csv.writer's quoting and escaping (QUOTE_* x escapechar x doublequote), Dialect validation
# messages, the dialect registry, DictReader/DictWriter and Sniffer, through csv.py.
import csv
import io
from decimal import Decimal
from fractions import Fraction

class Num:
    def __index__(self):
        return 7
    def __str__(self):
        return "Num7"

rows = [
    ["plain", "with,comma", 'with "quote"', "line\nbreak", "cr\rx", "", None, 3, 2.5, -1, True],
    [Decimal("1.10"), Fraction(1, 3), Num(), 1j, b"b", "esc\\ape", " lead", "trail "],
    [],
    [""],
    [None],
    ["", ""],
    ["😀", "é,ü"],
]
settings = [
    {},
    {"quoting": csv.QUOTE_ALL},
    {"quoting": csv.QUOTE_NONNUMERIC},
    {"quoting": csv.QUOTE_NONE, "escapechar": "\\"},
    {"quoting": csv.QUOTE_NONE},
    {"escapechar": "\\"},
    {"escapechar": "\\", "doublequote": False},
    {"doublequote": False},
    {"delimiter": "\t", "lineterminator": "\n"},
    {"quotechar": "'", "lineterminator": "|"},
    {"delimiter": "😀"},
]
for kw in settings:
    print("==", kw)
    for row in rows:
        buf = io.StringIO()
        w = csv.writer(buf, **kw)
        try:
            n = w.writerow(row)
            print(repr(buf.getvalue()), n)
        except (csv.Error, TypeError) as e:
            print(type(e).__name__, e, repr(buf.getvalue()))

# round trip through the reader
buf = io.StringIO(newline="")
w = csv.writer(buf)
data = [["a", 'b"c', "d,e", "f\r\ng"], ["", " ", "x"], ["1", "2"]]
print(w.writerows(data))
print(repr(buf.getvalue()))
buf.seek(0)
print(list(csv.reader(buf)) == data)

# writer errors
for bad in [5, None]:
    try:
        csv.writer(io.StringIO()).writerow(bad)
    except csv.Error as e:
        print("Error", e)
try:
    csv.writer(io.StringIO()).writerows(5)
except TypeError as e:
    print("TypeError", e)
try:
    csv.writer(io.StringIO()).writerows([[1], 2])
except csv.Error as e:
    print("Error", e)
try:
    csv.writer(5)
except TypeError as e:
    print("TypeError", e)
class NotCallable:
    write = 3
try:
    csv.writer(NotCallable())
except TypeError as e:
    print("TypeError", e)
class Collect:
    def __init__(self):
        self.got = []
    def write(self, s):
        self.got.append(s)
        return len(s) * 10
c = Collect()
print(csv.writer(c).writerow(["x", "y"]), c.got)
def bad_iter():
    yield "a"
    raise ValueError("mid-row")
try:
    csv.writer(io.StringIO()).writerow(bad_iter())
except ValueError as e:
    print("ValueError", e)
class BadStr:
    def __str__(self):
        raise RuntimeError("no str")
try:
    csv.writer(io.StringIO()).writerow([BadStr()])
except RuntimeError as e:
    print("RuntimeError", e)
print(type(csv.writer(io.StringIO())).__name__, csv.writer(io.StringIO()).dialect.delimiter)

# Dialect validation (csv.Dialect subclasses wrap the TypeError in csv.Error)
attempts = [
    {"delimiter": ""}, {"delimiter": "ab"}, {"delimiter": 1}, {"delimiter": None},
    {"quotechar": 1}, {"quotechar": "ab"}, {"quotechar": None}, {"quotechar": "", "quoting": csv.QUOTE_ALL},
    {"quotechar": None, "quoting": csv.QUOTE_MINIMAL}, {"quoting": 4}, {"quoting": -1}, {"quoting": "1"},
    {"quoting": 1.0}, {"quoting": True}, {"quoting": 2**40}, {"lineterminator": None}, {"lineterminator": 5},
    {"lineterminator": ""}, {"escapechar": ""}, {"escapechar": "ab"}, {"escapechar": 5}, {"escapechar": None},
    {"doublequote": 0}, {"skipinitialspace": "yes"}, {"strict": []}, {"bogus": 1},
]
for kw in attempts:
    try:
        d = csv.reader([], **kw).dialect
        print(kw, "->", repr(d.delimiter), repr(d.quotechar), repr(d.escapechar), repr(d.lineterminator), d.quoting, d.doublequote, d.skipinitialspace, d.strict)
    except (TypeError, OverflowError) as e:
        print(kw, type(e).__name__, e)

class Bad(csv.Dialect):
    delimiter = "::"
    quotechar = '"'
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
try:
    Bad()
except csv.Error as e:
    print("Error", e)
class Partial(csv.Dialect):
    delimiter = ";"
try:
    Partial()
except csv.Error as e:
    print("Error", e)

# the registry
print(sorted(csv.list_dialects()))
csv.register_dialect("semi", delimiter=";", quoting=csv.QUOTE_ALL)
d = csv.get_dialect("semi")
print(type(d).__name__, d.delimiter, d.quoting, d.lineterminator == "\r\n")
buf = io.StringIO()
csv.writer(buf, "semi").writerow(["a", 1])
csv.writer(buf, dialect="semi", quoting=csv.QUOTE_MINIMAL).writerow(["a", 1])
print(repr(buf.getvalue()))
csv.register_dialect("tabs", csv.excel_tab)
csv.register_dialect("from_inst", csv.get_dialect("semi"), delimiter="|")
print(csv.get_dialect("tabs").delimiter == "\t", csv.get_dialect("from_inst").delimiter, csv.get_dialect("from_inst").quoting)
print(csv.get_dialect("semi") is csv.get_dialect("semi"))
print(sorted(csv.list_dialects()))
csv.unregister_dialect("semi")
for f, args in [(csv.get_dialect, ("semi",)), (csv.unregister_dialect, ("semi",)), (csv.get_dialect, (1,)),
                (csv.register_dialect, (1,)), (csv.register_dialect, ()), (csv.get_dialect, ()), (csv.list_dialects, (1,))]:
    try:
        f(*args)
    except (csv.Error, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
try:
    csv.register_dialect("x", delimiter="")
except TypeError as e:
    print("TypeError", e)
print("x" in csv.list_dialects())
csv.unregister_dialect("tabs")
csv.unregister_dialect("from_inst")
print(sorted(csv.list_dialects()))

# Dialect objects
d = csv.get_dialect("excel")
for name in ["delimiter", "quoting", "strict"]:
    try:
        setattr(d, name, 1)
    except AttributeError as e:
        print("AttributeError", name, e)
import pickle
try:
    pickle.dumps(d)
except TypeError as e:
    print("TypeError", e)
print(csv.Error.__module__, csv.Error.__mro__[1].__name__, csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)
print(csv.excel.delimiter, csv.excel_tab.delimiter, csv.unix_dialect.lineterminator == "\n", csv.unix_dialect.quoting)

# DictReader / DictWriter
text = "name,age,city\r\nAda,36,London\r\nAlan,41\r\nGrace,85,NYC,extra,more\r\n\r\nLinus,,Helsinki\r\n"
r = csv.DictReader(io.StringIO(text, newline=""), restval="?", restkey="_rest")
for row in r:
    print(row, r.line_num)
print(r.fieldnames)
r = csv.DictReader(io.StringIO("a;b\n1;2\n"), fieldnames=["x", "y"], delimiter=";")
print(list(r))
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["name", "age"], restval="-", extrasaction="ignore", quoting=csv.QUOTE_NONNUMERIC)
w.writeheader()
w.writerows([{"name": "Ada", "age": 36, "x": 1}, {"name": 'Bob "B"'}])
print(repr(out.getvalue()))
w = csv.DictWriter(io.StringIO(), fieldnames=["a"])
try:
    w.writerow({"a": 1, "b": 2})
except ValueError as e:
    print("ValueError", e)
try:
    csv.DictWriter(io.StringIO(), ["a"], extrasaction="bad")
except ValueError as e:
    print("ValueError", e)

# Sniffer
s = csv.Sniffer()
sample = "id;name;score\n1;'x';3.5\n2;'y';4\n3;'z';5\n"
dialect = s.sniff(sample)
print(repr(dialect.delimiter), repr(dialect.quotechar), dialect.skipinitialspace, s.has_header(sample))
print(repr(s.sniff("a,b,c\n1,2,3\n4,5,6\n").delimiter), s.has_header("a,b,c\n1,2,3\n4,5,6\n"))
try:
    s.sniff("")
except csv.Error as e:
    print("Error", e)
print(list(csv.reader(io.StringIO(sample), dialect)))

# Dialect instances reused, _csv.Dialect subclasses, attributes read from any object, strict and escapes
import _csv
d = _csv.Dialect(delimiter=";")
r = csv.reader([], d)
print(r.dialect is d, csv.writer(io.StringIO(), d).dialect is d, csv.reader([], d, delimiter=";").dialect is d)
class D(_csv.Dialect):
    pass
x = D(delimiter="|")
print(type(x).__name__, x.delimiter, isinstance(x, _csv.Dialect), _csv.Dialect(x).delimiter, _csv.Dialect(x) is x)
x.extra = 5
print(x.extra)
print(csv.reader([], csv.excel()).dialect.delimiter, csv.reader([], csv.excel_tab).dialect.delimiter)
class Obj:
    delimiter = ":"
    quoting = csv.QUOTE_ALL
print(_csv.Dialect(Obj()).delimiter, _csv.Dialect(Obj).quoting, _csv.Dialect(Obj).quotechar)
class BadObj:
    @property
    def delimiter(self):
        raise KeyError("prop")
try:
    _csv.Dialect(BadObj())
except Exception as e:
    print(type(e).__name__, e)
print(list(csv.reader(['a,"b', 'c",d'], strict=True)))
try:
    print(list(csv.reader(['"a"b,c'], strict=True)))
except csv.Error as e:
    print("Error", e)
try:
    print(list(csv.reader(['"a'], strict=True)))
except csv.Error as e:
    print("Error", e)
print(list(csv.reader(['a\\', 'b'], escapechar="\\")))
print(list(csv.reader(['a\\\r\n', 'b\n'], escapechar="\\")))
print(list(csv.reader(['"a\\', 'b"'], escapechar="\\")))
print(list(csv.reader(['a,b\r\n'], lineterminator="X")))
print(_csv.Dialect.__module__, _csv.Reader.__module__, _csv.Error.__module__, _csv.Dialect.__name__, _csv.Reader.__name__)
print(dir(csv.reader([]))[-3:], sorted(set(dir(_csv.Dialect())) - set(dir(object()))))
