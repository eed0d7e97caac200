# Generators and generator pipelines.
def numbers(n):
    for i in range(n):
        yield i


def squares(it):
    for x in it:
        yield x * x


def evens(it):
    return (x for x in it if x % 2 == 0)


print(sum(evens(squares(numbers(200000)))))
