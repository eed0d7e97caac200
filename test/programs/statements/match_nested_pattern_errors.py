# Which error a case pattern reports when several nested patterns are wrong. pegen's repetition
# loops (the items after a list's first) drop out on an error without failing the rule that called
# them, so an error the outer class pattern raises afterwards replaces an inner one; an error in
# a list's first item, or in a pattern's own rule, stands.

CASES = [
    "P(a=1, x, Q(b=1, y))",
    "P(a=1, x, Q(b=1, y), z)",
    "P(x, Q(b=1, y))",
    "P(a=1, Q(b=1, y))",
    "P(a=1, Q(b=1, y), x)",
    "P(a=1, [Q(b=1, y)])",
    "P(a=1, x, [Q(b=1, y)])",
    "P(a=1, x, [1, Q(b=1, y)])",
    "P(a=1, x, Q(b=1, y) | z)",
    "P(a=1, x, 1 | Q(b=1, y))",
    "P(a=1, x, 1 | Q(b=1, y), w)",
    "P(a=1, x, (1 | Q(b=1, y)) | 2)",
    "P(a=1, x, 1 | Q(b=1, y) as z)",
    "P(a=1, x, w as Q(b=1, y))",
    "P(a=1, x, {1: Q(b=1, y)})",
    "P(a=1, x, k=Q(b=1, y))",
    "P(a=1, x, (Q(b=1, y)))",
    "P(a=1, x, y, Q(b=1, y))",
    "P(a=Q(b=1, y), x)",
    "P(a=1, b=Q(b=1, y), x)",
    "[Q(b=1, y), P(a=1, x)]",
    "x, P(a=1, Q(b=1, y), z)",
    "P(a=1, x, y as _)",
    "P(a=1, x, y as 1)",
    "P(a=1, x, y as _, z)",
    "P(a=1, x, {1: y as _})",
    "P(a=1, x, [y as 1])",
    "P(a=1, x, Q(b=1, y as _))",
    "P(a=1, x, Q(c=y as _, b=1, y))",
    "[x, y as _, P(a=1, z)]",
    "{1: P(a=1, z), 2: y as _}",
    "P(a=1, x, Q(b=1, y)",
    "P(a=1, x, Q(b=1, y)) if",
    # errors of the compiler: the first one met in the order it compiles the patterns
    "[x, x, Q(a=1, a=2)]",
    "Q(a=1, a=2) | [x, x]",
    "[x, x] | Q(a=1, a=2)",
    "[Q(a=1, a=2), R(b=1, b=2)]",
    "{1: Q(a=1, a=2), 1: y}",
    "{1: x, 1: Q(a=1, a=2)}",
    "{1: y, 1: x, **x}",
    "[*a, x, *b, x]",
    "[x | 1, _ | z]",
    "[a, b] | [b, a] | [c]",
]

for case in CASES:
    src = "match s:\n    case %s:\n        pass\n" % case
    try:
        compile(src, "<case>", "exec")
        print(case, "-> ok")
    except SyntaxError as e:
        print(case, "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
