# bytes and bytearray as sequences: iteration, enumerate, zip, sorting, comparisons, in/not in, hashing.
b = b"banana"
print(list(b), list(enumerate(b))[:3], [chr(c) for c in b], sorted(set(b)), dict.fromkeys(b).__len__())
print(b.count(b"a"), b.index(b"n"), b[::-1], b.rfind(b"an"), bytes(sorted(b)), bytes(reversed(b)))
print([x == y for x, y in zip(b"abc", bytearray(b"abd"))], b"ab" < b"abc", bytearray(b"z") > b"a", min(b), max(b))
print(b"an" in b, 110 in b, b"" in b, bytearray(b"na") in b, b"na" in bytearray(b), {b"k": 1}[bytes(bytearray(b"k"))])
words = [b"pear", b"Apple", b"fig", b"apple"]
print(sorted(words), sorted(words, key=len), sorted(words, key=bytes.lower), max(words))
print(tuple(b"xy"), bytes(tuple(b"xy")), bytearray(b"xy") * 2, b"-".join(words))
