import random, sys
# The number modules: fractions.Fraction (constructors from every kind and odd strings, arithmetic
# and comparisons mixed with int/float/complex/Decimal, round/floor/ceil, limit_denominator),
# decimal.Decimal under random contexts (precision, rounding, Emin/Emax, clamp, traps) with the
# flags each operation raised, quantize/to_integral/normalize/sqrt/exp/ln/log10/fma/scaleb/shift/
# rotate/logical ops/next_toward, format specs and conversions; statistics' functions over random
# data of ints, floats, Fractions and Decimals; math.fsum/prod/comb/perm/isqrt/dist/hypot/gcd/lcm/
# nextafter/ulp/remainder/fmod/frexp/ldexp/log/isclose. Each line is one call's repr or its
# exception's type and message; a Decimal's exception prints its type only, since the oracle's C
# _decimal and the pure-Python _pydecimal dislab runs word their messages differently (CPython's own
# two implementations do), nor the flags after a trap (C sets all of an operation's, Python up to the
# trapped one); 'decimal.Decimal' in a TypeError is the C type's name, 'Decimal' the Python class's.
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 2718)

INTS = ["0", "1", "-1", "2", "3", "7", "-7", "10", "12", "2**31", "2**53 + 1", "10**20", "-(10**18)", "True", "255", "6"]
FLOATS = ["0.0", "-0.0", "0.1", "1.5", "2.5", "-2.5", "1e300", "1e-300", "INF", "-INF", "NAN", "1/3", "0.75", "123.456", "5e-324"]
FSTRS = ["'1/3'", "'-0.25'", "'1e3'", "' 3/4 '", "'1_000/3'", "'inf'", "'nan'", "'1/0'", "'abc'", "'1.5e-2'",
         "'-7'", "'3/-4'", "'+2/6'", "'0x10'", "'1__0'", "'.5'", "'5.'", "'1/3.0'", "'\\u0661/\\u0663'", "''"]
DSTRS = ["'0.1'", "'1.10'", "'-0'", "'1E+2'", "'NaN'", "'sNaN'", "'-Infinity'", "'123456789012345678901234567890'",
         "'1e-30'", "'2.5'", "'0.000'", "'-3.5'", "'1.00000000000000000001'", "'9.999'", "'abc'", "'1__0'",
         "' 7 '", "'1_000.5'", "'\\u0661\\u0662'", "'-NaN123'", "'0E-1000'", "'1E+999'", "'1011'", "'0.5'", "'-1'", "'100'"]
ROUNDINGS = ["ROUND_HALF_EVEN", "ROUND_HALF_UP", "ROUND_HALF_DOWN", "ROUND_UP", "ROUND_DOWN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_05UP"]


def anyint():
    return random.choice(INTS)


def anyfloat():
    return random.choice(FLOATS)


def frac():
    r = random.random()
    if r < 0.5:
        return f"F({random.choice(INTS[:10])}, {random.choice(['1', '2', '3', '-4', '6', '7', '10'])})"
    if r < 0.7:
        return f"F({random.choice(FSTRS)})"
    if r < 0.85:
        return f"F({anyfloat()})"
    return f"F({anyint()})"


def dec():
    r = random.random()
    if r < 0.65:
        return f"D({random.choice(DSTRS)})"
    if r < 0.8:
        return f"D({anyint()})"
    if r < 0.9:
        return f"D({anyfloat()})"
    digits = ", ".join(str(random.randint(0, 9)) for _ in range(random.randint(1, 4)))
    exp = random.choice(["0", "-2", "3", "'F'", "'n'", "-30"])
    return f"D(({random.randint(0, 1)}, ({digits},), {exp}))"


def number():
    return random.choice([anyint, anyfloat, frac, dec, lambda: random.choice(["1j", "D('0.5')", "F(1, 2)"])])()


BINOPS = ["+", "-", "*", "/", "//", "%", "**", "<", "==", ">=", "!="]


def frac_expr():
    a = frac()
    r = random.random()
    if r < 0.35:
        b = random.choice([frac, frac, anyint, anyfloat, dec, lambda: "1j"])()
        op = random.choice(BINOPS)
        if op == "**":
            b = random.choice(["2", "-2", "0", "F(1, 2)", "0.5", "3", "-1", "F(-3, 1)"])
            return f"{a} ** {b}"
        return random.choice([f"{a} {op} {b}", f"{b} {op} {a}"])
    return random.choice([
        f"round({a})", f"round({a}, {random.randint(-2, 3)})", f"math.floor({a})", f"math.ceil({a})", f"math.trunc({a})",
        f"{a}.limit_denominator({random.choice(['1', '3', '10', '100', '0', '1000000'])})", f"{a}.as_integer_ratio()",
        f"F.from_float({anyfloat()})", f"F.from_decimal({dec()})", f"F({frac()}, {frac()})", f"F({anyint()}, {anyint()})",
        f"str({a})", f"float({a})", f"int({a})", f"bool({a})", f"divmod({a}, {frac()})", f"-{a}", f"abs({a})",
        f"format({a}, {random.choice(['', '.2f', '>10'])!r})", f"F({a}).numerator", f"{a}.denominator",
        f"F({random.choice(['1.5', 'D(1.1)', repr('1/2'), '[1]', 'None', '1j'])})", f"{a} == {anyfloat()}",
        f"complex({a})", f"{a} < {dec()}", f"pow({a}, {random.choice(['2', '-1', 'F(1,3)'])}, {random.choice(['None', '5'])})",
        f"statistics.mean([{a}, {frac()}, {anyint()}])", f"sorted([{a}, {frac()}, {anyfloat()}])", f"max({a}, {frac()})",
    ])


def ctx_setup():
    parts = []
    if random.random() < 0.7:
        parts.append(f"setattr(c, 'prec', {random.choice([1, 2, 3, 5, 9, 28, 40])})")
    if random.random() < 0.6:
        parts.append(f"setattr(c, 'rounding', {random.choice(ROUNDINGS)})")
    if random.random() < 0.2:
        parts.append(f"setattr(c, 'Emax', {random.choice([2, 5, 99])}), setattr(c, 'Emin', {random.choice([-2, -5, -99])})")
    if random.random() < 0.15:
        parts.append("setattr(c, 'clamp', 1)")
    if random.random() < 0.3:
        parts.append(f"c.traps.__setitem__({random.choice(['Inexact', 'Rounded', 'InvalidOperation', 'DivisionByZero', 'Overflow', 'Underflow', 'Subnormal', 'FloatOperation', 'Clamped'])}, {random.choice(['True', 'False'])})")
    return parts


DEC_METHODS = ["sqrt()", "exp()", "ln()", "log10()", "normalize()", "to_integral_value()", "to_integral_exact()",
               "adjusted()", "as_tuple()", "is_normal()", "is_subnormal()", "is_signed()", "is_nan()", "is_finite()",
               "number_class()", "canonical()", "copy_abs()", "copy_negate()", "next_plus()", "next_minus()",
               "logb()", "to_eng_string()", "logical_invert()", "as_integer_ratio()", "is_zero()", "radix()"]
DEC_METHODS2 = ["quantize", "compare", "compare_total", "max", "min", "max_mag", "min_mag", "next_toward", "scaleb",
                "shift", "rotate", "copy_sign", "logical_and", "logical_or", "logical_xor", "remainder_near", "same_quantum"]


def dec_expr():
    a = dec()
    r = random.random()
    if r < 0.3:
        b = random.choice([dec, dec, anyint, anyfloat, frac])()
        op = random.choice(BINOPS)
        if op == "**":
            b = random.choice(["2", "-2", "0", "D('0.5')", "3", "-1", "D('1.5')", "D(10)"])
            e = f"{a} ** {b}"
        else:
            e = random.choice([f"{a} {op} {b}", f"{b} {op} {a}"])
    elif r < 0.55:
        e = f"{a}.{random.choice(DEC_METHODS)}"
    elif r < 0.75:
        m = random.choice(DEC_METHODS2)
        b = random.choice([dec, lambda: random.choice(["D('1e-2')", "D(1)", "D('1E+1')", "D(2)", "D(-3)", "D('0.001')"]), anyint])()
        extra = f", rounding={random.choice(ROUNDINGS)}" if m == "quantize" and random.random() < 0.5 else ""
        e = f"{a}.{m}({b}{extra})"
    else:
        e = random.choice([
            f"{a}.fma({dec()}, {dec()})", f"round({a})", f"round({a}, {random.randint(-2, 3)})", f"int({a})", f"float({a})",
            f"format({a}, {random.choice(['', '.2f', ',', '.3e', '%', 'g', '>12.4', '+.0f', '_.1f', 'E', '.10g', 'x', '=+8.2f', ',.2f', '010.3'])!r})",
            f"divmod({a}, {dec()})", f"c.create_decimal({random.choice(DSTRS)})", f"c.create_decimal_from_float({anyfloat()})",
            f"c.power({dec()}, {random.choice(['2', '3', 'D(5)'])}, {random.choice(['7', 'D(10)', '0'])})",
            f"c.divide_int({a}, {dec()})", f"c.plus({a})", f"c.minus({a})", f"c.abs({a})", "(c.Etiny(), c.Etop())",
            f"math.floor({a})", f"math.ceil({a})", f"{a} == {frac()}", f"{a} < {anyfloat()}", f"D({a}) is {a}",
            f"sum([{a}, {dec()}, {dec()}])", f"{a}.compare_total_mag({dec()})", f"D({random.choice(['[1]', 'None', '1j', '(0, (1,), None)', '(2, (1,), 0)', '(0, (10,), 0)', '(1, (), 0)'])})",
        ])
    setup = ctx_setup()
    return setup, e


STATS = ["mean", "fmean", "geometric_mean", "harmonic_mean", "median", "median_low", "median_high", "median_grouped",
         "mode", "multimode", "pstdev", "pvariance", "stdev", "variance"]


def data():
    kind = random.choice(["int", "float", "frac", "dec", "mixed", "empty", "one", "str"])
    n = random.randint(1, 6)
    if kind == "int":
        xs = [str(random.randint(-5, 10)) for _ in range(n)]
    elif kind == "float":
        xs = [random.choice(["0.5", "1.25", "-2.0", "3.0", "1e10", "0.1", "INF", "NAN", "2.0"]) for _ in range(n)]
    elif kind == "frac":
        xs = [f"F({random.randint(-3, 5)}, {random.randint(1, 4)})" for _ in range(n)]
    elif kind == "dec":
        xs = [f"D('{random.choice(['0.5', '1.25', '-2', '3', '0.1', '7'])}')" for _ in range(n)]
    elif kind == "mixed":
        xs = [random.choice(["1", "2.5", "F(1, 3)", "D('0.5')", "True", "4"]) for _ in range(n)]
    elif kind == "empty":
        xs = []
    elif kind == "one":
        xs = [random.choice(["3", "2.5", "F(1, 2)", "0"])]
    else:
        xs = [random.choice(["'a'", "'b'", "'a'", "'c'"]) for _ in range(n)]
    return "[" + ", ".join(xs) + "]"


def stats_expr():
    r = random.random()
    if r < 0.6:
        f = random.choice(STATS)
        extra = ""
        if f in ("median_grouped",) and random.random() < 0.5:
            extra = f", {random.choice(['2', '0.5', '0'])}"
        if f in ("stdev", "variance", "pstdev", "pvariance") and random.random() < 0.3:
            extra = f", {random.choice(['1', 'F(1, 2)', '2.5', 'D(1)'])}"
        return f"statistics.{f}({data()}{extra})"
    return random.choice([
        f"statistics.quantiles({data()}, n={random.choice([1, 2, 4, 10])}, method={random.choice(['exclusive', 'inclusive', 'other'])!r})",
        f"statistics.correlation({data()}, {data()})", f"statistics.covariance({data()}, {data()})",
        f"statistics.linear_regression({data()}, {data()})",
        f"statistics.NormalDist({random.choice(['0', '1', '2.5'])}, {random.choice(['1', '0.5', '0', '-1'])}).{random.choice(['cdf(1)', 'pdf(0.5)', 'inv_cdf(0.3)', 'inv_cdf(0)', 'overlap(statistics.NormalDist())', 'zscore(2)', 'quantiles()', 'mean', 'variance'])}",
        f"statistics.NormalDist.from_samples({data()})", f"statistics.NormalDist(1, 2) {random.choice(['+', '*', '-', '/'])} {random.choice(['2', 'statistics.NormalDist(3, 4)', '0.5'])}",
        f"statistics.mode({random.choice(['[]', repr('aab'), 'iter([1, 1, 2])', '[[1], [1]]', '[1.5, F(3, 2), D(1.5)]'])})",
    ])


def math_expr():
    return random.choice([
        lambda: f"math.fsum([{', '.join(random.choice(FLOATS + INTS[:6]) for _ in range(random.randint(0, 5)))}])",
        lambda: f"math.prod([{', '.join(random.choice(['2', '0.5', 'F(1, 3)', 'D(2)', '-1', '1j', '3']) for _ in range(random.randint(0, 4)))}]{random.choice(['', ', start=2', ', start=D(1)', ', start=None'])})",
        lambda: f"math.comb({random.choice(INTS + ['-1', '2.0', 'D(3)'])}, {random.choice(['0', '1', '2', '5', '-2', '3', '60', 'True'])})",
        lambda: f"math.perm({random.choice(INTS + ['-1', '2.0'])}{random.choice([', 0', ', 2', ', -1', ', 3', ', 30'])})",
        lambda: f"math.perm({random.choice(INTS[:9] + ['-1', '2.0', '20'])}{random.choice(['', ', None'])})",
        lambda: f"math.isqrt({random.choice(INTS + ['-1', '2.0', '10**40 + 1', '2**64 - 1', 'D(4)'])})",
        lambda: f"math.dist({random.choice(['(0, 0)', '(1, 2, 3)', '[1.5]', '()', '(INF, 0)'])}, {random.choice(['(3, 4)', '(1, 2, 3)', '[0]', '()', '(NAN, 1)'])})",
        lambda: f"math.hypot({', '.join(random.choice(FLOATS + INTS[:6]) for _ in range(random.randint(0, 4)))})",
        lambda: f"math.{random.choice(['gcd', 'lcm'])}({', '.join(random.choice(INTS + ['-12', '18', '2.0']) for _ in range(random.randint(0, 4)))})",
        lambda: f"math.nextafter({anyfloat()}, {anyfloat()})",
        lambda: f"math.ulp({anyfloat()})",
        lambda: f"math.{random.choice(['remainder', 'fmod', 'copysign', 'atan2', 'pow', 'ldexp', 'log'])}({random.choice(FLOATS + INTS)}, {random.choice(FLOATS + INTS)})",
        lambda: f"math.{random.choice(['frexp', 'modf', 'log2', 'log10', 'log1p', 'expm1', 'exp', 'sqrt', 'erf', 'erfc', 'gamma', 'lgamma', 'trunc', 'floor', 'ceil', 'isfinite', 'isinf', 'isnan'])}({random.choice(FLOATS + INTS + ['F(7, 2)', 'D(2.5)'])})",
        lambda: f"math.factorial({random.choice(['0', '1', '5', '20', '-1', '2.0', '3.5', 'True', 'D(3)', '-10**400'])})",
        lambda: f"math.isclose({anyfloat()}, {anyfloat()}{random.choice(['', ', rel_tol=0.5', ', abs_tol=1', ', rel_tol=-1', ', abs_tol=INF'])})",
        lambda: f"math.log({random.choice(INTS + ['10**400', '2**1000', 'F(1, 3)', 'D(100)'])}{random.choice(['', ', 2', ', 10', ', 1', ', 0', ', 0.5'])})",
    ])()


PRELUDE = r'''import math, statistics, fractions, decimal
from fractions import Fraction as F
from decimal import Decimal as D, localcontext, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP
from decimal import Inexact, Rounded, InvalidOperation, DivisionByZero, Overflow, Underflow, Subnormal, FloatOperation, Clamped
INF = float("inf"); NAN = float("nan")
SIGNALS = [Clamped, DivisionByZero, Inexact, Overflow, Rounded, Underflow, InvalidOperation, Subnormal, FloatOperation]
def p(i, f):
    try:
        r = f()
    except decimal.DecimalException as e:
        print(i, type(e).__name__)
    except Exception as e:
        print(i, type(e).__name__, str(e).replace("decimal.Decimal", "Decimal"))
    else:
        print(i, repr(r))
def pd(i, setup, f):
    with localcontext() as c:
        c.clear_flags()
        try:
            setup(c)
            r = f(c)
        except decimal.DecimalException as e:
            print(i, "raised", sorted(t.__name__ for t in type(e).__mro__ if t in SIGNALS))
        except Exception as e:
            print(i, "raised", type(e).__name__)
        else:
            print(i, repr(r), [s.__name__ for s in SIGNALS if c.flags[s]])
'''

out = [PRELUDE]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
for i in range(n):
    r = random.random()
    if r < 0.3:
        out.append(f"p({i}, lambda: {frac_expr()})")
    elif r < 0.65:
        setup, e = dec_expr()
        out.append(f"pd({i}, lambda c: ({''.join(x + ', ' for x in setup)}), lambda c: {e})")
    elif r < 0.82:
        out.append(f"p({i}, lambda: {stats_expr()})")
    else:
        out.append(f"p({i}, lambda: {math_expr()})")
sys.stdout.write("\n".join(out) + "\n")
