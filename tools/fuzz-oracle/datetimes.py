import random, sys
# The datetime module (dislab's _datetime is native): random dates, times, datetimes, timedeltas
# and fixed-offset timezones, through constructors with out-of-range fields, arithmetic,
# comparisons (naive against aware), replace, isoformat/fromisoformat, strftime with random
# directives, timestamps in UTC, isocalendar, repr and str, hashing of equal values. Each line is
# the result's repr or the exception's type and message.
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 99)


def num(lo, hi):
    return str(random.choice([random.randint(lo, hi), lo, hi, lo - 1, hi + 1, 0]))


def date():
    return f"date({num(1, 9999)}, {num(1, 12)}, {num(1, 31)})"


def tz():
    return random.choice(["None", "timezone.utc", f"timezone(timedelta(hours={random.randint(-23, 23)}, minutes={random.choice([0, 30, 45])}))",
                          "timezone(timedelta(hours=24))", "timezone(timedelta(seconds=1), 'odd')", "timezone(timedelta(0), 'Z')"])


def time_():
    return f"time({num(0, 23)}, {num(0, 59)}, {num(0, 59)}, {num(0, 999999)}, tzinfo={tz()}, fold={random.choice([0, 1])})"


def dt():
    return f"datetime({num(1, 9999)}, {num(1, 12)}, {num(1, 28)}, {num(0, 23)}, {num(0, 59)}, {num(0, 59)}, {num(0, 999999)}, tzinfo={tz()})"


def td():
    return f"timedelta({random.choice(['days=', 'seconds=', 'microseconds=', 'weeks=', 'hours=', 'minutes=', 'milliseconds='])}{random.choice([random.randint(-10**6, 10**6), random.uniform(-1e5, 1e5), 0, 999999999, -1, 0.5, 1e-7])})"


def value():
    return random.choice([date, time_, dt, td, td, dt])()


FORMATS = ["%Y-%m-%d", "%H:%M:%S.%f", "%a %A %b %B %c", "%j %U %W %w %y", "%z %Z", "%I %p", "%G-W%V-%u", "%%", "%x %X", "%e %-d %Q", "%s"]

exprs = [
    lambda: f"{value()}",
    lambda: f"{dt()} - {dt()}",
    lambda: f"{dt()} + {td()}",
    lambda: f"{date()} + {td()}",
    lambda: f"{date()} - {date()}",
    lambda: f"{td()} * {random.choice(['2', '0.5', '-1', '1.3', '10**9'])}",
    lambda: f"{td()} / {random.choice(['2', td(), '0', '0.25'])}",
    lambda: f"{td()} // {random.choice(['3', td(), '0'])}",
    lambda: f"divmod({td()}, {td()})",
    lambda: f"{td()} % {td()}",
    lambda: f"abs({td()}), -{td()}, str({td()})",
    lambda: f"{td()}.total_seconds()",
    lambda: f"{dt()} < {dt()}",
    lambda: f"{dt()} == {dt()}",
    lambda: f"{date()} < {dt()}",
    lambda: f"{time_()} < {time_()}",
    lambda: f"{dt()}.replace({random.choice(['year', 'month', 'day', 'hour', 'tzinfo', 'fold'])}={random.choice(['0', '13', '2', 'None', 'timezone.utc', '1'])})",
    lambda: f"{dt()}.isoformat({random.choice(['', repr(' '), repr('T')])}{random.choice(['', ', timespec=' + repr(random.choice(['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds', 'nanos']))])})",
    lambda: f"{time_()}.isoformat()",
    lambda: f"datetime.fromisoformat({random.choice(['2020-01-02', '2020-01-02T03:04:05', '2020-01-02 03:04:05.123', '2020-01-02T03:04:05+05:30', '2020-1-2', '2020-01-02T25:00', '2020-01-02T03:04:05.1234567', '20200102', ''])!r})",
    lambda: f"date.fromisoformat({random.choice(['2020-01-02', '2020-02-30', '0000-01-01', '2020-W01-1', 'x'])!r})",
    lambda: f"time.fromisoformat({random.choice(['03:04', '03:04:05.5', '24:00', '03:04:05+01:00', '3:4'])!r})",
    lambda: f"{dt()}.strftime({random.choice(FORMATS)!r})",
    lambda: f"{date()}.isocalendar()",
    lambda: f"{date()}.weekday(), {date()}.isoweekday(), {date()}.toordinal()",
    lambda: f"date.fromordinal({num(1, 3652059)})",
    lambda: f"{dt()}.utcoffset(), {dt()}.tzname(), {dt()}.dst()",
    lambda: f"{dt()}.astimezone({tz()}) if {dt()}.tzinfo else None",
    lambda: f"datetime.fromtimestamp({random.choice(['0', '1e9', '-1', '1.5', '2**40', '1e20'])}, timezone.utc)",
    lambda: f"{dt()}.timestamp() if {dt()}.tzinfo else 0",
    lambda: f"hash({dt()}) == hash({dt()})",
    lambda: f"str({dt()}), repr({time_()})",
    lambda: f"datetime.combine({date()}, {time_()})",
    lambda: f"{dt()}.timetuple()[:9]",
    lambda: f"timedelta(days=1, seconds=-1, microseconds=-1), timedelta.max + timedelta(1)",
    lambda: f"{date()}.replace(month={num(1, 12)}, day={num(1, 31)})",
    lambda: f"format({dt()}, {random.choice(['', '%Y', '%H:%M', 'x'])!r})",
    lambda: f"timezone({td()}), timezone.utc.utcoffset(None)",
]

lines = []
for i in range(int(sys.argv[2]) if len(sys.argv) > 2 else 2500):
    lines.append("t(%r)" % random.choice(exprs)())
sys.stdout.write('''from datetime import date, time, datetime, timedelta, timezone
def t(e):
    try: print(e, "->", ascii(eval(e)))
    except Exception as ex: print(e, "!!", type(ex).__name__, ascii(str(ex)))
''' + "\n".join(lines) + "\n")
