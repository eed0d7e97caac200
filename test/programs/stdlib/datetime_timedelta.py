# datetime.timedelta: normalisation, arithmetic, division, comparisons, str/repr, total_seconds, and extremes.
from datetime import timedelta as td
print(td(days=1, hours=25, minutes=61, seconds=3661), td(seconds=-1), td(microseconds=-1), td(weeks=2, milliseconds=1500), td(days=-1.5))
print(repr(td(hours=1)), repr(td(0)), repr(td(days=-1, seconds=5)), str(td(days=3, seconds=45296)), str(td(days=-3)))
a, b = td(hours=5), td(minutes=45)
print(a + b, a - b, b - a, a * 3, a * 0.5, 2.5 * b, a / b, a // b, a % b, divmod(a, b), a / 4, a // 7, -a, abs(-a), +a)
print(a > b, a == td(seconds=18000), td(0) == td(), bool(td(0)), bool(td(microseconds=1)), sorted([a, b, td(0)]), max(a, b))
print(a.total_seconds(), a.days, a.seconds, a.microseconds, td(days=1, microseconds=5).total_seconds(), td.max, td.min, td.resolution)
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: td(days=10 ** 9)), err(lambda: a / 0), err(lambda: a + 1), err(lambda: a * "2"), err(lambda: td.max + td(1)))
