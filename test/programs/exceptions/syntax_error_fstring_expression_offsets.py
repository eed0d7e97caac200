# SyntaxErrors inside an f-string's expressions. pegen parses each expression with a tokenizer of
# its own that knows no encoding, so those errors' offsets are counted in bytes of the
# expression's text, not in characters ("f'{\u00e9 b}'" ends at 6); errors of the f-string itself
# (a bad conversion, a missing '}') are counted as the enclosing source's.
for s in ["f'{\u00e9 b}'", "f'{a \u00e9}'", "f'{\u00e9\u00e9 + }'", "x = '\u00e9' + f'{\u00e9 b}'", "f'{\u00e9!z}'", "f'{a:{\u00e9 b}}'", "f'{\u4e2d \u4e2d}'", "f'''\n{\u00e9 b}'''", "f'{\U0001f600 + (}'", "f'{\u00e9 = 1}'", "f'{\u00e9 b}' f'{c d}'"]:
    for src in (s, s.encode()):
        try:
            compile(src, '<s>', 'exec')
        except SyntaxError as e:
            print(ascii(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, ascii(e.text))
for s in ["f'{\u00e9 \u20ac}'", "f'{\u00e9 1abc}'", "f'{\u00e9 + \"abc}'", "f'{\u00e9 + 1_}'", "f'{\u00e9 + (]}'", "f'{\u00e9 + yield}'", "f'{\u00e9 := 1}'", "f'{\u00e9 for \u00e9 in x}'", "f'{lambda \u00e9: 1}'", "f'{\u00e9 \\\\ 1}'", "f'{(\u00e9\n b)}'"]:
    for src in (s, s.encode()):
        try:
            compile(src, '<s>', 'exec')
        except SyntaxError as e:
            print(ascii(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, ascii(e.text))
