# stdin-line: the quick brown fox
# stdin-line: jumps over the lazy dog
# stdin-line: the dog sleeps
# A wc-like program over stdin: lines, words, characters and the most common words.
import sys
lines = 0
words = 0
chars = 0
counts = {}
for line in sys.stdin:
    lines += 1
    chars += len(line)
    for w in line.split():
        words += 1
        counts[w] = counts.get(w, 0) + 1
print(lines, words, chars)
for w, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]:
    print(f"{n} {w}")
