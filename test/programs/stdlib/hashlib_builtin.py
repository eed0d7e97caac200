# hashlib over its builtin modules (_md5, _sha1, _sha256, _sha512, _sha3, _blake2): digests, copies, names and sizes, BLAKE2 parameters and their errors, SHAKE lengths, hmac and pbkdf2_hmac on top; the constructors' argument errors. (_sha3.keccakopt and .implementation differ between the 32-bit oracle and 64-bit CPython, so they are not printed.)
import hashlib, hmac, _md5, _sha256, _sha3, _blake2
def err(f):
    try:
        return repr(f())
    except Exception as e:
        return f"{type(e).__name__}: {e}"

data = bytes(range(256)) * 3
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name)
    h.update(data[:100])
    c = h.copy()
    h.update(data[100:])
    if name.startswith("shake"):
        print(name, h.hexdigest(20), c.hexdigest(3), h.digest_size, h.block_size, len(h.digest(300)))
    else:
        print(name, h.hexdigest(), c.hexdigest()[:16], h.digest_size, h.block_size, h.name, type(h).__name__)
print(hashlib.md5(b"abc").digest(), hashlib.sha1(memoryview(b"abc")).hexdigest(), hashlib.sha256(bytearray(b"abc")).hexdigest())
print(hashlib.new("sha3_256", b"x").hexdigest(), hashlib.new("md5", data, usedforsecurity=False).hexdigest())
print(_sha3.sha3_384(b"q")._capacity_bits, _sha3.sha3_384()._rate_bits, _sha3.shake_256()._suffix, _sha3.sha3_224()._suffix)
print(type(_md5.md5()), _sha256.SHA224Type, _sha3.shake_128, _blake2.blake2s, _blake2.BLAKE2B_SALT_SIZE, _blake2.BLAKE2S_MAX_KEY_SIZE, _blake2.blake2b.PERSON_SIZE)
for cons in (hashlib.md5, hashlib.sha224, hashlib.sha512, hashlib.sha3_256, hashlib.shake_128, hashlib.blake2b, hashlib.blake2s):
    print(err(lambda: cons(1)), err(lambda: cons("a")), err(lambda: cons(b"", b"")), err(lambda: cons(foo=1)), err(lambda: cons(data=b"a").hexdigest()[:8]), err(lambda: cons(string=b"a").hexdigest()[:8]))
h = hashlib.sha1(b"abc")
print(err(lambda: h.update("x")), err(lambda: h.update()), err(lambda: h.update(1)), err(lambda: h.digest(1)), err(lambda: h.copy(x=1)), err(lambda: h.copy(1)), err(lambda: hashlib.sha3_224().copy(1)), err(lambda: hashlib.blake2s().copy(x=1)))
s = hashlib.shake_256(b"x")
print(err(lambda: s.digest()), err(lambda: s.digest(-1)), err(lambda: s.digest("a")), err(lambda: s.digest(2**29)), err(lambda: s.hexdigest(length=3)), s.digest(0), s.hexdigest(1))
print(hashlib.blake2b(b"hi", key=b"k", salt=b"s", person=b"p", fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=9, last_node=True, digest_size=20).hexdigest())
print(hashlib.blake2s(b"hi", key=b"key" * 10, salt=b"salt", person=b"me", node_offset=2**48 - 1, digest_size=7).hexdigest(), hashlib.blake2s(digest_size=7).name)
for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b"x" * 65), dict(salt=b"x" * 17), dict(person=b"x" * 17), dict(fanout=-1), dict(fanout=256),
           dict(depth=0), dict(depth=256), dict(leaf_size=-1), dict(node_offset=-1), dict(node_depth=256), dict(node_depth=-1), dict(inner_size=65),
           dict(last_node=[1]), dict(key="a"), dict(salt=1), dict(digest_size="a"), dict(digest_size=1.5), dict(leaf_size="a"), dict(digest_size=2**40)]:
    print(kw if len(repr(kw)) < 40 else list(kw), err(lambda: hashlib.blake2b(b"x", **kw).hexdigest()[:16]), err(lambda: hashlib.blake2s(b"x", **kw).hexdigest()[:16]))
print(err(lambda: hashlib.blake2s(node_offset=2**48)), err(lambda: hashlib.blake2b(b"", key=b"x" * 65, salt=b"x" * 20)), err(lambda: hashlib.blake2b("a", key=b"x" * 65)))
print(err(lambda: type(hashlib.md5())()), err(lambda: type("X", (hashlib.sha3_224,), {})), err(lambda: type("X", (type(hashlib.md5()),), {})))
import pickle, copy
print(err(lambda: pickle.dumps(hashlib.md5())), err(lambda: copy.copy(hashlib.blake2b())), err(lambda: pickle.dumps(hashlib.sha3_224(), 0)))
print(hmac.new(b"key", b"message", "sha256").hexdigest(), hmac.new(b"k" * 200, b"m", hashlib.sha3_512).hexdigest()[:32], hmac.digest(b"key", b"msg", "md5"))
print(hmac.compare_digest(b"a", b"a"), hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 3).hex(), hashlib.pbkdf2_hmac("sha1", b"pw", b"s", 2, dklen=30).hex())
m = hmac.new(b"key", digestmod="blake2s")
m.update(b"part")
print(m.name, m.digest_size, m.block_size, m.copy().hexdigest())
