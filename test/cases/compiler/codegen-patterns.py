# --- literal, capture, wildcard
match x:
    case 1:
        pass
    case "a" | b"b":
        pass
    case None:
        pass
    case True:
        pass
    case -1:
        pass
    case 1+2j:
        pass
    case y:
        pass
# --- default case and guards
match x:
    case 1 if y:
        a()
    case z if z > 1:
        b()
    case _:
        c()
match x:
    case _ if y:
        pass
# --- sequences
match x:
    case []:
        pass
    case [a]:
        pass
    case [a, b, *rest]:
        pass
    case [*_, last]:
        pass
    case [first, *_]:
        pass
    case [first, *_, last]:
        pass
    case (a, b, c):
        pass
    case [_, _]:
        pass
    case [*_]:
        pass
    case [_, *_]:
        pass
    case [a, [b, c], *d]:
        pass
# --- mappings
match x:
    case {}:
        pass
    case {"a": 1}:
        pass
    case {"a": y, "b": _}:
        pass
    case {"a": y, **rest}:
        pass
    case {**rest}:
        pass
    case {C.d: y}:
        pass
# --- classes
match x:
    case C():
        pass
    case C(a, b):
        pass
    case C(a=1, b=c):
        pass
    case m.C(1, _, x=_, y=z):
        pass
    case int(n):
        pass
# --- or-patterns and as-patterns
match x:
    case 1 | 2 | 3:
        pass
    case [a, b] | [b, a]:
        pass
    case (1 as a) | (2 as a):
        pass
    case [1, x] | (x, 2) as y:
        pass
    case {"k": [a, *b]} | C(a, b=b):
        pass
    case (a, b, c) | (c, b, a) | (b, c, a):
        pass
# --- match in a function with returns
def f(x):
    match x:
        case [a, b]:
            return a
        case {"k": v}:
            return v
        case C(a=y):
            return y
        case _:
            return None
def g(x):
    for i in x:
        match i:
            case 1:
                continue
            case 2:
                break
# --- nested patterns with captures under on-top items
match x:
    case [C(a, [b, *c]), {"k": ([d] | (d,))}] if a:
        pass
    case Point(x=0, y=0) | Point(x=1, y=1):
        pass
