# fromisoformat of date, time and datetime over 6000 mutations of valid ISO strings (deleted, inserted, truncated characters).
import random
from datetime import date, time, datetime, timedelta, timezone
r = random.Random(777)
def e(f):
    try:
        return repr(f())
    except Exception as x:
        return f"{type(x).__name__}: {x}"
base = ["2020-02-29T12:34:56.789012+05:30", "2020-02-29 12:34", "1999-12-31T23:59:59-00:00:30", "0001-01-01T00:00:00.000+23:59:59.999999", "12:34:56.789", "2020-02-29"]
alphabet = "0123456789-:+.T Zé "
for i in range(6000):
    s = r.choice(base)
    for _ in range(r.randint(0, 3)):
        k = r.random()
        p = r.randint(0, len(s))
        if k < 0.4 and s: s = s[:p] + s[p + 1:]
        elif k < 0.8: s = s[:p] + r.choice(alphabet) + s[p:]
        else: s = s[:p]
    print(repr(s), e(lambda: datetime.fromisoformat(s)), e(lambda: time.fromisoformat(s)), e(lambda: date.fromisoformat(s)))
