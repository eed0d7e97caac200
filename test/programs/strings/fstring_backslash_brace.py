# A backslash right before an f-string's replacement field stays a backslash (the literal part ends
# with it; CPython's decoder spells it \u005c), with the invalid-escape DeprecationWarning.
import warnings

x = 6
print(f'\{6*7}', f"a\{x}b", f'\\{x}', f'{x}\{x}', rf'\{x}', len(f'\{x}'))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    v = eval(r"f'\{6*7}'")
    print(v, [(c.category.__name__, str(c.message)) for c in w])
print(eval(r"f'\N{BULLET}\{1}'"))
