# collections.deque (maxlen, rotate, extendleft, index, remove) and ChainMap (lookup chain, new_child, parents).
from collections import deque, ChainMap, UserDict, UserList, UserString
d = deque(range(5), maxlen=7)
d.extend([5, 6, 7])
print(d, d.maxlen)
d.appendleft(-1)
print(d)
d.rotate(3)
print(d, d.index(6), d.count(5), d[0], d[-1])
d.remove(5)
d.extendleft("ab")
print(d, d.popleft(), d.pop(), list(reversed(d)), len(d))
d.clear()
print(d, deque("xyz")[1], deque([1, 2]) == deque([1, 2]), deque([1]) + deque([2]), deque([1, 2]) * 2)
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: deque().pop()), err(lambda: deque([1]).remove(2)), err(lambda: deque([1])[5]), err(lambda: deque(maxlen=-1)))
defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cm = ChainMap(env, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm), cm.maps)
child = cm.new_child({"color": "blue"})
print(child["color"], child.parents["color"], child)
cm["new"] = 1
print(env, err(lambda: cm.pop("color")))
class Upper(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper(a=1)
u["b"] = 2
print(u, u.data, UserList([1, 2]) + [3], UserString("abc").upper(), type(UserString("x") + "y").__name__)
