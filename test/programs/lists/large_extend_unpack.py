# Long sequences through extend, +=, unpacking and bytes.join (each once overflowed the JS stack
# or took quadratic time in dislab).
big = list(range(300000))
a = []
a.extend(big)
a += big
a.extend(a)
print(len(a), a[299999], a[-1])
first, *middle, last = big
*init, tail = big
print(first, len(middle), last, len(init), tail)
print(len([*big, *tuple(big)]), len((lambda *args: args)(*big)))
print(len(b"".join([b"ab"] * 100000)), b"-".join([b"x", bytearray(b"y"), memoryview(b"z")]))
print(len(bytearray(b",").join([b"q"] * 70000)))
