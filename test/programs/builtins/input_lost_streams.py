# input() needs sys.stdin, sys.stdout and sys.stderr ("input(): lost sys.X" when one is missing or None),
# ignores errors flushing them, and takes a bytes line from a readline() that returns bytes.
import sys, io
savein, saveout, saveerr = sys.stdin, sys.stdout, sys.stderr
res = []
class BadFlush(io.StringIO):
    def flush(self):
        raise ValueError("no flush")
class BytesIn:
    def __init__(self, lines): self.lines = lines
    def readline(self): return self.lines.pop(0)
try:
    sys.stdin = io.StringIO("x\n")
    del sys.stdout
    try: input('prompt')
    except Exception as e: res.append((type(e).__name__, str(e)))
    sys.stdout = None
    try: input('prompt')
    except Exception as e: res.append((type(e).__name__, str(e)))
    sys.stdout = io.StringIO()
    del sys.stdin
    try: input('prompt')
    except Exception as e: res.append((type(e).__name__, str(e)))
    sys.stdin = None
    try: input('prompt')
    except Exception as e: res.append((type(e).__name__, str(e)))
    sys.stdin = io.StringIO("x\n")
    del sys.stderr
    try: res.append(input('p'))
    except Exception as e: res.append((type(e).__name__, str(e)))
    sys.stderr = BadFlush()
    sys.stdout = BadFlush()
    sys.stdin = io.StringIO("line one\nline two")
    res.append(input('p1'))
    res.append(input())
    res.append(sys.stdout.getvalue())
    sys.stdin = BytesIn([b"raw\n", b"last", b"", 5])
    res.append(input())
    res.append(input())
    for _ in range(2):
        try: input()
        except Exception as e: res.append((type(e).__name__, str(e)))
finally:
    sys.stdin, sys.stdout, sys.stderr = savein, saveout, saveerr
print(res)
