# datetime.utcnow() and date.today() take no arguments (METH_NOARGS): keywords are refused first,
# then positional arguments, with CPython's messages.
from datetime import date, datetime, timezone

for f, args, kw in [(datetime.utcnow, (timezone.utc,), {}), (datetime.utcnow, (), {"tzinfo": timezone.utc}),
                    (datetime.utcnow, (1, 2), {"x": 3}), (date.today, (1,), {}), (date.today, (), {"x": 1}),
                    (datetime.today, (1,), {})]:
    try:
        f(*args, **kw)
        print("accepted")
    except TypeError as e:
        print(e)
print(type(datetime.utcnow()).__name__, datetime.utcnow().tzinfo, type(date.today()).__name__)
class D(datetime):
    pass
print(type(D.utcnow()).__name__, type(D.today()).__name__)
for f in (D.today, D.utcnow):
    try:
        f(0)
    except TypeError as e:
        print(e)
