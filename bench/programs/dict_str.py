# Dictionaries and strings: word counting, joining, formatting.
words = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu " * 3).split()
counts = {}
for i in range(60000):
    w = words[i % len(words)] + str(i % 17)
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
text = ",".join(f"{k}={v}" for k, v in top)
upper = sum(len(s.upper()) for s in counts)
print(len(counts), text, upper)
