# print(): sep, end, file, flush, multiple and zero arguments, non-str sep errors, printing to StringIO and stderr.
import io, sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" -- ", end=" <end>\n")
print(1, 2.5, None, True, [1], {"k": (1,)}, sep="|")
print("no newline", end="")
print(" continued")
print(*range(5), sep=", ")
print(*[], sep="x")
print("flushed", flush=True)
print("to stderr", file=sys.stderr)
buf = io.StringIO()
print("into", "buffer", sep="_", file=buf, end="!")
print(repr(buf.getvalue()))
print("explicit None", sep=None, end=None, file=None)
def err(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(err(lambda: print("x", sep=5)))
print(err(lambda: print("x", end=[])))
print(err(lambda: print("x", file=5)))
print(err(lambda: print("x", bogus=1)))
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("to", "writer", file=w)
print(w.parts)
class S:
    def __str__(self):
        return "S.__str__"
print(S(), [S()][0], str(S()))
sys.stdout.write("direct write\n")
print("unicode: é 😀 日本")
