# SyntaxError(msg, info): info is any iterable of 4 to 6 items (filename, lineno, offset, text,
# end_lineno, end_offset), checked as PyArg_ParseTuple does; str() of a never-set msg is "None".
cases = ["SyntaxError('m', 5)", "SyntaxError('m', (1,2))", "SyntaxError('m', ('f', 1, 2, 'x'))", "SyntaxError('m', ('f', 1, 2, 'x', 3))",
         "SyntaxError('m', ('f', 1, 2, 'x', 3, 4))", "SyntaxError('m', ('f', 1, 2, 'x', 3, 4, 5))", "SyntaxError('m', ['f', 1, 2, 'x'])",
         "SyntaxError('m', 'abcd')", "SyntaxError('m', 'abcde')", "SyntaxError('m', (1,2), 3)", "SyntaxError()", "SyntaxError('m')",
         "SyntaxError('m', ('f', 1, 2, 'x'), x=1)", "SyntaxError(x=1)", "IndentationError('m', 5)", "SyntaxError('m', None)",
         "SyntaxError('m', {1:2, 3:4, 5:6, 7:8})"]
for c in cases:
    try:
        e = eval(c)
        print(c, '->', type(e).__name__, e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, str(e))
    except Exception as ex:
        print(c, type(ex).__name__, ex)
e = SyntaxError('m', ('f', 1, 2, 'x'))
try: e.__init__('m', 5)
except Exception as ex: print('reinit', type(ex).__name__, ex)
print(e.args, e.filename)
print(SyntaxError("m", iter([1, 2, 3, 4])).offset)
class E(SyntaxError):
    def __init__(self, *a): pass
print(repr(str(E('x'))), repr(str(SyntaxError())), repr(str(SyntaxError(None))), repr(str(SyntaxError('a', 'b', 'c'))))
e = SyntaxError('m', ('f', 1, 2, 'x', 3, 4))
e.__init__('n', ('g', 5, 6, 'y'))
print(e.end_lineno, e.end_offset, e.filename, str(e))
try: e.__init__('n', ('h', 7, 8, 'z', 9))
except TypeError as ex: print(ex)
print(e.msg, e.filename, e.lineno, e.end_lineno, e.end_offset, e.args)
try: e.__init__('q', (1, 2))
except TypeError as ex: print(ex)
print(e.msg, e.filename, e.lineno, e.args)
e.__init__('r')
print(e.msg, e.filename, e.lineno, e.args)
e.__init__()
print(e.msg, e.filename, e.lineno, e.args)
