# sys.set_coroutine_origin_tracking_depth: a new coroutine's cr_origin records that many frames
# (filename, line, function), innermost first, whoever calls the coroutine function; depth 0
# gives None, a negative depth is refused. Generators have no cr_origin.
import sys
async def corofn():
    pass
print(sys.get_coroutine_origin_tracking_depth())
c = corofn(); print(c.cr_origin); c.close()
sys.set_coroutine_origin_tracking_depth(1)
c = corofn(); print(c.cr_origin); c.close()
sys.set_coroutine_origin_tracking_depth(2)
def nested():
    return corofn()
def outer():
    x = 1
    return nested()
c = nested(); print(c.cr_origin); c.close()
c = outer(); print(c.cr_origin); c.close()
sys.set_coroutine_origin_tracking_depth(1000)
c = outer(); print(c.cr_origin); c.close()
cs = list(map(lambda _: corofn(), [1])); print(cs[0].cr_origin); cs[0].close()
def gen():
    yield corofn()
for c in gen():
    print(c.cr_origin); c.close()
class K:
    def __init__(self):
        self.c = corofn()
k = K(); print(k.c.cr_origin); k.c.close()
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print(e)
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(0)
c = corofn(); print(c.cr_origin); c.close()
def g(): yield
print(hasattr(g(), "cr_origin"), hasattr(g(), "gi_origin"))
sys.set_coroutine_origin_tracking_depth(2)
def many():
    lines = set()
    for i in range(300):
        c = corofn()
        lines.add(c.cr_origin)
        c.close()
    return lines
print(many())
sys.set_coroutine_origin_tracking_depth(0)
