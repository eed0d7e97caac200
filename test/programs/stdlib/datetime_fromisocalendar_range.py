# date.fromisocalendar: a component past a C int is "ISO calendar component out of range"
# (ValueError, as fromisocalendar turns the "iii" parser's OverflowError into), the others keep
# their own messages and types.
from datetime import date, datetime

def t(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

for isocal in [(8589934592, 1, 1), (1, 8589934592, 1), (1, 1, 8589934592), (2**31, 1, 1), (2**31 - 1, 1, 1),
               (1, 2**63, 1), (-2**31 - 1, 1, 1), (1, 1, -2**64), (1, 1, 1.5), ("1", 1, 1), (10000, 1, 1),
               (2020, 53, 1), (2021, 53, 1), (2020, 0, 1), (2020, 1, 8), (2020, 1, 0), (9999, 52, 5), (1, 1, 1)]:
    t(date.fromisocalendar, *isocal)
    t(datetime.fromisocalendar, *isocal)
t(lambda: date.fromisocalendar(year=2020, week=2**40, day=1))
