# deque under generated operation sequences (with and without maxlen), printed after each step.
from _collections import deque

state = 77
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 33) % n

for trial in range(40):
    d = deque(range(rnd(6)), rnd(8) if rnd(2) else None)
    for step in range(40):
        op = rnd(16)
        v = rnd(10)
        try:
            if op == 0: d.append(v)
            elif op == 1: d.appendleft(v)
            elif op == 2: d.pop()
            elif op == 3: d.popleft()
            elif op == 4: d.extend(range(v % 4))
            elif op == 5: d.extendleft(range(v % 4))
            elif op == 6: d.rotate(v - 5)
            elif op == 7: d.insert(v - 5, "i")
            elif op == 8: d.remove(v)
            elif op == 9: del d[v - 5]
            elif op == 10: d[v - 5] = "s"
            elif op == 11: d.reverse()
            elif op == 12: print("index", d.index(v) if v in d else None, d.count(v))
            elif op == 13: d = d.copy() if v % 2 else d * (v % 3)
            elif op == 14: d += [v, v]
            else: print("cmp", d == deque(list(d)), d < deque([v]), len(d), bool(d))
        except Exception as e:
            print("error", op, type(e).__name__, e)
        print(trial, step, op, d)
