# timedelta's days, seconds and microseconds are read-only member descriptors (PyMemberDef), as _datetime's:
# inspect.ismemberdescriptor, 'readonly attribute', their repr; the other datetime types' descriptor kinds.
import datetime, inspect
td = datetime.timedelta(1, 2, 3)
for n in ['days', 'seconds', 'microseconds']:
    d = vars(datetime.timedelta)[n]
    print(n, type(d).__name__, inspect.ismemberdescriptor(d), inspect.isgetsetdescriptor(d), d.__doc__, d.__objclass__ is datetime.timedelta, d.__get__(td))
    try: setattr(td, n, 5)
    except AttributeError as e: print("AttributeError", e)
    try: delattr(td, n)
    except AttributeError as e: print("AttributeError", e)
    print(repr(d))
import datetime, inspect
for t in [datetime.timedelta, datetime.date, datetime.time, datetime.datetime, datetime.timezone, datetime.tzinfo]:
    for n, v in sorted(vars(t).items()):
        if not callable(v) and not isinstance(v, (int, str, type(None), t)) and n != '__doc__':
            print(t.__name__, n, type(v).__name__)
