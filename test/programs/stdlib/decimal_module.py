# decimal: exact decimal arithmetic, contexts and precision, rounding modes, quantize, special values, signals.
from decimal import Decimal as D, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero
print(D("0.1") + D("0.2"), D(0.1), D("1.10") * 3, D(10) / D(3), D("2").sqrt(), D(1).exp(), D("1e-3"), D("-0"), D("1.500").normalize())
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(7), D("123456789") + 0, ctx.prec)
print(getcontext().prec, D("2.675").quantize(D("0.01")), D("2.675").quantize(D("0.01"), rounding=ROUND_HALF_UP), D("-7.5").quantize(D("1"), ROUND_DOWN))
print(D("3.14159").as_tuple(), D("12.5").as_integer_ratio(), D("NaN"), D("-Infinity"), D("sNaN").is_snan(), D(5).is_zero(), D("1.0") == D("1.00"))
print(sorted([D("1.5"), D("0.25"), D("-3")]), D("7") // D("2"), D("-7") // D("2"), D("-7") % D("2"), divmod(D(7), D(-2)), round(D("2.5")), round(D("3.5")))
def err(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__
print(err(lambda: D("abc")), err(lambda: D(1) / D(0)), err(lambda: D(0) / D(0)), err(lambda: D("1.5") + 1.5), D("1.5") + 1, float(D("0.1")), int(D("-9.9")))
print(f"{D('1234.5678'):.2f}", f"{D('1234.5678'):,.1f}", f"{D('0.000123'):e}", str(D("1E+2")), repr(D("1E+2")), D("100").to_eng_string(), D("1E+2").to_integral())
