# datetime inherits date.strftime (which asks self.timetuple() and reads %f/%z/%Z from self),
# time has no __bool__ of its own (every time is true), and timezone.__getinitargs__ is a method.
from datetime import date, datetime, time, timezone, timedelta

print("strftime" in datetime.__dict__, datetime.strftime is date.strftime, datetime.strftime)
fmt = "%Y-%m-%d %H:%M:%S.%f %z %Z %j %a"
print(date(2024, 2, 29).strftime(fmt))
print(datetime(2024, 2, 29, 13, 5, 9, 4321).strftime(fmt))
print(datetime(2024, 2, 29, 13, 5, 9, 4321, timezone(timedelta(hours=-3), "X")).strftime(fmt))
print(date.strftime(datetime(2001, 1, 1, 23, 59), "%H:%M"))

class Shifted(datetime):
    def timetuple(self):
        return datetime.timetuple(self + timedelta(days=1))
print(Shifted(2020, 12, 31, 6).strftime("%Y-%m-%d %H %f"))

class Plain(date):
    def timetuple(self):
        return datetime(1999, 12, 31, 23, 58).timetuple()
print(Plain(2020, 1, 1).strftime("%Y %H:%M %f"), format(Plain(2020, 1, 1), "%d"))

print("__bool__" in time.__dict__, bool(time(0)), bool(time(0, tzinfo=timezone(timedelta(hours=5)))), bool(time()))
tz = timezone(timedelta(hours=2), "Two")
print(type(timezone.__dict__["__getinitargs__"]).__name__, tz.__getinitargs__(), timezone.utc.__getinitargs__(), tz.__reduce__())
