# Every list method: append/extend/insert/remove/pop/clear/index/count/sort/reverse/copy with edge cases.
a = [5, 1, 4]
a.append(2)
a.extend([9, 1])
a.extend(range(2))
a.extend("xy")
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "beforelast")
a.insert(-100, "veryfirst")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(1), a.index(4), a.count(1), a.count("z"), a.index("x", 3), a.index("x", -3))
b = a.copy()
b.clear()
print(a, b, len(b))
nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
nums.reverse()
print(nums)
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: [].pop()))
print(err(lambda: [1].pop(5)))
print(err(lambda: [1].remove(2)))
print(err(lambda: [1].index(2)))
print(err(lambda: [1, 2].index(1, 1)))
print(err(lambda: [1].insert("0", 1)))
print(err(lambda: [1].append()))
print(err(lambda: [1].extend(5)))
print(err(lambda: [3, "a"].sort()))
print(err(lambda: [1].sort(key=1)))
print(err(lambda: [1].sort(lambda x: x)))
print(err(lambda: [1].sort(cmp=None)))
c = [1, 2, 3]
c += (4, 5)
c += "ab"
c *= 2
print(c, c.__iadd__([0]) is c, c.__imul__(1) is c)
print(sorted(n for n in dir(list) if not n.startswith("_")))
