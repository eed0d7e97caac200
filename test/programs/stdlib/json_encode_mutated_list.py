# json: a list that default() shrinks while it is encoded is read afresh at each item
import json

a = [object()] * 10
def crasher(obj):
    del a[-1]
print(json.dumps(a, default=crasher))

b = [object()] * 4
def grower(obj):
    if len(b) < 6:
        b.append(len(b))
    return 'x'
print(json.dumps(b, default=grower))

class L(list):
    pass
c = L([object()] * 4)
def shrink_sub(obj):
    if c:
        del c[-1]
    return None
print(json.dumps(c, default=shrink_sub))
t = (object(), object())
print(json.dumps(t, default=lambda o: 1), json.dumps([], default=crasher), json.dumps([[object()]], default=lambda o: 2))
print(json.dumps(a, default=crasher, indent=1))
