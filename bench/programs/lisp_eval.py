# A small Lisp: tokenizing with str methods, recursive parsing from a deque, int() failing on names, evaluation.
import collections
def tokenize(s):
    return s.replace("(", " ( ").replace(")", " ) ").split()
def parse(tokens):
    t = tokens.popleft()
    if t == "(":
        lst = []
        while tokens[0] != ")":
            lst.append(parse(tokens))
        tokens.popleft()
        return lst
    try:
        return int(t)
    except ValueError:
        return t
def ev(x, env):
    if isinstance(x, str):
        return env[x]
    if isinstance(x, int):
        return x
    op, *args = x
    if op == "if":
        return ev(args[1] if ev(args[0], env) else args[2], env)
    vals = [ev(a, env) for a in args]
    return env[op](*vals)
env = {"+": lambda *a: sum(a), "*": lambda a, b: a * b, "<": lambda a, b: a < b, "-": lambda a, b: a - b, "n": 10}
prog = "(+ (* n n) (if (< n 5) 1 (- n 3)) (+ 1 2 3 4 5 6))"
total = 0
for i in range(4000):
    env["n"] = i
    total += ev(parse(collections.deque(tokenize(prog))), env)
print(total)
