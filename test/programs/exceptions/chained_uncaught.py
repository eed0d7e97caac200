# exit: 1
# An uncaught exception with both kinds of chaining: the traceback shows the cause and the context.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"cannot parse {s!r}") from e
def load(items):
    try:
        return [parse(i) for i in items]
    finally:
        print("load finished")
def main():
    try:
        load(["1", "x"])
    except RuntimeError:
        missing = {}
        return missing["fallback"]
main()
