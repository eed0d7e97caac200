# A small text-processing program: word frequencies, capitalisation, wrapping and a histogram.
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
words = [w.strip(",.").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for w, c in top:
    print(f"{w:<10}{c:>3} {'#' * c}")
print(len(words), len(freq), sum(freq.values()))
lines = text.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:20])
caps = [w for w in text.replace(",", " ").split() if w[0].isupper()]
print(caps)
def wrap(s, width):
    out, line = [], ""
    for w in s.split():
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    out.append(line)
    return out
for l in wrap(text, 36):
    print(f"|{l:<36}|")
vowels = sum(1 for c in text.lower() if c in "aeiou")
print(vowels, text.count("was"), text.title()[:40], text.swapcase()[:20])
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "-".join(reversed("a b c".split())), "racecar" == "racecar"[::-1])
