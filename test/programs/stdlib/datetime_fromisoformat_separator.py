# datetime.fromisoformat takes any character as the date/time separator, a lone surrogate too
# (it stands for "T"); a surrogate anywhere else, or in date/time.fromisoformat, is invalid.
from datetime import date, datetime, time

def t(f, s):
    try:
        print(repr(f(s)))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["2018-01-31T23:59:47.124789", "2018-01-31\ud80023:59:47.124789", "2018-01-31\udfff23:59",
          "2018-01-31\U0001f40d23:59:47", "2018-01-31 23:59:47+01:00", "2018-01-31\u200023:59:47",
          "2018-01-3\ud800T23:59", "2018-01-31T23:5\ud800", "2018-01-31\ud800", "2018-01-31\ud800\udc0023:59",
          "\ud800018-01-31T23:59"]:
    t(datetime.fromisoformat, s)
t(date.fromisoformat, "2018-01-3\ud800")
t(time.fromisoformat, "23:59\ud80047")
