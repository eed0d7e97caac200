# timedelta * and / by a float subclass use the subclass's own as_integer_ratio(): its result must be
# a 2-tuple (TypeError / ValueError otherwise) of ints, and is used as it is (issue 31293).
from datetime import timedelta
def get_bad_float(bad_ratio):
    class BadFloat(float):
        def as_integer_ratio(self):
            return bad_ratio
    return BadFloat()
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for r in [1 << 1000, (), (42,), (1, 2, 3), (3, 2), (1.5, 2), (1, 0), [1, 2], ((1 << 1000) - 1, 1)]:
    t(lambda: timedelta(1) / get_bad_float(r))
    t(lambda: timedelta(1) * get_bad_float(r))
    t(lambda: get_bad_float(r) * timedelta(1))
class F(float):
    def as_integer_ratio(self): return (1, 4)
t(lambda: timedelta(1) * F(3.0))
t(lambda: timedelta(1) / F(3.0))
class G(float):
    pass
print(timedelta(1) * G(0.5), timedelta(1) / G(0.5), G(2.5) * timedelta(seconds=1))
