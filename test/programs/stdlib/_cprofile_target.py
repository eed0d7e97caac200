import sys


def square(x):
    return x * x


def total(n):
    return sum(map(square, range(n)))


print("target:", total(4), sys.argv[1:], __name__)
