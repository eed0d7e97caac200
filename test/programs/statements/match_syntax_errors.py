# match statements that do not compile, and "match"/"case" still usable as ordinary names.
match = {"case": 1}
case = [match]
print(match["case"], case[0])
def match_fn(match):
    return match
print(match_fn("still a name"))
sources = [
    "match x:\n    case a:\n        pass\n    case b:\n        pass\n",
    "match x:\n    case a | b:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case {'k': 1, 'k': 2}:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case f():\n        pass\n" ,
    "match x:\n    case 1 + 2:\n        pass\n",
    "match x:\n    case {**rest, 'k': v}:\n        pass\n",
    "match x:\n    case Point(x=1, x=2):\n        pass\n",
    "match x:\n    case _ as y:\n        pass\n",
    "match x:\n    case a.b():\n        pass\n",
    "match x:\n    case -1j:\n        pass\n",
    "match x:\n    case 1 - 1j:\n        pass\n",
]
for src in sources:
    try:
        compile(src, "<match>", "exec")
        print("compiles:", src.splitlines()[1].strip())
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "| line", e.lineno, e.offset, "|", src.splitlines()[1].strip())
