# str/repr/format of ints, bin/oct/hex, and every integer format-spec feature.
nums = [0, 7, -7, 255, -255, 1234567, -1234567, 2 ** 70, -(2 ** 70)]
for n in nums:
    print(str(n), repr(n), bin(n), oct(n), hex(n), ascii(n))
specs = ["", "d", "5d", "<8d", ">8d", "^9d", "*^9d", "+d", "-d", " d", "08d", "+08d", "=+8d", "_d", ",d",
         "b", "#b", "o", "#o", "x", "#x", "X", "#X", "#010x", "_x", "_b", "#_b", "n", "e", ".2e", "f",
         ".3f", "g", "%", ".1%", "10,", "+,", "E", "G", "012,d", ">+10_d", "0=10d", "#08b", "_o"]
for s in specs:
    row = []
    for n in [0, 42, -42, 1234567, 2 ** 40]:
        try:
            row.append(format(n, s))
        except (ValueError, OverflowError) as e:
            row.append(f"{type(e).__name__}({e})")
    print(repr(s), row)
for s in ["c", "#c", "+c", "=5"]:
    try:
        print(repr(s), repr(format(65, s)), repr(format(0x1F600, s)))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for bad in [".2d", "z", "5,_d", ",b", "#c", "=s", "10.10.10"]:
    try:
        print(format(5, bad))
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
print(f"{12345:,}", f"{-12345:_}", f"{255:#x}", f"{7:03}", f"{2**64:,}", f"{-5:+}", f"{5: }")
print("%d %i %5d %-5d| %05d %+d %x %X %#x %o %#o %c" % (3, 4, 5, 6, 7, 8, 255, 255, 255, 8, 8, 97))
print("{0:b} {0:o} {0:x} {0:X} {0:d} {0:,} {0:_x}".format(2 ** 33 - 1))
print(format(-0, "+"), format(True, "d"), format(True, ""), str(True), format(1, ".0%"))
