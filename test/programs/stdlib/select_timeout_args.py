# select() and poll() timeouts as _PyTime_t: NaN, values past 2**63 ns and (for poll) past a C int
# of milliseconds are errors, not waits; types other than float and int (through __index__) are
# TypeErrors with each function's message.
import select

class F:
    def __float__(self): return 0.0

class I:
    def __index__(self): return 0

p = select.poll()
cases = [('select', lambda t: select.select([], [], [], t)), ('poll', p.poll)]
for name, f in cases:
    for t in ('x', b'', [], 1j, F(), I(), True, 0.0001, -0.0, 1e-10, float('nan'), 1e300, -1e300, 2**80, -2**80,
              float('inf'), float('-inf'), 2**31, -2**31 - 1, 2.0**31, 9223372037, -9223372037, 9223372036854776):
        if name == 'select' and t in (2**31, 2.0**31):
            continue
        try:
            f(t)
            print(name, repr(t) if not isinstance(t, (F, I)) else type(t).__name__, 'ok')
        except Exception as ex:
            print(name, repr(t) if not isinstance(t, (F, I)) else type(t).__name__, type(ex).__name__, ex)
