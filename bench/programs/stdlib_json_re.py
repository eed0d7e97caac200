# The standard library at work: json.dumps/loads of nested records, re.findall and re.sub with groups.
import json, re
data = [{"id": i, "name": "item%d" % i, "tags": ["a", "b", str(i % 7)], "price": i * 1.25} for i in range(3000)]
for _ in range(5):
    s = json.dumps(data)
    back = json.loads(s)
text = " ".join("word%d foo-bar baz_%d" % (i, i * 3) for i in range(5000))
n = 0
for _ in range(5):
    n += len(re.findall(r"\b[a-z]+\d+\b", text))
    n += len(re.sub(r"(\w+)-(\w+)", r"\2-\1", text))
print(len(s), len(back), n)
