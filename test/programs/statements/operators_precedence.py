# Operator precedence and associativity across arithmetic, bitwise, comparison, boolean and conditional operators.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 2 * -3, 10 - 4 - 3, 100 / 10 / 5, 2 ** -1)
print(1 + 2 << 3, 1 + (2 << 3), 6 & 3 | 8, 6 & (3 | 8), 5 ^ 3 & 1, ~0 + 1, -~5, ~-5, not 1 + 1 == 3)
print(1 < 2 == 2, (1 < 2) == 2, 1 < 2 < 3 > 2, 3 > 2 > 1 > 0, 1 == 1.0 == True, "a" < "b" != "c")
print(True or False and False, (True or False) and False, not True or True, not (True or True))
print(1 if True else 2 if False else 3, (1 if False else 2) + 10, 0 or 1 if 0 else 5)
print(7 // 2 * 2 + 7 % 2, -7 // 2, -(7 // 2), 7 % -3, 2 * 3 % 4, 2 * (3 % 4), 15 // 4 ** 1)
print(1 in [1] == True, (1 in [1]) == True, 2 not in [1] is True, [1] + [2] * 2, "ab" * 2 + "c")
print(- - 3, + - 3, not not 0, 3 - -3, 4 ** .5, 8 >> 1 + 1, (8 >> 1) + 1, 1 | 2 ^ 3 & 4)
x = 10
print(x if x > 5 else 0, (lambda: x)(), [x] * 2, x in range(11), x is not None)
