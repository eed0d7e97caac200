import random, sys, struct
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 61)
def fv():
    k = random.random()
    if k < 0.15: return random.choice(["0.0", "-0.0", "float('inf')", "-float('inf')", "float('nan')", "5e-324", "1.7976931348623157e308", "0.5", "2.5", "-2.5", "1e16", "1e22", "123.456", "0.1", "1/3"])
    if k < 0.5: return repr(random.uniform(-1000, 1000))
    if k < 0.7: return repr(struct.unpack('<d', random.getrandbits(64).to_bytes(8, 'little'))[0])
    return repr(round(random.uniform(-100, 100), random.randint(0, 4)))
fs = ["round(A, N)", "round(A)", "A // B", "A % B", "divmod(A, B)", "__import__('math').fmod(A, B)", "__import__('math').remainder(A, B)", "(A).as_integer_ratio()", "(A).hex()", "float.fromhex((A).hex())", "int(A)", "__import__('math').floor(A)", "__import__('math').ceil(A)", "__import__('math').trunc(A)", "str(A)", "repr(A * B)", "A ** B", "A + B", "A - B", "A * B", "A / B", "A == B", "A < B", "hash(A) == hash(float(A))", "__import__('math').copysign(A, B)", "__import__('math').isclose(A, B)", "__import__('math').nextafter(A, B)", "__import__('math').ulp(A)", "__import__('math').modf(A)", "__import__('math').frexp(A)", "__import__('math').ldexp(A, N * 100)", "__import__('math').fsum([A, B, A, -B])", "sum([A, B, 0.1])", "__import__('math').prod([A, B])", "__import__('math').dist([A, 1.0], [B, 2.0])", "__import__('math').hypot(A, B, 3.0)", "__import__('math').sqrt(A)", "__import__('math').atan2(A, B)", "__import__('statistics').fmean([A, B])", "(A).is_integer()", "__import__('math').isqrt(int(abs(A)) % 10**30) if A == A and abs(A) != float('inf') else 0", "float(str(A)) == A", "format(A, '.17g')", "format(A, 'a') if False else '%a' % A", "A.__round__(N)", "__import__('fractions').Fraction(A) if A == A and abs(A) != float('inf') else 0", "__import__('decimal').Decimal(A) if False else 0"]
lines = []
for i in range(3000):
    e = random.choice(fs).replace("A", "(" + fv() + ")").replace("B", "(" + fv() + ")").replace("N", str(random.randint(-5, 12)))
    lines.append("t(%r)" % e)
sys.stdout.write('''def t(e):
    try: print(e, "->", repr(eval(e)))
    except Exception as ex: print(e, "!!", type(ex).__name__, ex)
''' + "\n".join(lines) + "\n")
