# A StopIteration raised by user code inside a builtin iterator's step (filter's __bool__, map's
# function) ends the iteration for the C consumers (list, tuple, sorted, sum, next with a default),
# while next() without a default and __next__ pass the exception itself on.
class StopBool:
    def __bool__(self): raise StopIteration("from __bool__")

def stop_at_two(x):
    if x == 2: raise StopIteration("at two")
    return x * 10

def show(label, f):
    try:
        print(label, "->", repr(f()))
    except BaseException as e:
        print(label, "!!", type(e).__name__, e.args)

show("list(filter(None, [1, StopBool(), 3]))", lambda: list(filter(None, [1, StopBool(), 3])))
show("list(map(stop_at_two, [1, 2, 3]))", lambda: list(map(stop_at_two, [1, 2, 3])))
show("tuple(map(stop_at_two, [1, 2, 3]))", lambda: tuple(map(stop_at_two, [1, 2, 3])))
show("sorted(map(stop_at_two, [3, 1, 2]))", lambda: sorted(map(stop_at_two, [3, 1, 2])))
show("sum(map(stop_at_two, [1, 2, 3]))", lambda: sum(map(stop_at_two, [1, 2, 3])))
show("set(map(stop_at_two, [1, 2]))", lambda: set(map(stop_at_two, [1, 2])))
show("dict.fromkeys(map(stop_at_two, [1, 2]))", lambda: dict.fromkeys(map(stop_at_two, [1, 2])))
show("','.join(map(str, map(stop_at_two, [1, 2])))", lambda: ",".join(map(str, map(stop_at_two, [1, 2]))))
show("next(map(stop_at_two, [2]), 'default')", lambda: next(map(stop_at_two, [2]), "default"))
show("next(map(stop_at_two, [2]))", lambda: next(map(stop_at_two, [2])))
show("map(stop_at_two, [2]).__next__()", lambda: map(stop_at_two, [2]).__next__())
def resumes():
    m = map(stop_at_two, [2, 3])
    first = next(m, "stopped")
    return first, list(m)
show("map resumes after a StopIteration", resumes)
