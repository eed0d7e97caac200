# exit: 1
# assert: passing, failing with and without a message, message evaluated lazily; ends in an uncaught AssertionError.
def err(f):
    try:
        f()
        return "passed"
    except AssertionError as e:
        return f"AssertionError: {e!r} args={e.args}"
def check(x):
    assert x > 0
def check_msg(x):
    assert x > 0, f"x must be positive, got {x}"
def check_obj(x):
    assert x, ["list", "message"]
calls = []
def msg():
    calls.append("msg evaluated")
    return "lazy"
def check_lazy(x):
    assert x, msg()
print(err(lambda: check(1)), err(lambda: check(-1)), err(lambda: check_msg(-2)), err(lambda: check_obj(0)))
print(err(lambda: check_lazy(True)), calls, err(lambda: check_lazy(False)), calls)
def average(values):
    assert len(values) > 0, "average of an empty list"
    return sum(values) / len(values)
print(average([1, 2, 3]))
print(average([]))
