# Deleting a class attribute that is not there raises AttributeError with the bare name (the
# generic setattr's error), whether through `del`, delattr() or type.__delattr__ called by hand,
# as a metaclass's __delattr__ does through super() (enum.EnumMeta's for a name that is no member).
import enum


class C:
    present = 1


class Meta(type):
    def __delattr__(cls, name):
        print("Meta.__delattr__", name)
        super().__delattr__(name)


class D(metaclass=Meta):
    pass


class Color(enum.Enum):
    RED = 1


def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except AttributeError as e:
        print(label, repr(e), e.args)
    except TypeError as e:
        print(label, "TypeError", e)


def del_stmt():
    del C.missing


attempt("del", del_stmt)
attempt("delattr", lambda: delattr(C, "missing"))
attempt("type.__delattr__", lambda: type.__delattr__(C, "missing"))
attempt("present", lambda: type.__delattr__(C, "present"))
attempt("again", lambda: type.__delattr__(C, "present"))
attempt("metaclass", lambda: delattr(D, "nothing"))
attempt("enum non-member", lambda: delattr(Color, "BLUE"))
attempt("enum member", lambda: delattr(Color, "RED"))
attempt("builtin", lambda: type.__delattr__(int, "real"))
