# Compiling the same text again (dislab keeps compilations by their text and copies them): each
# call gives code objects of its own, equal but not identical, nested ones too; functions from two
# exec's of one text have distinct code; a warning is shown at every compilation that makes it;
# another filename, mode, flag or optimize level is another compilation; _imp._fix_co_filename on
# one result leaves the next one alone; a text that failed fails again.
import _imp, warnings
src = "x = 1\ndef f(a=(1, 2)):\n    return lambda: a\n"
a = compile(src, "f.py", "exec")
b = compile(src, "f.py", "exec")
print(a is b, a == b, a.co_consts[1] is b.co_consts[1], a.co_consts[1] == b.co_consts[1])
ns1, ns2 = {}, {}
exec(a, ns1); exec(b, ns2)
print(ns1["f"].__code__ is ns2["f"].__code__, ns1["f"]()() == ns2["f"]()(), ns1["f"]() is ns2["f"]())
print(compile(src, "g.py", "exec").co_filename, compile(src, "f.py", "exec", optimize=2) == a, compile("1", "f.py", "eval") == compile("1", "f.py", "exec"))
print(compile("x = 1\n", "a", "exec", dont_inherit=True).co_flags == compile("x = 1\n", "a", "exec", 0x1000000).co_flags)
for i in range(3):
    try: compile("x is 1", "w.py", "exec")
    except SyntaxWarning as e: print("SyntaxWarning", e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for i in range(3): compile("y = 1 is 1\n", "w2.py", "exec")
    for i in range(2): compile(b"s = '\\d'\n", "w3.py", "exec")
    print([str(w.message) for w in caught])
c = compile("def g(): pass", "old.py", "exec")
_imp._fix_co_filename(c, "new.py")
d = compile("def g(): pass", "old.py", "exec")
print(c.co_filename, c.co_consts[0].co_filename, d.co_filename, d.co_consts[0].co_filename)
for i in range(2):
    try: compile("def (:", "bad.py", "exec")
    except SyntaxError as e: print(e.msg, e.lineno, e.offset)
k = 0
for i in range(300):
    exec("k += i", globals())
print(k, eval("k * 2"), eval(" k"))
