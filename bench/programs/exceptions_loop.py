# Raising and catching exceptions, with statements and finally blocks.
class Resource:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


caught = 0
cleaned = 0
for i in range(40000):
    try:
        with Resource():
            if i % 3 == 0:
                raise ValueError(i)
            {}[i]
    except ValueError:
        caught += 1
    except KeyError:
        caught += 2
    finally:
        cleaned += 1
print(caught, cleaned)
