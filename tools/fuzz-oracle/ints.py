import random, sys
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 31)
def iv():
    k = random.random()
    if k < 0.3: return str(random.randint(-20, 20))
    if k < 0.6: return str(random.randint(-2**70, 2**70))
    if k < 0.8: return random.choice(["2**63", "-2**63", "2**64-1", "10**30", "-(10**30)", "2**53+1", "3**100", "-1", "0"])
    return str(random.randint(-10**6, 10**6))
fs = ["A + B", "A - B", "A * B", "A // B", "A % B", "divmod(A, B)", "A ** (B % 50)", "pow(A, B % 40, B or 7)", "pow(A, -1, B)", "A << (B % 70)", "A >> (B % 80)", "A & B", "A | B", "A ^ B", "~A",
      "round(A, B % 7 - 5)", "A / B", "float(A)", "int(float(A))", "(A).bit_length()", "(A).to_bytes(20, 'big', signed=True)", "int.from_bytes((A).to_bytes(20, 'little', signed=True), 'little', signed=True)",
      "hex(A)", "oct(A)", "bin(A)", "int(str(A), 10)", "int(hex(A), 16)", "int(str(abs(A)), 36)", "format(A, ',')", "format(A, '_x')", "format(A, '+015,d')", "format(A, '#o')", "format(A, 'e')", "format(A, '.3g')", "format(A, '%')", "format(A, 'c')",
      "__import__('math').isqrt(abs(A))", "__import__('math').gcd(A, B)", "__import__('math').lcm(A, B)", "__import__('math').comb(abs(A) % 60, abs(B) % 30)", "__import__('math').factorial(abs(A) % 40)", "A == float(A)", "A < float(B)", "hash(A)", "(A).as_integer_ratio()", "A / (B or 1) == A // (B or 1)", "(A) * 1.5", "float(A) % (B or 3)", "__import__('math').log(abs(A) or 1, 3)", "__import__('math').log2(abs(A) or 1)", "__import__('math').log10(abs(A) or 1)", "int(A * 1e-5)", "round(A / 7, 3)", "abs(A) ** 0.5", "__import__('math').sqrt(abs(A))", "__import__('math').ldexp(1.5, A % 2000)", "__import__('math').frexp(float(A))"]
lines = []
for i in range(2500):
    e = random.choice(fs).replace("A", "(" + iv() + ")").replace("B", "(" + iv() + ")")
    lines.append("t(%r)" % e)
sys.stdout.write('''def t(e):
    try: print(e, "->", repr(eval(e)))
    except Exception as ex: print(e, "!!", type(ex).__name__, ex)
''' + "\n".join(lines) + "\n")
