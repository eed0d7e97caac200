# set_iterator.__reduce__ is (iter, (what is left,)) without moving the iterator; copy and pickle
# use it, and builtin functions pickle as their names.
import copy, pickle
it = iter({1, 2, 3})
next(it)
r = it.__reduce__()
print(r[0] is iter, r[1])
c = copy.copy(it)
print(list(c), list(it), it.__reduce__()[1])
p = pickle.loads(pickle.dumps(iter({5, 6, 7})))
print(type(p).__name__, list(p))
print(pickle.loads(pickle.dumps(len)) is len, [].append.__reduce__()[0] is getattr, len.__reduce__())
s = {1, 2}
it = iter(s)
s.add(3)
try:
    it.__reduce__()
except RuntimeError as e:
    print("RuntimeError", e)
