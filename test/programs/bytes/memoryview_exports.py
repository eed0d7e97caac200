# Buffer exports: a bytearray (or io.BytesIO) refuses to change size while a memoryview of it is
# alive, and allows it again once the view is released or no longer referenced.
import io

def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"

ba = bytearray(b"abc")
memoryview(ba)[0]              # a temporary view dies at once
ba.append(ord("d"))
print(ba)
mv = memoryview(ba)
print(err(lambda: ba.append(1)), err(lambda: ba.extend(b"x")), err(lambda: ba.pop()), err(lambda: ba.remove(97)))
print(err(lambda: ba.insert(0, 1)), err(lambda: ba.clear()), err(lambda: ba.__iadd__(b"z")), err(lambda: ba.__imul__(2)))
print(err(lambda: ba.__delitem__(0)), err(lambda: ba.__setitem__(slice(0, 1), b"xy")), err(lambda: ba.__init__(b"q")))
print(err(lambda: ba.remove(200)), err(lambda: bytearray().pop()))
# operations that keep the size are allowed
ba[0] = ord("A")
ba[1:3] = b"BC"
ba[::2] = b"ac"
ba.reverse()
del ba[2:2]
ba.extend(b"")
ba += b""
ba *= 1
print(ba, mv.tobytes())
del mv
ba.append(ord("e"))
print(ba)

def held_in_a_local():
    m = memoryview(ba)[1:]
    return err(lambda: ba.extend(b"x"))
print(held_in_a_local())
ba.extend(b"f")

views = [memoryview(ba).cast("c")]
print(err(lambda: ba.pop()))
views.clear()
print(ba.pop())

class Holder:
    pass
h = Holder()
h.view = memoryview(ba)
d = {"k": memoryview(ba)}
print(err(lambda: ba.append(1)))
h.view.release()
print(err(lambda: ba.append(1)))
d.clear()
ba.append(ord("g"))
print(ba)

with memoryview(ba) as m:
    print(err(lambda: ba.append(1)))
ba.append(ord("h"))

def gen():
    m = memoryview(ba)
    yield 1
    yield 2
g = gen()
next(g)
print(err(lambda: ba.append(5)))
g.close()
ba.append(ord("i"))

def outer():
    m = memoryview(ba)
    def inner():
        return len(m)
    return inner
f = outer()
print(err(lambda: ba.append(1)), f())
del f
ba.append(ord("j"))
print(ba)

for i in range(5):
    bytes(memoryview(ba)[:2])
    ba.append(ord("0") + i)
print(ba)

# an iterator over a view keeps it alive until exhausted
it = iter(memoryview(ba))
print(next(it), err(lambda: ba.append(1)), type(it).__name__, len(list(it)))
ba.append(ord("!"))

# views of views and toreadonly share the export
v1 = memoryview(ba)
v2 = memoryview(v1)
v3 = v1[2:].toreadonly()
v1.release()
print(err(lambda: ba.append(1)))
v2.release()
print(err(lambda: ba.append(1)))
v3.release()
ba.append(ord("k"))
print(ba)

# io.BytesIO.getbuffer()
b = io.BytesIO(b"abc")
m = b.getbuffer()
print(type(m.obj).__name__, m.readonly, m.format, m.tobytes())
print(err(lambda: b.write(b"x")), err(lambda: b.truncate(1)), err(lambda: b.writelines([b"a"])), err(lambda: b.close()))
print(b.writelines([]), b.seek(1), b.read(), b.getvalue())
m[0] = ord("A")
print(b.getvalue())
del m
print(b.write(b"x"), b.getvalue())
b.getbuffer()[1] = ord("Y")
print(b.write(b"z"), b.getvalue())
with b.getbuffer() as m:
    print(err(lambda: b.write(b"q")), m.tobytes())
b.close()
print(b.closed, err(lambda: b.getbuffer()))
