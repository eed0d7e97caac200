# exit: 1
# StopIteration leaking out of a generator is converted to RuntimeError (PEP 479); the traceback shows both.
def first_two(it):
    it = iter(it)
    yield next(it)
    yield next(it)
print(list(first_two("ab")))
print(list(first_two("a")))
