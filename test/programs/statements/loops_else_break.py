# for/while with else, break and continue, nested loops with flags, and iterating over changing ranges.
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("while body", i)
else:
    print("not printed: loop was broken")
j = 0
while j < 3:
    j += 1
else:
    print("while-else runs when the condition becomes false, j =", j)
for x in []:
    print("never")
else:
    print("for-else on empty iterable")
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v * v > 10:
            found = v
            break
    if found:
        break
print("found", found)
total = 0
for i in range(10):
    if i % 2:
        continue
    total += i
print(total)
for i in range(3):
    i = 100
    print("rebinding loop var does not affect iteration:", i)
k = 10
for k in range(3):
    pass
print("loop variable after loop:", k)
for a, (b, *c) in [(1, (2, 3, 4)), (5, (6,))]:
    print(a, b, c)
