# bytes.strip/lstrip/rstrip return an exact bytes itself when there is nothing to strip (do_xstrip);
# a subclass, a bytearray and a stripped bytes are new objects.
for s in (b'abc', b'', b'  ', b'x '):
    print(s.lstrip() is s, s.rstrip() is s, s.strip() is s, s.lstrip(b'z') is s, s.rstrip(b'q') is s, s.strip(b'q') is s, s.strip(None) is s)
class B(bytes): pass
b = B(b'abc')
print(type(b.strip()), b.strip() is b)
ba = bytearray(b'abc')
print(ba.strip() is ba)
for s in ('abc', '', 'x '):
    print(s.lstrip() is s, s.rstrip('q') is s, s.strip() is s)
