# Builtins' argument errors in the order of Argument Clinic's _PyArg_UnpackKeywords: too many arguments with
# the keywords counted, too many/too few positional, a missing required one, given by name and position, an
# invalid keyword; all-positional builtins refuse keywords first.
cases = [
 "int.from_bytes(b'', z=1)", "int.from_bytes(b'', 'big', z=1)", "int.from_bytes(b'', 'big', 1, 2)", "int.from_bytes(b'', 'big', 1, z=2)",
 "int.from_bytes(z=1)", "int.from_bytes()", "int.from_bytes(b'', bytes=b'')", "int.from_bytes(b'', 'big', bytes=b'', signed=1)",
 "(1).to_bytes(1, 'big', 3)", "(1).to_bytes(1, z=2)", "(1).to_bytes(length=1, byteorder='big', signed=False, z=1)",
 "'a b'.split(' ', 1, 2)", "'a b'.split(' ', 1, z=2)", "'a b'.split(z=2)", "'a b'.split(' ', sep=' ')", "'a b'.split(' ', 1, sep=' ', maxsplit=1)",
 "sorted()", "sorted([], z=1)", "sorted([], None)", "sorted([], key=None, reverse=False, z=1)", "sorted(iterable=[])",
 "round()", "round(1, 2, 3)", "round(1, z=2)", "round(number=1, ndigits=2, z=3)", "round(z=1)",
 "int(1, 2, 3)", "int(z=1)", "int('1', base=2, z=3)", "int(x=1)",
 "b''.decode('a', 'b', 'c')", "b''.decode(z=1)", "b''.decode('utf-8', encoding='utf-8')",
 "'a'.encode(1, 2, 3)", "'a'.splitlines(1, 2)", "'a'.splitlines(z=1)", "[].sort(1)", "[].sort(z=1)", "[].sort(key=None, z=1)",
 "'a'.expandtabs(1, 2)", "'a'.expandtabs(z=1)", "bytes.hex(b'', 1, 2, 3)", "b''.hex(z=1)",
 "compile()", "compile('1')", "compile('1', 'f')", "compile('1', 'f', 'eval', z=1)", "compile('1', 'f', 'eval', 0, 0, 0, 0, 0)",
 "pow(1)", "pow(1, z=2)", "pow(base=1, exp=2, mod=None, z=1)", "pow(1, 2, 3, 4)",
 "enumerate()", "enumerate([], 1, 2)", "enumerate([], z=1)", "enumerate(iterable=[], start=1, z=2)", "enumerate(start=1)",
 "range(z=1)", "zip(z=1)", "zip([], strict=1, z=2)", "open()", "open('f', z=1)", "open(file='f', z=1)",
 "memoryview()", "memoryview(z=1)", "memoryview(b'', z=1)", "float.fromhex()", "str(1, 2, 3, 4)", "str(z=1)", "str(b'', encoding='a', z=1)",
 "bytes(z=1)", "bytearray(z=1)", "bytes('a', 'b', 'c', 'd')", "list(z=1)", "dict.fromkeys()", "dict.fromkeys(z=1)", "min(z=1)", "max(z=1, key=None)", "min(1, 2, z=3)", "max(default=1)",
 "'a'.startswith()", "'a'.center()", "'a'.ljust(1, z=2)", "'a'.replace('a')", "divmod(1)", "isinstance(1)", "issubclass(z=1)",
 "'{}'.format_map()", "sum()", "sum([], z=1)", "sum([], 0, z=1)", "sum(iterable=[], start=0)", "sum([], start=0, z=1)",
 "'a'.count()", "'a'.index()", "format()", "format(1, z=1)", "vars(z=1)", "dir(z=1)", "abs(z=1)",
 "__import__()", "__import__('x', z=1)", "__import__(name='os', z=1)",
 "property(1, 2, 3, 4, 5)", "property(z=1)", "staticmethod()", "super(z=1)", "type()", "type(1, 2)", "type(z=1)", "object(1)",
 "slice()", "slice(z=1)", "complex(z=1)", "complex(1, 2, 3)", "float(z=1)", "bool(z=1)", "tuple(z=1)", "set(z=1)", "frozenset(z=1)",
]
for c in cases:
    try: r = eval(c); print(c, "->", "ok")
    except TypeError as e: print(c, "!!", e)
    except Exception as e: print(c, "!!", type(e).__name__, e)
cases = ["divmod(1)", "divmod(1, 2, 3)", "divmod(1, z=2)", "isinstance(1)", "isinstance(z=1)", "issubclass(1)", "issubclass(z=1)", "setattr(1)", "delattr(1)", "hasattr(1)", "getattr(1)", "getattr(1, 2, 3, 4)", "getattr(1, 'a', z=1)", "len()", "len(1, 2)", "len(z=1)", "abs()", "abs(1, 2)", "repr()", "ascii(z=1)", "hash()", "id(1, 2)", "callable()", "chr()", "ord(1, 2)", "hex()", "oct(z=1)", "bin(1, 2)", "iter()", "iter(1, 2, 3)", "next()", "next(1, 2, 3)", "anext()", "aiter()", "vars(1, 2)", "dir(1, 2)", "globals(1)", "locals(1)", "input(1, 2)", "format()", "format(1, 2, 3)", "pow()", "round(1, 2, 3)", "sorted()", "min()", "max()", "max(1, z=2)", "min([], default=1, z=2)", "float.fromhex()", "float.fromhex(1, 2)", "int.__new__()", "'a'.ljust(1, z=2)", "'a'.join()", "[].append()", "[].append(1, 2)", "[].append(x=1)", "{}.get()", "{}.get(1, 2, 3)", "{}.get(z=1)", "dict.fromkeys()", "[].index()", "[].insert(1)", "'a'.replace(z=1)", "'a'.center(1, z=2)", "b'a'.center(z=1)", "set().add()", "set().add(z=1)", ]
for c in cases:
    try: r = eval(c); print(c, "->", "ok")
    except TypeError as e: print(c, "!!", e)
    except Exception as e: print(c, "!!", type(e).__name__, e)
