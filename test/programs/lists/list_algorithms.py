# Classic list algorithms written by hand: binary search, merge sort, quicksort, permutations, sieve.
def bsearch(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
a = [1, 3, 3, 5, 8, 13, 21]
print([bsearch(a, x) for x in [0, 1, 3, 4, 21, 22]])
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    p, *rest = xs
    return quicksort([x for x in rest if x < p]) + [p] + quicksort([x for x in rest if x >= p])
data = [(i * 7919) % 101 for i in range(40)]
print(merge_sort(data) == sorted(data) == quicksort(data), merge_sort(data)[:10])
def perms(xs):
    if not xs:
        return [[]]
    return [[x] + p for i, x in enumerate(xs) for p in perms(xs[:i] + xs[i + 1:])]
print(perms([1, 2, 3]), len(perms(list(range(5)))))
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(is_p[i * i::i])
    return [i for i, p in enumerate(is_p) if p]
print(sieve(60), len(sieve(10000)))
def rotate(m):
    return [list(r) for r in zip(*m[::-1])]
print(rotate([[1, 2, 3], [4, 5, 6]]), rotate(rotate([[1, 2], [3, 4]])))
