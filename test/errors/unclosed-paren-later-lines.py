def f(x):
    return (x +
            1

y = 2
