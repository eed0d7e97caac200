# Which calls give a profile function 'c_call'/'c_return'/'c_exception' events (3.10's C_TRACE):
# builtin functions and bound builtin methods, method descriptors called with their self (reported
# bound), through CALL_FUNCTION, CALL_METHOD, CALL_FUNCTION_KW and CALL_FUNCTION_EX; not types,
# not bound slot wrappers (method-wrapper objects), not calls made from C code (a key function).
import sys

events = []


def prof(frame, what, arg):
    if what.startswith("c_"):
        events.append(f"{what} {arg.__name__} {type(arg).__name__} {type(arg.__self__).__name__}")


def main():
    add = (1).__add__
    add(2)
    (3).__mul__(2)
    append = [].append
    append(1)
    list.append([], 1)
    [].append(2)
    max(*[1, 2])
    sorted([2, 1], key=abs, reverse=True)
    int("5")
    dict.fromkeys("a")
    str.maketrans("a", "b")
    object.__init__(object())
    try:
        [].pop()
    except IndexError:
        pass
    try:
        int.from_bytes("x", "big")
    except TypeError:
        pass
    print("printed", sep="", end="\n")
    getattr(sys, "getprofile")()


sys.setprofile(prof)
main()
sys.setprofile(None)
print("\n".join(events))
