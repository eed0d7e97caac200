# "Generator expression must be parenthesized": where the reported range ends depends on the
# invalid_arguments alternative that matched. A generator after positional arguments ends at its
# last comprehension's last `if` or iterable; one first in the call, or after a keyword or `**`
# argument, ends at its last comprehension's target (3.10.2).
SOURCES = [
    "f(a, b for b in c)", "f(a, b for b in c if d)", "f(a, b for b in c for d in e)", "f(k=a, b for b in c)",
    "f(k=a, b for b in c if d)", "f(*a, b for b in c if d)", "f(**a, b for b in c)", "f(k=1, b for b in c for d in e if f)",
    "f(a, *b, c for c in d)", "f(a for a in b if c, d)", "f(a for a in b for c in d, e)", "f(a, b, c for c in d if e if f)",
    "f(a, b for b in c)(d)", "f(k=a, [b for b in c] for d in e)", "x = g(k=1, *a, b for b in c if d)", "print(sep='', x for x in y)",
]
for src in SOURCES:
    try:
        compile(src, "<src>", "exec")
        print(src, "ok")
    except SyntaxError as e:
        print(src, "|", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
