# operator.length_hint: a TypeError from __len__ or __length_hint__ means "use the default"
import operator

class Hint:
    def __init__(self, value):
        self.value = value
    def __length_hint__(self):
        if isinstance(self.value, type):
            raise self.value('from hint')
        return self.value

class BadLen(Hint):
    def __len__(self):
        raise TypeError('no len')

class ValLen(Hint):
    def __len__(self):
        raise ValueError('bad len')

def show(*args):
    try:
        print(repr(operator.length_hint(*args)))
    except Exception as e:
        print(type(e).__name__, e)

show([], 2)
show(iter([1, 2, 3]))
show(Hint(2))
show(Hint(NotImplemented), 4)
show(Hint(TypeError), 12)
show(Hint(LookupError), 12)
show(Hint('abc'))
show(Hint(-2))
show(BadLen(5), 1)
show(BadLen(TypeError), 7)
show(ValLen(5), 1)
show(object(), 9)
