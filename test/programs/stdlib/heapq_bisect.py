# heapq (push/pop/heapify/nlargest/nsmallest/merge/replace/pushpop) and bisect (with key= new in 3.10, insort).
import heapq, bisect
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(len(data))])
print(heapq.nlargest(3, [4, 1, 9, 7, 3]), heapq.nsmallest(2, [4, 1, 9, 7, 3]), heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge(["b", "d"], ["a", "c"], reverse=False)))
tasks = []
for prio, name in [(2, "write"), (1, "plan"), (3, "test"), (1, "coffee")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(4)])
a = [1, 3, 3, 5, 8]
print([bisect.bisect_left(a, x) for x in [0, 3, 4, 9]], [bisect.bisect_right(a, x) for x in [0, 3, 4, 9]], bisect.bisect(a, 3))
bisect.insort(a, 4)
bisect.insort_left(a, 3)
print(a)
recs = [("a", 1), ("b", 5), ("c", 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]), bisect.bisect_right(recs, 9, key=lambda r: r[1]))
bisect.insort(recs, ("x", 6), key=lambda r: r[1])
print(recs)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: heapq.heappop([])), err(lambda: bisect.bisect([1], 0, -1)), err(lambda: heapq.heappush([1, "a"], 2)))
