# pprint: pformat of nested structures at different widths, sort_dicts, depth, compact, and recursive objects.
import pprint
data = {"name": "widget", "tags": ["alpha", "beta", "gamma", "delta"], "dims": {"w": 10, "h": 20, "d": [1, 2, 3]},
        "history": [(2020, "created"), (2021, "updated"), (2022, "archived")], "notes": "x" * 30}
print(pprint.pformat(data))
print(pprint.pformat(data, width=40, sort_dicts=False))
print(pprint.pformat(data, depth=1), pprint.pformat(list(range(30)), compact=True, width=30))
r = [1, 2]
r.append(r)
import re
print(re.sub(r"id=\d+", "id=...", pprint.pformat(r)), pprint.isrecursive(r), pprint.isreadable(data), re.sub(r"id=\d+", "id=...", pprint.saferepr(r)))
pprint.pprint({"b": [1] * 20, "a": {"nested": ("t",) * 12}}, width=50)
print(pprint.pformat("a long string " * 8, width=30))
