# itertools.groupby on sorted and unsorted data, with key functions; run-length encoding and grouping records.
import itertools as it
data = "aaabbcaaa"
print([(k, len(list(g))) for k, g in it.groupby(data)])
print([(k, "".join(g)) for k, g in it.groupby(sorted(data))])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
print({k: list(g) for k, g in it.groupby(sorted(words), key=lambda w: w[0])})
print([(k, list(g)) for k, g in it.groupby(words, key=len)])
records = [("eng", "ann"), ("eng", "bob"), ("ops", "cy"), ("eng", "di"), ("ops", "ed")]
for dept, members in it.groupby(sorted(records), key=lambda r: r[0]):
    print(dept, [m for _, m in members])
groups = it.groupby([1, 1, 2, 2, 3])
first_key, first_group = next(groups)
second_key, _ = next(groups)
print(first_key, list(first_group), second_key)
nums = [1, 2, 4, 5, 6, 9, 10, 12]
runs = [list(g) for _, g in it.groupby(nums, key=lambda v, c=it.count(): v - next(c))]
print(runs)
