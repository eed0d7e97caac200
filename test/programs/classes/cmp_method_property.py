# A comparison method that is a property whose getter raises counts as absent (NotImplemented),
# also for object.__ne__, which asks the type's == ; a getter returning a callable works.
class Bad:
    @property
    def __eq__(self):
        raise KeyError("getter")
for f in (lambda: Bad() == 1, lambda: 1 == Bad(), lambda: Bad() != 1, lambda: [Bad()].count(1), lambda: Bad() in [1], lambda: 1 in [Bad()], lambda: {1: 2} == {1: Bad()}):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
class Bad2:
    @property
    def __eq__(self):
        raise AttributeError("getter")
for f in (lambda: Bad2() == 1, lambda: 1 == Bad2(), lambda: Bad2() != 1):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, e)
class Good:
    @property
    def __eq__(self):
        return lambda other: "eq called"
print(Good() == 1, 1 == Good(), Good() != 1)
