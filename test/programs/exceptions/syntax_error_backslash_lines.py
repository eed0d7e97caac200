# Two things 3.10.2's tokenizer does that later 3.10 releases changed. A line whose first non-blank
# character is a line continuation counts as a blank line, like a comment: its indentation and
# the next line's (read as the continuation) do not count. And a number followed by 'and', 'else',
# 'for', 'if', 'in', 'is' or 'or' is a DeprecationWarning "invalid decimal literal", but followed by
# 'not' it is that SyntaxError.
import warnings

SOURCES = [
    ' \\\n  x = 1\n', 'if 1:\n    x = 1\n\\\n    y = 2\n', 'if 1:\n  \\\n  x\n', 'if 1:\n  x\n  \\\n  y\n', '\\\nx = 1\n',
    '\\\n\n', '  \\\n\n', '\\\n', 'if 1:\n    x = 1\n    \\\ny = 2\n', 'x = 1\n  \\\n', 'if 1:\n  x = (\n\\\n1)\n',
    '\t\\\n        x\n', 'if 1:\n\tx\n        \\\n\ty\n', '\\\n  \\\n x\n', '\\ \n', ' \\x\n', 'def f():\n    \\\n    return 1\n',
    '[1not (), 2]\n', 'x = 1not in y\n', '[1not ()]\n', '1not\n', 'f(1not x)\n', '(1not x, 2)\n', '[1if x else 2, 3]\n',
    '[0x1for x in y]\n', 'x = 1or 2\n', 'x = 0b1and 1\n', 'x = 1.5is 2\n', 'x = 1jin y\n', 'x = 0o7else 1\n',
]

for mode in ['exec', 'single', 'eval']:
    for src in SOURCES:
        with warnings.catch_warnings(record=True) as ws:
            warnings.simplefilter('always')
            try:
                compile(src, '<s>', mode)
                res = 'ok'
            except SyntaxError as e:
                res = '%s %r %r %r %r %r %r' % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text)
        print(mode, repr(src), res, [(w.category.__name__, str(w.message), w.lineno) for w in ws])
