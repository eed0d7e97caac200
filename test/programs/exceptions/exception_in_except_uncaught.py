# exit: 1
# An error raised while handling another: "During handling of the above exception, another exception occurred".
class ParseError(Exception):
    def __init__(self, pos):
        super().__init__(f"unexpected character at {pos}")
        self.pos = pos
def parse_pair(text):
    key, sep, value = text.partition("=")
    if not sep:
        raise ParseError(len(key))
    return key.strip(), value.strip()
def load(text):
    try:
        return parse_pair(text)
    except ParseError as e:
        print("bad pair at position", e.pos)
        return fallback[text]
print(load("ok = true"))
print(load("broken"))
