# Names made of dots: a parent is imported only when the part before the last dot is not empty,
# and no directory entry is named "" or has a "/" (so "." is not the current directory).
import importlib
for n in ['.', '..', '/.', '..foo', 'a..b', '.x', 'os.', 'os..path']:
    try: m = __import__(n); print(repr(n), m)
    except Exception as e: print(repr(n), type(e).__name__, e)
for n in ['.', '..', '/.', '/']:
    try: m = importlib.import_module(n); print(repr(n), m)
    except Exception as e: print(repr(n), type(e).__name__, e)
