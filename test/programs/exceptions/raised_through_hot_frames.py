# exit: 1
# Exceptions raised a few calls down and caught up the stack, in loops hot enough for the compiled
# tier: each frame they leave adds its traceback entry and lets go of its value stack, whether it
# had no block (left at once), a finally block or an except clause of its own on the way.
import traceback


def leaf(i):
    if i % 3 == 0:
        raise ValueError(i)
    if i % 3 == 1:
        return {}[i]
    return [1, 2][i]


def middle(i):
    return 10 + leaf(i)


def with_finally(i, log):
    try:
        return middle(i)
    finally:
        log.append(i % 7)


def reraising(i):
    try:
        return middle(i)
    except KeyError as e:
        raise RuntimeError(f"wrapped {i}") from e


def lines(e):
    return [(fs.name, fs.lineno) for fs in traceback.extract_tb(e.__traceback__)]


def run(n):
    counts = {}
    log = []
    last = {}
    for i in range(n):
        for f in (middle, lambda i: with_finally(i, log), reraising):
            try:
                f(i)
            except (ValueError, KeyError, IndexError, RuntimeError) as e:
                name = type(e).__name__
                counts[name] = counts.get(name, 0) + 1
                last[name] = (str(e), lines(e), type(e.__cause__).__name__, type(e.__context__).__name__)
    return counts, sum(log), last


counts, total, last = run(400)
print(counts, total)
for k in sorted(last):
    print(k, last[k])


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(sum(sum(Countdown(k % 5)) for k in range(600)))


def deep(n):
    if n == 0:
        raise LookupError("bottom")
    return deep(n - 1) + 1


caught = 0
for i in range(300):
    try:
        deep(i % 25)
    except LookupError as e:
        caught += len(lines(e))
print(caught)
deep(3)
