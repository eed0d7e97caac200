# copy.copy and copy.deepcopy: shared vs independent nested objects, cycles, __copy__/__deepcopy__, immutables.
import copy
orig = {"list": [1, [2, 3]], "tuple": (4, [5]), "str": "s"}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig["list"][1].append(99)
orig["tuple"][1].append(6)
print(shallow, deep, shallow["list"] is orig["list"], deep["list"] is orig["list"])
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc, repr(dc))
class Node:
    def __init__(self, v, children=()):
        self.v, self.children = v, list(children)
    def __repr__(self):
        return f"Node({self.v}, {self.children})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(tree)
t2.children[1].children[0].v = 40
print(tree, t2)
class Custom:
    def __init__(self, data):
        self.data = data
    def __copy__(self):
        print("  __copy__ called")
        return Custom(self.data)
    def __deepcopy__(self, memo):
        print("  __deepcopy__ called, memo has", len(memo), "entries")
        return Custom(copy.deepcopy(self.data, memo))
c = Custom([1])
c1, c2 = copy.copy(c), copy.deepcopy(c)
print(c1.data is c.data, c2.data is c.data)
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None, copy.copy(5) == 5)
l = [[1]] * 2
dl = copy.deepcopy(l)
print(dl[0] is dl[1])
print(copy.copy(range(3)), copy.deepcopy({1, 2}), copy.copy(frozenset({1})))
