# datetime text: isoformat with every timespec, strftime with %f %z %Z, format(), str/repr of each type, fromisoformat accepted and rejected strings, strptime.
from datetime import date, time, datetime, timedelta, timezone
def e(f):
    try:
        return repr(f())
    except Exception as x:
        return f"{type(x).__name__}: {x}"
tz = timezone(timedelta(hours=-3, minutes=-30, seconds=-15))
dt = datetime(2009, 2, 13, 23, 31, 30, 123456, tzinfo=tz)
for spec in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds", "nanoseconds"):
    print(spec, e(lambda: dt.isoformat(timespec=spec)), e(lambda: dt.time().isoformat(spec)), e(lambda: dt.replace(microsecond=0).isoformat(" ", spec)))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %z %Z %a %A %b %B %j %U %W %w %y %p %I %%"), format(dt, "%d/%m"), f"{dt:%H}", format(dt, ""), format(dt.date(), ""))
print(time(7, 8, 9, 10, tz).strftime("%H %M %S %f %z %Z %Y"), date(5, 1, 1).isoformat(), date(2020, 1, 1).ctime(), dt.ctime(), str(dt), repr(dt), repr(dt.date()), repr(dt.timetz()))
print(e(lambda: dt.isoformat("")), e(lambda: dt.isoformat(sep="--")), e(lambda: dt.strftime(5)), e(lambda: format(dt, 5)), e(lambda: time().isoformat(timespec=1)))
ok = ["2020-02-29", "2020-02-29T12", "2020-02-29 12:34", "2020-02-29T12:34:56", "2020-02-29T12:34:56.789", "2020-02-29T12:34:56.789012",
      "2020-02-29T12:34:56+05:30", "2020-02-29T12:34:56-00:00", "2020-02-29T12:34:56.5+01:00", "2020-02-29T00:00:00+23:59:59.999999", "2020-02-29ü12:00"]
bad = ["2020-2-29", "2020-02-30", "2020-02-29T", "2020-02-29T1", "2020-02-29T12:3", "2020-02-29T12:34:56.7890", "2020-02-29T12:34:56Z", "2020-02-29T12:34:56+0530",
       "2020-02-29T24:00", "2020-02-29T12:60", "20200229", "", "2020-02-29T12:34:56+05", "2020-02-29T12:34:56+24:00"]
for s in ok + bad:
    print(repr(s), e(lambda: datetime.fromisoformat(s)))
for s in ["12", "12:34", "12:34:56.1", "12:34:56.123", "12:34:56.123456-01:00", "1234", "12:34:", "25:00", "12:34:56.1234567"]:
    print(repr(s), e(lambda: time.fromisoformat(s)))
print(e(lambda: date.fromisoformat("2020-02-29T00:00")), e(lambda: date.fromisoformat(20200229)), e(lambda: datetime.fromisoformat(None)))
print(datetime.strptime("2020-05-17 08:09:10.5", "%Y-%m-%d %H:%M:%S.%f"), datetime.strptime("Mon Jan  5 2015 +0200", "%a %b %d %Y %z"), e(lambda: datetime.strptime("2020", "%Y %m")))
