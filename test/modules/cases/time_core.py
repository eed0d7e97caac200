# time: struct_time, gmtime/localtime/mktime of fixed instants, strftime directives, asctime/ctime,
# argument errors, clock types (values themselves vary).
import time

def show(label, f, *a):
    try:
        print(label, repr(f(*a)))
    except Exception as e:
        print(label, type(e).__name__, e)

# mktime beyond 2**31 is left out: the oracle is a 32-bit build (time_t wraps); year 1 too (its
# libc gives a negative tm_yday there).
for t in [0, 1, -1, 86399, 86400, 951782400, 1000000000, 1234567890, 1709208000, 2**31, -2**31, 4102444800, 253402300799, 1.5, -1.5, 1e10]:
    g = time.gmtime(t)
    show("gmtime", lambda: (g, g.tm_zone, g.tm_gmtoff))
    show("asctime", time.asctime, g)
    show("localtime", lambda: time.localtime(t) == g)
    if -2**31 <= t < 2**31:
        show("mktime", time.mktime, g)
show("gmtime nan", time.gmtime, float("nan"))
show("gmtime str", time.gmtime, "0")
show("gmtime big", time.gmtime, 10**20)
show("gmtime inf", time.gmtime, float("inf"))
show("gmtime 2 args", time.gmtime, 1, 2)
FMT = "%a|%A|%b|%B|%c|%C|%d|%D|%e|%F|%g|%G|%H|%I|%j|%m|%M|%n|%p|%r|%R|%S|%t|%T|%u|%U|%V|%w|%W|%x|%X|%y|%Y|%%|%h"
for t in [0, 951782400, 1000000000, 1234567890, 1704067200, 1703980800, 1735603200, 1609459200, 1262304000, 1293753600, -86400 * 400]:
    show("strftime", time.strftime, FMT, time.gmtime(t))
fixed = (2024, 2, 29, 13, 5, 9, 3, 60, 0)
show("strftime tuple", time.strftime, "%Y/%m/%d %H.%M.%S %a %j %c", fixed)
show("strftime zeros", time.strftime, "%Y %m %d %j", (2024, 0, 0, 0, 0, 0, 0, 0, 0))
show("strftime bad month", time.strftime, "%m", (2024, 13, 1, 0, 0, 0, 0, 1, 0))
show("strftime bad hour", time.strftime, "%H", (2024, 1, 1, 24, 0, 0, 0, 1, 0))
show("strftime wday -1", time.strftime, "%a", (2024, 1, 1, 0, 0, 0, -1, 1, 0))
show("strftime bad wday", time.strftime, "%a", (2024, 1, 1, 0, 0, 0, -2, 1, 0))
show("strftime wday 7", time.strftime, "%a", (2024, 1, 1, 0, 0, 0, 7, 1, 0))
show("strftime short", time.strftime, "%Y", (2024, 1, 1))
show("strftime notuple", time.strftime, "%Y", 5)
show("strftime float", time.strftime, "%Y", (2024.0, 1, 1, 0, 0, 0, 0, 1, 0))
show("strftime nonstr", time.strftime, 5)
show("asctime tuple", time.asctime, fixed)
show("mktime tuple", time.mktime, (2004, 14, 40, 25, 61, 61, 0, 0, 0))
show("mktime short", time.mktime, (1, 2))
show("ctime", time.ctime, 1000000000)
st = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 7, 0))
show("struct_time", lambda: (st, st.tm_year, st[1], len(st), st.tm_zone, tuple(st)))
show("struct_time 11", lambda: time.struct_time((2000, 1, 2, 3, 4, 5, 6, 7, 0, "X", 3600)).tm_zone)
show("struct_time short", time.struct_time, (1, 2, 3))
show("struct_time long", time.struct_time, tuple(range(12)))
show("struct_time fields", lambda: (time.struct_time.n_fields, time.struct_time.n_sequence_fields))
show("struct_time eq", lambda: time.gmtime(0) == (1970, 1, 1, 0, 0, 0, 3, 1, 0))
show("clocks", lambda: [type(f()).__name__ for f in (time.time, time.time_ns, time.monotonic, time.monotonic_ns, time.perf_counter, time.perf_counter_ns, time.process_time)])
show("monotonic order", lambda: time.monotonic() <= time.monotonic())
show("sleep", time.sleep, 0.01)
show("sleep neg", time.sleep, -1)
show("sleep str", time.sleep, "1")
show("clock info", lambda: (time.get_clock_info("monotonic").monotonic, time.get_clock_info("time").adjustable))
show("clock info bad", time.get_clock_info, "nope")
show("tz", lambda: (time.timezone, time.altzone, time.daylight))
