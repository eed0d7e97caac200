# f-strings with floats: format specs, nested replacement fields, = debugging, conversions.
import math
pi = math.pi
e = math.e
w, p = 12, 4
print(f"{pi}", f"{pi:.2f}", f"{pi:{w}.{p}f}|", f"{pi:<{w}}|", f"{pi:^+{w}.3e}|", f"{-pi:010.3f}")
print(f"{pi=}", f"{pi = :.3f}", f"{e!r:>25}", f"{e!s:.5}", f"{pi*2=:g}", f"{ 1/3 = }")
print(f"{1e-7:g} {1e-7:f} {1e16:g} {1e16:.0f} {123.456:08.2f} {0.5:.0%} {1234.5:,.1f}")
print(f"{float('nan'):+f} {float('inf'):^9} {-0.0:f} {-0.0:+.1f} {-0.0:g} {0.0:+g}")
vals = [0.5, 1.25, 1e5, 123456.789]
print(" | ".join(f"{v:>10.3g}" for v in vals))
print(f"{'nested ' + f'{pi:.1f}'}", f"{{literal}} {pi:.0f}", f"{f'{e:.2f}':>8}")
table = [("alpha", 1.5), ("beta", 22.25), ("gamma", 333.125)]
for name, val in table:
    print(f"{name:<8}|{val:>10.3f}|{val:<10.1e}|{val:^10.2%}|")
print(f"{3.0:.0f}{4:.1f}{5.55:.1f}{6.65:.1f}{0.125:.2f}{0.375:.2f}")
print(f"{str(123.456):.3s}", f"{1/7:.17f}", f"{2/3:.15g}", f"{10**16/3:f}")
