# time.asctime/strftime/mktime read each time-tuple field as a C int: a value too large for a C long,
# and a year below INT_MIN + 1900, are OverflowError; a NUL in strftime's format is ValueError
import time

def show(f, *args):
    try:
        print(f.__name__, repr(f(*args)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

big = 1 << 31
huge = 1 << 70
for year in [big - 1, -big, -big + 1899, -big + 1900, huge, -huge]:
    tt = (year,) + (1,) * 8
    show(time.asctime, tt)
    show(time.strftime, '%Y', tt)
    show(time.mktime, tt) if abs(year) > big else None
for i in range(1, 9):
    tt = [2000] + [1] * 8
    tt[i] = huge
    show(time.asctime, tuple(tt))
show(time.strftime, '%S\0', (2000,) + (1,) * 8)
show(time.strftime, '\0', (2000,) + (1,) * 8)
show(time.strftime, '\0', (2000, 13) + (1,) * 7)
show(time.asctime, (1, 1, 1, 0, 0, 0, 0, 1, 0))
show(time.asctime, (-1, 1, 1, 0, 0, 0, 0, 1, 0))
show(time.asctime, (12345, 1, 1, 0, 0, 0, 0, 1, 0))
show(time.strftime, '%Y', (12345, 1, 1, 0, 0, 0, 0, 1, 0))
show(time.strftime, '%Y', (1, 1, 1, 0, 0, 0, 0, 1, 0))
