# stdin: "line one\nline two\n\nline four without newline"
# sys.stdin.read/readline/readlines/iteration and sys.stdin attributes.
import sys
print(sys.stdin.readline(), end="")
rest = sys.stdin.readlines()
print(rest)
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
print(sys.stdin.name, sys.stdin.mode, sys.stdin.readable(), sys.stdin.writable(), sys.stdin.encoding, sys.stdin.isatty())
import io
for op in [lambda: sys.stdin.write("x"), lambda: sys.stdout.read(), lambda: sys.stdin.seek(0), lambda: sys.stdout.tell()]:
    try:
        op()
    except (io.UnsupportedOperation, OSError) as e:
        print(type(e).__name__, e)
print(sys.stdout.readable(), sys.stdout.writable(), sys.stdout.seekable(), sys.stderr.writable(), sys.stdin.seekable())
