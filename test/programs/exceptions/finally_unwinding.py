# finally and with blocks unwinding through several frames on exceptions, returns and breaks.
log = []
class Guard:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append(f"enter {self.name}")
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} {et.__name__ if et else '-'}")
def level3():
    with Guard("l3"):
        try:
            raise ValueError("deep")
        finally:
            log.append("finally l3")
def level2():
    try:
        with Guard("l2"):
            level3()
    finally:
        log.append("finally l2")
def level1():
    try:
        level2()
    except ValueError as e:
        log.append(f"caught {e}")
        return "handled"
    finally:
        log.append("finally l1")
print(level1())
print("\n".join(log))
log.clear()
def gen():
    try:
        with Guard("gen"):
            yield 1
            yield 2
    finally:
        log.append("gen finally")
for v in gen():
    if v == 1:
        break
print(log)
log.clear()
def count_finally(n):
    if n == 0:
        raise KeyError("bottom")
    try:
        count_finally(n - 1)
    finally:
        log.append(f"unwind {n}")
try:
    count_finally(4)
except KeyError:
    pass
print(log)
def return_in_loop():
    for i in range(3):
        try:
            return i
        finally:
            log.append(f"loop finally {i}")
log.clear()
print(return_in_loop(), log)
