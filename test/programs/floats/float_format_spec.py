# Every format-spec feature on floats: fill, align, sign, z-less 3.10 rules, #, 0, width, grouping,
# precision and each presentation type.
values = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1234567.891, 0.000123456, 1e21, 1e-7, 123456789.0,
          2.5, 3.5, 0.125, 1e16, float("inf"), float("-inf"), float("nan")]
specs = ["", "f", ".0f", ".1f", ".2f", ".10f", "e", ".0e", ".3e", "E", "g", ".0g", ".1g", ".3g", ".10g",
         "G", "#g", "#.3g", "#.0f", "#.0e", "%", ".0%", ".2%", "n", ".3n", "10.2f", "<10.2f", ">10.2f",
         "^10.2f", "*^12.3f", "+f", "+.2f", " .2f", "-.2f", "010.2f", "+010.2f", "=+10.2f", ",.2f", "_.2f",
         ",f", "15,.3f", ".1f", ".3", "10", "<10", "#", "020,.2f", "e>12", ".17g", ".20f"]
for s in specs:
    row = []
    for v in values:
        try:
            row.append(format(v, s))
        except ValueError as e:
            row.append(f"ValueError({e})")
    print(repr(s), row)
for bad in ["d", "x", "c", "b", ",d", "=", ".2s", "5.5.5", "_,f", "z.2f"]:
    try:
        print(repr(bad), format(1.5, bad))
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
print(format(1.5, "0<8"), format(-1.5, "0>8"), format(1.5, "08"), format(-1.5, "08"), format(-1.5, "<08"))
print(format(1e200, ".2f")[:20], len(format(1e200, "f")), format(__import__("math").sqrt(2), ".50f"))
