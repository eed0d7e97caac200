# Small-int arithmetic: every binary operator, signs, and mixing with bool.
values = [0, 1, -1, 2, -2, 7, -7, 10, -13, 255]
for a in values:
    row = []
    for b in values:
        row.append(a + b)
        row.append(a - b)
        row.append(a * b)
    print(a, row)
for a in values:
    for b in values:
        if b:
            print(a, b, a // b, a % b, divmod(a, b), a / b)
print(True + True, True * 10, False - 1, -True, +False, ~True)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4, 2 ** -1, (-8) ** -1, 10 ** -3)
print(abs(-5), abs(5), abs(0), -(-3), +(-3))
x = 5
x += 3; print(x)
x -= 10; print(x)
x *= -4; print(x)
x //= 3; print(x)
x %= 5; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0xff; print(x)
x |= 0x100; print(x)
x ^= 0x1ff; print(x)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, 1 != 2, 5 >= 5 <= 6)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
