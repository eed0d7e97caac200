# int.__round__ takes an omitted ndigits as "return the int" but an explicit None goes through
# _PyNumber_Index (TypeError); float.__round__ takes None, and round(x, None) calls __round__()
# with no argument, so round() of an int with None still works.
class K(int):
    pass


for f in [lambda: (5).__round__(None), lambda: round(5, None), lambda: (5).__round__(), lambda: (5).__round__(1.0), lambda: True.__round__(None),
          lambda: (2**70).__round__(None), lambda: round(True, None), lambda: round(K(3), None), lambda: K(3).__round__(None), lambda: round(2**70, None),
          lambda: round(5.5, None), lambda: (5.5).__round__(None), lambda: (1234).__round__(-2), lambda: int.__round__(7, None)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
