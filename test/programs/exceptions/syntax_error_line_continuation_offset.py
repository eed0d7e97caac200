# "unexpected character after line continuation character": its offset counts from the start of
# the tokenizer's buffer (the first line of a statement continued with backslashes, or of a
# multi-line string before it), in bytes turned into characters of the error's text.
SOURCES = [
    "x = 1 + \\\n  2 \\ 3", "x = '\u00e9' + \\\n  2 \\ 3", "x = 1 + \\\n  '\u00e9' \\ 3", "'\u00e9' \\ x", "\u00e9 = 1 \\ 2", "'\u65e5\u672c' \\x",
    "x = '\u00ff\u00fe' \\ 1", "x = (1,\n '\u00e9' \\ 2)", "x = '''\u00e9\n''' \\ 2", "if 1:\n  x = '\u00e9' \\ 2", "x = 1 \\\n + 2 \\\n + '\U0001f600' \\ 3",
    "a = 1\nb = '\u00e9' + \\\n\\\n  3 \\ 4",
]
for src in SOURCES:
    for mode in ('exec', 'eval'):
        try:
            compile(src, '<s>', mode)
            print(ascii(src), mode, 'ok')
        except SyntaxError as e:
            print(ascii(src), mode, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, ascii(e.text))
