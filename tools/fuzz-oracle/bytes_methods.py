import random, re, sys
# bytes and bytearray methods on edge cases (empty, NULs, high bytes, whitespace of every kind,
# ASCII case pairs), with random arguments of the right and wrong types: find/count/split/replace
# families, strip/partition, case and is* predicates, center/ljust/zfill/expandtabs, hex/fromhex,
# translate/maketrans, join, startswith/endswith with tuples and ranges, decode with error
# handlers, and bytearray's mutators (append/extend/insert/pop/remove/reverse/clear/slice assignment).
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 155)

VALUES = ["b''", "b'abc'", "b'  a b\\tc\\n '", "b'\\x00\\xff\\x80'", "b'Hello World'", "b'a,b,,c'", "b'aaa'", "b'\\x0b\\x0c\\x1c\\x1d\\x1e\\x1f\\x85'",
          "b'ab' * 3", "b'123'", "b'CamelCase_snake'", "b'\\r\\n\\n\\r'", "b'\\t x'", "bytes(range(0, 256, 37))"]
ARGS = ["b'a'", "b''", "b'ab'", "b','", "bytearray(b'b')", "memoryview(b'c')", "97", "256", "-1", "'a'", "None", "b'\\x00'", "(b'a', b'b')", "[b'a']"]
# (2**64: past Py_ssize_t on both the 32-bit oracle and 64-bit CPython)
INTS = ["0", "1", "-1", "2", "10", "2**64", "-2**64", "None", "True", "1.5", "-3", "300"]
METHODS = [
    "find({a})", "find({a}, {i})", "rfind({a}, {i}, {i})", "index({a})", "rindex({a}, {i})", "count({a})", "count({a}, {i}, {i})",
    "split()", "split({a})", "split({a}, {i})", "rsplit(None, {i})", "rsplit({a}, {i})", "splitlines()", "splitlines(True)",
    "replace({a}, {a})", "replace({a}, {a}, {i})", "strip()", "strip({a})", "lstrip({a})", "rstrip({a})", "partition({a})", "rpartition({a})",
    "upper()", "lower()", "title()", "capitalize()", "swapcase()", "isalpha()", "isdigit()", "isalnum()", "isspace()", "istitle()", "isupper()", "islower()", "isascii()",
    "center({i})", "center({i}, {a})", "ljust({i}, {a})", "rjust({i})", "zfill({i})", "expandtabs({i})", "expandtabs()",
    "hex()", "hex({a})", "hex({a}, {i})", "startswith({a})", "startswith({a}, {i}, {i})", "endswith({a})", "endswith({a}, {i})",
    "translate(None, {a})", "translate(bytes.maketrans(b'ab', b'xy'))", "translate({a})", "join([b'x', b'y'])", "join({a})",
    "decode('utf-8', 'replace')", "decode('ascii', 'backslashreplace')", "decode('latin-1')", "decode({a})", "removeprefix({a})", "removesuffix({a})",
    "__getitem__({i})", "__getitem__(slice({i}, {i}, {i}))", "__contains__({a})", "__mul__({i})", "__add__({a})", "__mod__({a})",
    "isdecimal()",
]
MUTATORS = ["append({i})", "extend({a})", "insert({i}, {i})", "pop()", "pop({i})", "remove({i})", "reverse()", "clear()", "__setitem__({i}, {i})",
            "__setitem__(slice({i}, {i}, {i}), {a})", "__delitem__({i})", "__delitem__(slice({i}, {i}, {i}))", "__iadd__({a})", "__imul__({i})", "copy()"]


def fill(template):
    return re.sub(r"\{([ai])\}", lambda m: random.choice(ARGS if m.group(1) == "a" else INTS), template)


lines = []
for n in range(int(sys.argv[2]) if len(sys.argv) > 2 else 3000):
    v = random.choice(VALUES)
    if random.random() < 0.3:
        lines.append("m(%r, %r)" % (f"bytearray({v})", fill(random.choice(MUTATORS))))
    else:
        target = v if random.random() < 0.5 else f"bytearray({v})"
        lines.append("t(%r)" % f"({target}).{fill(random.choice(METHODS))}")
sys.stdout.write('''def t(e):
    try: print(e, "->", ascii(eval(e)))
    except Exception as ex: print(e, "!!", type(ex).__name__, ascii(str(ex)))
def m(init, call):
    # a mutator on a fresh bytearray: its result and the bytearray after it
    try:
        ba = eval(init)
        r = eval("ba." + call, {"ba": ba})
        print(init, call, "->", ascii(r), ascii(ba))
    except Exception as ex: print(init, call, "!!", type(ex).__name__, ascii(str(ex)))
''' + "\n".join(lines) + "\n")
