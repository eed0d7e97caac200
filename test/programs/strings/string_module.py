# The string module: constants, Template substitution, capwords, and Formatter.
import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable), repr(string.printable[-6:]))
t = string.Template("$who likes ${what}s, $$5 each")
print(t.substitute(who="Tim", what="apple"), t.safe_substitute(who="Ann"), t.template)
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: t.substitute(who="x")))
print(err(lambda: string.Template("$").substitute()))
print(err(lambda: string.Template("${bad").substitute()))
print(string.Template("$a$b").substitute({"a": 1}, b=2), t.get_identifiers() if hasattr(t, "get_identifiers") else "n/a", t.is_valid() if hasattr(t, "is_valid") else "n/a")
class Pct(string.Template):
    delimiter = "%"
print(Pct("%x and %{y}").substitute(x=1, y=2))
print(string.capwords("hello   wide  world"), string.capwords("a-b c-d", "-"), string.capwords(""))
f = string.Formatter()
print(f.format("{0} {x:>4}", "a", x="b"), list(f.parse("a{0}b{x!r:>3}c{{d}}")), f.vformat("{}-{}", (1, 2), {}))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return str(value).upper()
print(Upper().format("{} and {}", "x", "y"))
