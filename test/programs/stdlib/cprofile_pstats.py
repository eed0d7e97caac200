# cProfile and pstats over _lsprof: Profile as a context manager, runcall, runctx, run and the
# command line (cProfile.main through runpy, -o FILE), and pstats' reports. The timer counts its
# own calls, so the times pstats prints are exact; stdlib paths are stripped (strip_dirs) because
# the oracle's stdlib lives elsewhere.
import cProfile
import pstats
import runpy
import sys

ticks = 0


def clock():
    global ticks
    ticks += 1
    return ticks


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def work():
    out = []
    for i in range(5):
        out.append(fib(i))
    s = sorted(out, reverse=True)
    return sum(s), max(s), "-".join(map(str, s))


class C:
    def __init__(self):
        self.x = [1, 2]

    def m(self):
        return len(self.x)


def gen():
    for i in range(3):
        yield i


def main():
    work()
    C().m()
    list(gen())
    {1: 2}.get(1)
    [3, 1].sort()
    try:
        int("x")
    except ValueError:
        pass


with cProfile.Profile(clock, 1.0) as p:
    main()
st = pstats.Stats(p, stream=sys.stdout).strip_dirs()
st.sort_stats("cumulative", "name").print_stats()
st.sort_stats("calls", "name").print_callers()
st.sort_stats("tottime", "name").print_callees("fib|work")
st.sort_stats(pstats.SortKey.PCALLS, pstats.SortKey.LINE).print_stats(3)
print(st.total_calls, st.prim_calls, st.total_tt)

p2 = cProfile.Profile(clock, 1.0)
print(p2.runcall(fib, 6))
pstats.Stats(p2, stream=sys.stdout).strip_dirs().sort_stats(pstats.SortKey.NAME).print_stats()

p3 = cProfile.Profile(clock, 1.0)
p3.runctx("r = [fib(i) for i in range(k)]", {"fib": fib}, {"k": 4})
pstats.Stats(p3, stream=sys.stdout).strip_dirs().sort_stats("name").print_stats()


def counts(stats):
    """(function, primitive calls, total calls) sorted; no times (run and main use the real clock)."""
    rows = []
    for (file, line, name), (cc, nc, tt, ct, callers) in stats.stats.items():
        rows.append((file.rsplit("/", 1)[-1], line, name, cc, nc, sorted(f[2] for f in callers)))
    return sorted(rows)


cProfile.run("fib(5)", "/tmp/run.prof")
for row in counts(pstats.Stats("/tmp/run.prof")):
    print(row)

# the command line: python -m cProfile -o FILE SCRIPT ARGS
saved = sys.argv[:]
sys.argv = ["cProfile", "-o", "/tmp/main.prof", "test/programs/stdlib/_cprofile_target.py", "x", "y"]
runpy.run_module("cProfile", run_name="__main__")
sys.argv = saved
both = pstats.Stats("/tmp/main.prof")
for row in counts(both):
    print(row)
both.add("/tmp/run.prof")
print(len(both.stats), both.total_calls, both.prim_calls)
