# Generators as methods and __iter__: a linked list, a tree with in-order traversal, and reversed().
class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
class LinkedList:
    def __init__(self, *vals):
        self.head = None
        for v in reversed(vals):
            self.head = Node(v, self.head)
    def __iter__(self):
        n = self.head
        while n:
            yield n.v
            n = n.nxt
    def __reversed__(self):
        yield from reversed(list(self))
    def __len__(self):
        return sum(1 for _ in self)
ll = LinkedList(1, 2, 3, 4)
print(list(ll), list(reversed(ll)), len(ll), 3 in ll, sum(ll), [v * 2 for v in ll])
class Tree:
    def __init__(self, v, left=None, right=None):
        self.v, self.left, self.right = v, left, right
    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.v
        if self.right:
            yield from self.right
    def depth_first(self, depth=0):
        yield depth, self.v
        for child in (self.left, self.right):
            if child:
                yield from child.depth_first(depth + 1)
t = Tree(5, Tree(3, Tree(1), Tree(4)), Tree(8, None, Tree(9)))
print(list(t), list(t.depth_first()), max(t), sorted(t, reverse=True))
it = iter(t)
print(type(it).__name__, next(it), next(it))
