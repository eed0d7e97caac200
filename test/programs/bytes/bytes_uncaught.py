# exit: 1
# A UnicodeDecodeError escaping from a helper that decodes a list of byte strings.
def decode_all(items):
    return [item.decode("utf-8") for item in items]
print(decode_all([b"plain", b"caf\xc3\xa9"]))
print(decode_all([b"ok", b"bad\xff\xfe", b"never"]))
