# Set comprehensions and set-based algorithms on small ints: dedupe, primes, graph reachability.
print({x % 7 for x in range(30)}, {x * x % 11 for x in range(11)})
nums = [5, 3, 5, 1, 3, 9, 1]
seen = set()
unique = [n for n in nums if not (n in seen or seen.add(n))]
print(unique, sorted(set(nums)))
composites = {i * j for i in range(2, 10) for j in range(2, 50) if i * j < 60}
print(sorted(set(range(2, 60)) - composites))
graph = {1: {2, 3}, 2: {4}, 3: {4, 5}, 4: {6}, 5: set(), 6: {1}, 7: {8}, 8: set()}
def reach(start):
    seen, todo = set(), [start]
    while todo:
        n = todo.pop()
        if n not in seen:
            seen.add(n)
            todo.extend(graph[n])
    return seen
print(reach(1), reach(7), reach(5), reach(1) & reach(3), sorted(reach(1) ^ reach(3)))
a = set(range(0, 30, 2)); b = set(range(0, 30, 3)); c = set(range(0, 30, 5))
print(a & b & c, sorted((a | b) - c), len(a ^ b ^ c))
words = ["listen", "silent", "enlist", "google", "gogole", "cat", "act"]
groups = {}
for w in words:
    groups.setdefault(frozenset(w), []).append(w)
print(sorted(sorted(g) for g in groups.values()))
