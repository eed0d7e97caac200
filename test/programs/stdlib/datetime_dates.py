# datetime: date/time/datetime construction, arithmetic with timedelta, formatting, parsing, weekday and ISO calendars.
from datetime import date, time, datetime, timedelta, timezone
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 12, 25), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal())
print(d.strftime("%A %d %B %Y"), d.isoformat(), date.fromisoformat("2000-01-01"), date.fromordinal(1), d.replace(year=2023), d.timetuple()[:3])
t = time(13, 5, 9, 250)
print(t, repr(t), t.isoformat(timespec="milliseconds"), t.strftime("%I:%M %p"), t.replace(hour=1), time())
dt = datetime(2021, 12, 31, 23, 59, 30)
print(dt, repr(dt), dt + timedelta(seconds=45), dt.date(), dt.time(), dt.isoformat(sep=" "), dt.strftime("%Y%m%dT%H%M%S"), dt.timestamp() if dt.tzinfo else "naive")
utc = dt.replace(tzinfo=timezone.utc)
plus2 = timezone(timedelta(hours=2), "CEST")
print(utc, utc.astimezone(plus2), utc.timestamp(), utc.utcoffset(), plus2.tzname(None), repr(timezone(timedelta(hours=-5, minutes=-30))))
print(datetime.fromisoformat("2020-05-17T08:09:10.123456"), datetime.strptime("17/05/2020 08:09", "%d/%m/%Y %H:%M"), datetime.fromtimestamp(0, timezone.utc))
print(datetime(2020, 1, 1) < datetime(2020, 1, 2), max(date(2020, 5, 1), date(2019, 12, 31)), sorted([date(2020, 1, 2), date(2019, 1, 1)]))
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: date(2023, 2, 29)), err(lambda: time(24)), err(lambda: datetime(2020, 1, 1) - date(2020, 1, 1)), err(lambda: datetime(2020, 1, 1) < utc))
print(err(lambda: date.fromisoformat("2020-1-1")), err(lambda: datetime.strptime("x", "%Y")), date.min, date.max, datetime.resolution)
