# strftime's %Z: tzname() is called once per call, must give None or a str, and its "%" are doubled
# through the str's own replace() (which must return a str); a format or tzname holding a lone
# surrogate fails to encode to UTF-8 as wrap_strftime needs.
from datetime import datetime, time, tzinfo, timedelta

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Zone(tzinfo):
    calls = 0
    def __init__(self, name):
        self.name = name
    def utcoffset(self, dt):
        return timedelta(minutes=3)
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        Zone.calls += 1
        return self.name

class MyStr(str):
    def replace(self, *args):
        return None

class Upper(str):
    def replace(self, old, new):
        return "<" + str.replace(self, old, new).upper() + ">"

for name in ["UTC", "a%b", "%Z%z", MyStr("name"), Upper("x%y"), 42, None, "\ud800", "\udcff", "\U0001f40d"]:
    for obj in (datetime(2005, 3, 2, 1, 2, 3, 4, Zone(name)), time(1, 2, 3, 4, tzinfo=Zone(name))):
        t(lambda: obj.strftime("%H:%M [%Z] [%Z] %z %%Z"))
print("tzname calls", Zone.calls)
d = datetime(2005, 3, 2, 1, 2, 3, 4)
for fmt in ["%Y\ud800", "\udc80", "%f\U0001f40d", "plain", "%Z|%z"]:
    t(lambda: d.strftime(fmt))
    t(lambda: d.date().strftime(fmt))
    t(lambda: d.time().strftime(fmt))
