# time: only deterministic parts - gmtime of fixed instants, strftime/strptime of fixed tuples, struct_time fields.
import time
t0 = time.gmtime(0)
print(t0, tuple(t0), t0.tm_year, t0.tm_wday, t0.tm_yday, t0.tm_isdst)
t = time.gmtime(1_000_000_000)
print(time.strftime("%Y-%m-%d %H:%M:%S", t), time.strftime("%a %A %b %B %j %U %w %y %p %I %%", t), time.asctime(t))
fixed = (2024, 2, 29, 13, 5, 9, 3, 60, 0)
print(time.strftime("%Y/%m/%d %H.%M.%S %a %j", fixed), time.strftime("%c", fixed), time.strftime("%x %X", fixed))
p = time.strptime("2021-12-25 08:30", "%Y-%m-%d %H:%M")
print(p.tm_year, p.tm_mon, p.tm_mday, p.tm_hour, p.tm_min, p.tm_wday, p.tm_yday, tuple(p)[:6])
print(time.strptime("31 Jan 1999", "%d %b %Y")[:3], time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, -1)).tm_wday)
import calendar
print(calendar.timegm(t), calendar.timegm(fixed), calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.weekday(2000, 1, 1))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: time.strptime("2021-13-01", "%Y-%m-%d")), err(lambda: time.strptime("x", "%Y")), err(lambda: time.gmtime("0")))
print(isinstance(time.time(), float), isinstance(time.monotonic(), float), time.perf_counter() >= 0, type(time.time_ns()).__name__)
