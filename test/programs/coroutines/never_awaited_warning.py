# A coroutine made by a call whose result is dropped at once (a call of an async function as a
# statement, the usual forgotten `await`) warns that it was never awaited, from the line that
# dropped it, with the tracemalloc hint, once per location under the default filters.
import sys
import types
import warnings

async def f():
    print("never printed")

class C:
    async def m(self):
        pass

f()
C().m()
types.SimpleNamespace(later=f).later()

def forgetful():
    f()

for _ in range(3):
    forgetful()

async def main():
    f()
    return "main done"

c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

# awaited or kept: no warning
async def uses():
    await f2()
async def f2():
    return 1
kept = f()
kept.close()
try:
    uses().send(None)
except StopIteration:
    print("awaited")

# many drops, in code hot enough to be compiled
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for _ in range(400):
        forgetful()
print(len(caught), {str(w.message) for w in caught}, {w.category.__name__ for w in caught}, {w.lineno for w in caught})

# a warning turned into an error cannot be raised there: it goes to sys.unraisablehook
def hook(args):
    print("unraisable:", args.exc_type.__name__, args.exc_value, repr(args.object).split(" at ")[0], file=sys.stderr)
sys.unraisablehook = hook
warnings.simplefilter("error")
try:
    f()
except RuntimeWarning:
    print("not raised here")
print("end")
