# datetime subclasses: __new__ with extra arguments, class methods and arithmetic returning the subclass, reprs that use the subclass name, pickling states, and timezone not subclassable.
import copy
from datetime import date, time, datetime, timedelta, timezone
class Birthday(date):
    def __new__(cls, y, m, d, who="nobody"):
        self = super().__new__(cls, y, m, d)
        self.who = who
        return self
    def __str__(self):
        return f"{self.who}'s birthday {self.isoformat()}"
class Stamp(datetime):
    def hello(self):
        return "stamp " + self.isoformat()
class Span(timedelta):
    pass
class Clock(time):
    pass
b = Birthday(1990, 7, 14, "Ann")
print(b, repr(b), b.who, type(b + timedelta(1)).__name__, type(b - timedelta(1)).__name__, type(b.replace(year=1991)).__name__, b - date(1990, 1, 1))
print(repr(Birthday.fromordinal(1)), repr(Birthday.fromisoformat("2000-01-02")), repr(Birthday.fromisocalendar(2020, 1, 1)), Birthday.today() > date(2000, 1, 1))
s = Stamp(2020, 1, 2, 3, 4, 5)
print(repr(s), s.hello(), repr(s + timedelta(hours=1)), repr(s - timedelta(days=1)), s - Stamp(2020, 1, 1), repr(Stamp.fromtimestamp(86400, timezone.utc)))
print(repr(Stamp.combine(date(2020, 1, 1), time(5))), repr(Stamp.fromisoformat("2020-01-01T01:02:03")), repr(Stamp.strptime("2020-03-04", "%Y-%m-%d")), repr(s.astimezone(timezone.utc)))
print(repr(s.replace(hour=9)), type(s.date()).__name__, type(s.time()).__name__, isinstance(s, date), s == datetime(2020, 1, 2, 3, 4, 5), {s: 1}[datetime(2020, 1, 2, 3, 4, 5)])
print(repr(Span(hours=1)), repr(Span(1) + Span(2)), type(-Span(1)).__name__, repr(Span(minutes=1) * 3), repr(Clock(1, 2)), repr(Clock(1, 2).replace(minute=5)), repr(Clock.fromisoformat("10:11")))
print(Stamp.__reduce_ex__(s, 2), Birthday.__reduce__(b), repr(copy.copy(s)), repr(copy.deepcopy(Span(3))), repr(copy.copy(Clock(4))))
try:
    class Zone(timezone):
        pass
except TypeError as x:
    print("TypeError:", x)
print(Birthday.__mro__, Stamp.min, Stamp.resolution, date.__name__, datetime.__qualname__, timedelta.__module__, repr(type(b)))
