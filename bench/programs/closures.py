# Closures, lambdas and higher-order functions.
def make_adder(n):
    def add(x):
        return x + n
    return add


def compose(f, g):
    return lambda x: f(g(x))


adders = [make_adder(i) for i in range(10)]
total = 0
for i in range(30000):
    f = compose(adders[i % 10], adders[(i * 7) % 10])
    total += f(i)
print(total, sum(map(lambda x: x * 2, filter(lambda x: x % 3, range(100000)))))
