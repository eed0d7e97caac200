# exit: 1
# An uncaught TypeError from calling a function with a wrong keyword, through a decorator.
import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper
@logged
def area(width, height):
    return width * height
print(area(3, 4))
print(area(width=2, height=5))
print(area(3, heigth=4))
