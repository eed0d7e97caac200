# _sha512, and random.py's version-2 seeding of str/bytes through it, reproduced at the Python level
# over _random (random.py itself needs os, warnings and _collections_abc).
import _sha512, _random

def show(label, f, *a, **k):
    try:
        print(label, repr(f(*a, **k)))
    except Exception as e:
        print(label, type(e).__name__, e)

h = _sha512.sha512(b"abc")
show("hex", h.hexdigest)
h.update(b"def")
show("hex2", h.hexdigest)
c = h.copy(); c.update(b"x")
show("copy", lambda: (c.hexdigest()[:16], h.hexdigest()[:16]))
show("digest", lambda: _sha512.sha384(b"").digest()[:8])
show("attrs", lambda: (h.name, h.digest_size, h.block_size, _sha512.sha384().name, _sha512.sha384().digest_size))
show("str", _sha512.sha512, "abc")
show("kw", lambda: _sha512.sha512(string=b"q", usedforsecurity=False).hexdigest()[:10])
show("long", lambda: _sha512.sha512(b"a" * 1000).hexdigest())
show("type", lambda: type(h).__name__)

def seed_v2(a):
    if isinstance(a, str):
        a = a.encode()
    return int.from_bytes(a + _sha512.sha512(a).digest(), "big")
for s in ["", "hello", "ünïcode", b"bytes"]:
    r = _random.Random(seed_v2(s))
    print(repr(s), [r.random() for _ in range(3)])
