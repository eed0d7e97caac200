# exit: 1
# An exception from a pyexpat handler: its traceback has pyexpat.c's entry for the C function that
# called the handler (as CPython's _PyTraceback_Add makes it), caught and printed by traceback,
# then uncaught.
import traceback
import pyexpat


def check(name, raw):
    if name == "bad":
        raise ValueError("element %s at %d:%d" % (name, p.CurrentLineNumber, p.CurrentColumnNumber))


p = pyexpat.ParserCreate()
p.StartElementHandler = lambda name, attrs: check(name, attrs)
try:
    p.Parse("<a><b/>\n  <bad x='1'/></a>", True)
except ValueError:
    traceback.print_exc()
print(p.StartElementHandler, p.ErrorCode)

q = pyexpat.ParserCreate()
q.buffer_text = True
q.CharacterDataHandler = lambda text: 1 / len(text.strip())
q.Parse("<doc>   \n  ", False)
q.Parse("</doc>", True)
