match x:
    case 1: pass
    case -1: pass
    case 1.5: pass
    case 1 + 2j: pass
    case -1 - 2j: pass
    case "s": pass
    case "a" "b": pass
    case b"x": pass
    case None: pass
    case True: pass
    case False: pass
    case a: pass
    case _: pass
    case a.b: pass
    case a.b.c: pass
    case (1): pass
    case (1, 2): pass
    case (1,): pass
    case (): pass
    case []: pass
    case [1, 2, *rest]: pass
    case [*_]: pass
    case 1, 2: pass
    case 1, *a: pass
    case {}: pass
    case {1: a, "b": c, d.e: f}: pass
    case {**rest}: pass
    case {1: a, **rest}: pass
    case C(): pass
    case C(1, 2): pass
    case C(a=1, b=2): pass
    case C(1, b=2,): pass
    case a.B(c): pass
    case 1 | 2 | 3: pass
    case (1 | 2) as x: pass
    case [1, 2] as y if y: pass
    case {"a": [1, {"b": C(d=e)}]} | None: pass
    case x if x > 0: pass
match x, y:
    case a, b: pass
match *a, b:
    case _: pass
match (x):
    case _: pass
match = 1
case = 2
match.x = 3
match[0] = 4
match(x)
_ = match
print(match, case)
match x:
    case 0 if (y := 1): pass
