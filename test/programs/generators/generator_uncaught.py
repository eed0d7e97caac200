# exit: 1
# An exception raised inside a generator propagates through the consumer: both frames are in the traceback.
def parse_numbers(lines):
    for line in lines:
        yield int(line)
def total(lines):
    s = 0
    for n in parse_numbers(lines):
        s += n
    return s
print(total(["1", "2", "3"]))
print(total(["4", "five", "6"]))
