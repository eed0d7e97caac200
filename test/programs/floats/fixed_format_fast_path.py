# 'f' formats (format(), f-strings, %-formatting) across the ranges where the digits come straight
# from the shortest fixed layout and where they cannot: ties rounding to even, 1e21 and up, signs,
# -0.0, '#', upper case, grouping, and precisions past 100.
values = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 0.0625, 1 / 3, 2 / 3, 123.456, -123.4565,
          1e20, 9.5e20, 1e21, 1.5e22, 5e-324, 1e-7, 0.05, 0.015, 0.045, 1.0005, 2.675, 1e16 + 1]
for x in values:
    row = []
    for p in (0, 1, 2, 3, 6, 17):
        row.append(f"{x:.{p}f}")
    print(" ".join(row))
    print(f"{x:+.3f} {x:.2F} {x:#.0f} {x:,.2f} {x:>14.4f} {x:<12.1f}|", "%.3f %+.0f %#.0f %10.2f" % (x, x, x, x))
print(f"{2.5:.0f} {3.5:.0f} {0.125:.2f} {0.375:.2f}", "%.0f %.0f" % (0.5, 1.5))
print(f"{1/7:.101f}")
print(f"{-1e-300:.3f} {float('inf'):.2f} {float('-inf'):F} {float('nan'):.1f}")
