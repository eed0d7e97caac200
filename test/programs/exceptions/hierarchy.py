# The builtin exception hierarchy: every exception class's bases, printed as a tree from BaseException.
import builtins
classes = [c for c in vars(builtins).values() if isinstance(c, type) and issubclass(c, BaseException)]
def children(cls):
    return sorted((c for c in classes if c.__base__ is cls), key=lambda c: c.__name__)
def show(cls, depth=0):
    print("  " * depth + cls.__name__ + ("" if len(cls.__bases__) == 1 else f" {[b.__name__ for b in cls.__bases__]}"))
    for c in children(cls):
        show(c, depth + 1)
show(BaseException)
print(len(classes))
print(EnvironmentError is OSError, IOError is OSError, issubclass(KeyError, LookupError), issubclass(UnicodeDecodeError, ValueError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError), issubclass(FileNotFoundError, OSError))
print(issubclass(StopAsyncIteration, Exception), issubclass(GeneratorExit, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
print([c.__name__ for c in ZeroDivisionError.__mro__], [c.__name__ for c in UnicodeEncodeError.__mro__])
