# datetime arithmetic at the edges (overflow, rounding of timedelta arguments and float products) and comparisons across date/datetime and naive/aware values.
from datetime import date, time, datetime, timedelta, timezone
def e(f):
    try:
        return repr(f())
    except Exception as x:
        return f"{type(x).__name__}: {x}"
utc = timezone.utc
print(e(lambda: date.max + timedelta(1)), e(lambda: date.min - timedelta(1)), e(lambda: datetime.max + timedelta(microseconds=1)), e(lambda: datetime.min - timedelta(microseconds=1)))
print(e(lambda: timedelta.max + timedelta.resolution), e(lambda: -timedelta.min), e(lambda: timedelta.max * 2), e(lambda: timedelta(weeks=142857143)), e(lambda: timedelta(days=2 ** 31)))
print(e(lambda: datetime(9999, 12, 31, tzinfo=utc).astimezone(timezone(timedelta(hours=1)))), e(lambda: date(2020, 1, 1) + timedelta(days=10 ** 7)))
for us in (0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 1e-7):
    print(us, repr(timedelta(microseconds=us)), repr(timedelta(seconds=us / 1e6)), repr(timedelta(microseconds=1) * us), repr(timedelta(microseconds=3) / (1 / us) if us else None))
print(timedelta(hours=1) / 7, timedelta(hours=1) // 7, timedelta(hours=-1) // 7, timedelta(minutes=10) / timedelta(minutes=3), timedelta(minutes=10) // timedelta(minutes=3),
      timedelta(minutes=-10) % timedelta(minutes=3), divmod(timedelta(minutes=-10), timedelta(minutes=3)), timedelta(days=1, seconds=1).total_seconds(), timedelta.max.total_seconds())
naive = datetime(2020, 6, 1, 12)
aware = naive.replace(tzinfo=utc)
other = datetime(2020, 6, 1, 14, tzinfo=timezone(timedelta(hours=2)))
print(aware == other, aware < other, aware - other, other - naive.replace(tzinfo=utc), hash(aware) == hash(other), naive == aware, naive != aware)
for f in (lambda: naive < aware, lambda: naive - aware, lambda: naive < date(2020, 6, 1), lambda: date(2020, 6, 1) < naive, lambda: naive == date(2020, 6, 1),
          lambda: date(2020, 6, 1) == naive, lambda: naive - date(2020, 6, 1), lambda: date(2020, 6, 2) - naive, lambda: time(1) < time(1, tzinfo=utc), lambda: time(1) == time(1, tzinfo=utc),
          lambda: time(12, tzinfo=utc) == time(14, tzinfo=timezone(timedelta(hours=2))), lambda: naive < 5, lambda: timedelta(1) < 5, lambda: date(2020, 1, 1) < "x",
          lambda: sorted([datetime(2020, 1, 2), datetime(2020, 1, 1, 23)]), lambda: max(date(2020, 1, 1), date(2019, 12, 31)), lambda: naive + naive, lambda: naive * 2):
    print(e(f))
print(date(2020, 3, 1) - date(2020, 2, 1), date(2021, 3, 1) - date(2021, 2, 1), datetime(2020, 1, 1) - timedelta(seconds=0.5), date(2020, 1, 1) + timedelta(hours=47), date(2020, 1, 1) - timedelta(hours=1))
