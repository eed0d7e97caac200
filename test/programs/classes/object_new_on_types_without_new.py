# object.__new__(T) for a builtin type without a constructor of its own (tp_new NULL: frames,
# generators, iterators, builtin methods, re's types): tp_new_wrapper finds T's tp_new is not
# object's and says so; calling T() says it cannot create instances.
import types, re, sys

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def gen():
    yield 1

for t in [types.FrameType, types.GeneratorType, type(len), type(iter([])), type(iter({})), type(re.compile("a").scanner("")), re.Match]:
    show(lambda: object.__new__(t))
    show(lambda: t.__new__(t))
    show(lambda: t())
show(lambda: object.__new__(types.CodeType))
show(lambda: object.__new__(types.MethodType))
show(lambda: object.__new__(int))
show(lambda: int.__new__(bool))
