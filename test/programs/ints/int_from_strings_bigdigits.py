# Conversions between ints and decimal/hex/binary strings for big values, in both directions.
for e in [10, 50, 100, 300, 1000]:
    n = 7 ** e
    s = str(n)
    print(e, len(s), s[:15], s[-15:], int(s) == n, int(hex(n), 16) == n, int(bin(n), 0) == n, int(oct(n)[2:], 8) == n)
n = -(3 ** 500)
print(str(n)[:30], hex(n)[:30], len(bin(n)))
print(int("9" * 300) + 1 == 10 ** 300)
print(int("-" + "1" * 200) % 1000003)
print(format(2 ** 200, ","))
print(format(-(2 ** 150), "_x"))
print(format(12 ** 60, "e"), format(12 ** 60, ".30g"), float(12 ** 60))
