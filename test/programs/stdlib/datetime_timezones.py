# datetime time zones: timezone objects, utcoffset/dst/tzname, astimezone, fromutc, a tzinfo subclass, and the errors of bad tzinfo results.
from datetime import datetime, time, timedelta, timezone, tzinfo
def e(f):
    try:
        return repr(f())
    except Exception as x:
        return f"{type(x).__name__}: {x}"
utc = timezone.utc
cest = timezone(timedelta(hours=2), "CEST")
ist = timezone(timedelta(hours=5, minutes=30))
print(utc, cest, ist, repr(utc), repr(cest), repr(ist), timezone.min, timezone.max, str(timezone(-timedelta(hours=3, seconds=1))))
dt = datetime(2021, 3, 28, 0, 30, tzinfo=utc)
for tz in (utc, cest, ist, timezone(timedelta(hours=-11))):
    t = dt.astimezone(tz)
    print(t, t.utcoffset(), t.dst(), t.tzname(), t == dt, t.timestamp(), t.isoformat(timespec="minutes"))
class Berlin(tzinfo):
    """CET/CEST with the EU rule for 2021 only (enough for this program)."""
    def utcoffset(self, d):
        return timedelta(hours=1) + self.dst(d)
    def dst(self, d):
        start = datetime(2021, 3, 28, 2)
        end = datetime(2021, 10, 31, 3)
        return timedelta(hours=1) if start <= d.replace(tzinfo=None) < end else timedelta(0)
    def tzname(self, d):
        return "CEST" if self.dst(d) else "CET"
b = Berlin()
for h in (0, 1, 2, 3):
    u = datetime(2021, 3, 28, h, tzinfo=utc)
    loc = u.astimezone(b)
    print(u.time(), "->", loc, loc.tzname(), loc.strftime("%H:%M %Z %z"), loc.astimezone(utc) == u)
print(datetime(2021, 7, 1, 12, tzinfo=b) - datetime(2021, 1, 1, 12, tzinfo=b), datetime(2021, 7, 1, 12, tzinfo=b).utctimetuple()[:6])
print(e(lambda: timezone(timedelta(hours=24))), e(lambda: timezone(timedelta(0), 3)), e(lambda: timezone("x")), e(lambda: utc.utcoffset(5)))
print(e(lambda: cest.fromutc(datetime(2020, 1, 1))), e(lambda: cest.fromutc(datetime(2020, 1, 1, tzinfo=cest))), e(lambda: tzinfo().utcoffset(None)))
class Bad(tzinfo):
    def utcoffset(self, d): return 60
    def dst(self, d): return timedelta(days=2)
    def tzname(self, d): return b"x"
bad = datetime(2020, 1, 1, tzinfo=Bad())
print(e(bad.utcoffset), e(bad.dst), e(bad.tzname), e(bad.isoformat), e(lambda: time(1, tzinfo=Bad()).utcoffset()), e(lambda: datetime(2020, 1, 1, tzinfo=3)))
print(cest == timezone(timedelta(hours=2)), hash(cest) == hash(timezone(timedelta(hours=2))), timezone(timedelta(0)) is utc, utc.__reduce__(), cest.__getinitargs__())
