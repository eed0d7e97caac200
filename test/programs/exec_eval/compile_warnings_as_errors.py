# Compile-time warnings that the warnings filters turn into errors become SyntaxErrors at the
# offending node or token (compiler_warn, warn_invalid_escape_sequence, the tokenizer's parser_warn).
import warnings
sources = [
    "x = 1 is 1",
    "if y:\n    z = (1, 2)(3)",
    "assert (1, 'msg')",
    "s = '\\d'",
    "b = b'\\q'",
    "x = 1\ns = f'a{1}\\d'",
    "n = 0x1for x in y",
    "m = 1if x else 2",
]
for src in sources:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            compile(src, "<err>", "exec")
            print(repr(src), "compiled")
        except SyntaxError as e:
            print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
