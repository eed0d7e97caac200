# --- method chains across lines
x = (a.b(
    1)
    .c(
    2)
    .d)
y = (a
     .b
     [c]
     .d())
# --- decorators and class keywords over lines
@decorator(
    1,
    2)
@other
def f(
    a,
    b=(
        1),
):
    return (a,
            b)
class C(
    Base,
    metaclass=M):
    pass
# --- multi-line conditions
if (a and
        b or
        c):
    pass
while (x <
       y):
    z()
assert (a
        ), (
    "message")
r = (a if
     b else
     c)
# --- multi-line assignments and augmented assignments
a.b \
    += 1
a[
  1] += 2
(a,
 b) = (c,
       d)
x = y = \
    z
# --- multi-line calls with keywords and stars
f(a,
  *b,
  c=1,
  **d)
g(x=1,
  y=2)
# --- multi-line comprehensions and lambdas
z = {k:
     v
     for k, v
     in d
     if k}
w = lambda a: (
    a +
    1)
# --- statements after blank lines and comments
x = 1

# comment

y = 2
# --- return on another line than its value
def f():
    return (
        x)
def g():
    return \
        1
# --- with and try spanning lines
with (
    open(a)) as f:
    pass
try:
    pass
except (E,
        F) as e:
    pass
