# Descriptor and other C int arguments past a C int: Argument Clinic's int (_PyLong_AsInt) and
# PyObject_AsFileDescriptor say "Python int too large to convert to C int", path_converter's
# descriptor "fd is greater than maximum"; and the
# inheritable flag of the standard streams.
import os, select

tests = [os.close, os.fstat, os.isatty, os.get_inheritable, lambda fd: os.read(fd, 1), lambda fd: os.write(fd, b''),
         lambda fd: os.lseek(fd, 0, 0), os.fsync, lambda fd: os.ftruncate(fd, 0), lambda fd: os.set_inheritable(fd, 1),
         lambda fd: os.closerange(fd, fd), lambda fd: os.open('x', fd), lambda fd: os.stat(fd), os.strerror, os.umask,
         os.WEXITSTATUS, os.device_encoding,
         lambda v: select.select([v], [], [], 0), lambda v: select.poll().register(v)]
for f in tests:
    for v in (2**40, -2**40, 2**31, -2**31 - 1):
        try:
            f(v)
            print('ok')
        except Exception as e:
            print(type(e).__name__, e)
for bad in ('x', 1.5, None):
    try:
        os.get_inheritable(bad)
    except TypeError as e:
        print(e)
print(os.get_inheritable(0), os.get_inheritable(1), os.get_inheritable(2))
try:
    os.set_inheritable(1, 'x')
except TypeError as e:
    print(e)
