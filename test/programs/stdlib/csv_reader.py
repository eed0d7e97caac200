# csv.reader's state machine (_csv.c's parse_process_char) over many inputs and dialect settings,
# malformed ones included: rows, line_num, and the csv.Error messages.
import csv
import io

def show(lines, **kw):
    r = csv.reader(lines, **kw)
    rows = []
    try:
        for row in r:
            rows.append(row)
        print(repr(kw), rows, r.line_num)
    except (csv.Error, ValueError, TypeError) as e:
        print(repr(kw), rows, "line", r.line_num, type(e).__name__, e)

samples = [
    ["a,b,c\r\n", "1,2,3\r\n"],
    ["a,b,c\n", "\n", "x\n"],
    ['"a,b",c\n', '"say ""hi""",d\n'],
    ['"multi\n', 'line",x\n', "y,z\n"],
    ['"unterminated\n'],
    ['"abc"def,g\n'],
    ['a"b,c\n'],
    ["a\rb\n"],
    ["a,b\r", "c\n"],
    ["a\nb\n"],
    [" a, b ,  c\n"],
    ["a;b;c\n"],
    ["a\\,b,c\n", "d\\\ne,f\n"],
    ['"a\\"b",c\n'],
    ["a,\n", ",\n", ",,\n", "\"\"\n"],
    ["é,ü,😀\n", "😀;x\n"],
    ["1,2.5,-3\n"],
    ['1,"x",2\n'],
    ["abc\n"],
    ["", "", "a\n"],
    ["a\0b\n"],
    ['"a"\n', "b\n"],
    ['"a" ,b\n'],
    ["a,b", "c,d"],
]
dialects = [
    {},
    {"delimiter": ";"},
    {"skipinitialspace": True},
    {"escapechar": "\\"},
    {"escapechar": "\\", "doublequote": False},
    {"quoting": csv.QUOTE_NONE},
    {"quoting": csv.QUOTE_NONE, "escapechar": "\\"},
    {"quoting": csv.QUOTE_NONNUMERIC},
    {"strict": True},
    {"quotechar": "'"},
    {"delimiter": "😀"},
    {"lineterminator": "X"},
]
for lines in samples:
    print("==", repr(lines))
    for kw in dialects:
        show(lines, **kw)

# files, universal newlines and newline=''
for text in ["a,b\r\nc,d\r\n", 'x,"y\r\nz"\r\n', "p,q\rr,s\r"]:
    print(list(csv.reader(io.StringIO(text, newline=""))))
    try:
        print(list(csv.reader(io.StringIO(text))))
    except csv.Error as e:
        print("Error", e)

# non-string lines, non-iterables, iterator errors
for bad in [[b"a,b\n"], [1], 5]:
    try:
        print(list(csv.reader(bad)))
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)

def failing():
    yield "a,b\n"
    raise KeyError("boom")
r = csv.reader(failing())
print(next(r))
try:
    next(r)
except KeyError as e:
    print("KeyError", e, r.line_num)

# field_size_limit
old = csv.field_size_limit(5)
print(old, csv.field_size_limit())
show(["abcde,f\n"])
show(["abcdef,g\n"])
show(['"ab\n', 'cdef"\n'])
csv.field_size_limit(old)
for bad in [1.5, "3", True]:
    try:
        csv.field_size_limit(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    csv.field_size_limit(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    csv.field_size_limit(new_limit=3)
except TypeError as e:
    print("TypeError", e)
print(csv.field_size_limit())

# the reader object
r = csv.reader(["a\n"], delimiter="|")
print(type(r).__name__, type(r).__module__, r.dialect.delimiter, iter(r) is r, r.line_num)
for attr in ["line_num", "dialect"]:
    try:
        setattr(r, attr, 3)
    except AttributeError as e:
        print("AttributeError", e)
try:
    csv.reader()
except TypeError as e:
    print("TypeError", repr(str(e)))
try:
    csv.reader([], "excel", 3)
except TypeError as e:
    print("TypeError", repr(str(e)))
try:
    csv.reader([], "nosuch")
except csv.Error as e:
    print("Error", e)
try:
    csv.reader([], bogus=1)
except TypeError as e:
    print("TypeError", e)
