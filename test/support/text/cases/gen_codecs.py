# Bulk cases for str.encode / bytes.decode, answered by a local CPython 3.10:
#   python3.10 gen_codecs.py SEED COUNT > cases.jsonl; check with check-codecs.ts
import json, random, sys

seed, count = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
CHARS = ['a', 'Z', '\x00', '\x7f', '\x80', '\xe9', '\xff', '\u0100', '\u20ac', '\u2019', '\u0192', '\u4e00', '\uac00', '\ufeff',
         '\U0001f600', '\U00010000', '\U0010ffff', '\ud800', '\udbff', '\udc80', '\udcff', '\udc00', '\udfff', '\u0378', '\u00a0', '\x81']
BYTES = [0x00, 0x41, 0x7f, 0x80, 0x81, 0x8d, 0x9d, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0xa0, 0x9f, 0x90, 0xbb, 0xfe, 0xd8, 0xdc, 0x11]
ENCS = ['utf-8', 'UTF8', 'utf-8-sig', 'ascii', 'latin-1', 'iso8859_1', 'cp1252', 'windows-1252', 'utf-16', 'utf-16-le', 'utf_16_be',
        'utf-32', 'utf-32-le', 'utf-32-be', 'U8', 'us-ascii', 'bogus-codec']
ERRS = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass', 'bogus']

def rand_str():
    while True:
        s = ''.join(rng.choice(CHARS) for _ in range(rng.randint(0, 8)))
        if not any('\ud800' <= a <= '\udbff' and '\udc00' <= b <= '\udfff' for a, b in zip(s, s[1:])):
            return s

def rand_bytes():
    r = rng.random()
    if r < 0.3:
        s = rand_str()
        try: return s.encode(rng.choice(['utf-8', 'utf-16-le', 'utf-32-be', 'utf-16']), 'surrogatepass')[:rng.randint(0, 40)]
        except Exception: pass
    return bytes(rng.choice(BYTES) if rng.random() < 0.8 else rng.getrandbits(8) for _ in range(rng.randint(0, 10)))

def err(e):
    d = {"type": type(e).__name__, "msg": str(e)}
    if isinstance(e, (UnicodeEncodeError, UnicodeDecodeError)):
        d.update(encoding=e.encoding, start=e.start, end=e.end, reason=e.reason)
    return d

for _ in range(count):
    enc, errors = rng.choice(ENCS), rng.choice(ERRS)
    if rng.random() < 0.5:
        s = rand_str()
        try: out = {"out": s.encode(enc, errors).hex()}
        except Exception as e: out = {"err": err(e)}
        print(json.dumps({"op": "encode", "s": s, "enc": enc, "errors": errors, **out}))
    else:
        b = rand_bytes()
        try: out = {"out": b.decode(enc, errors)}
        except Exception as e: out = {"err": err(e)}
        print(json.dumps({"op": "decode", "b": b.hex(), "enc": enc, "errors": errors, **out}))
