# SystemExit and KeyboardInterrupt are BaseExceptions: except Exception does not catch them, finally runs.
import sys
def err(f):
    try:
        f()
    except Exception as e:
        return f"Exception {e!r}"
    except BaseException as e:
        return f"BaseException {type(e).__name__} code={getattr(e, 'code', None)!r}"
print(err(lambda: sys.exit()))
print(err(lambda: sys.exit(3)))
print(err(lambda: sys.exit("msg")))
print(err(lambda: exit(4)))
print(err(lambda: quit()))
def raise_ki():
    raise KeyboardInterrupt("ctrl-c")
print(err(raise_ki))
def gen_exit():
    raise GeneratorExit
print(err(gen_exit))
try:
    try:
        sys.exit(7)
    finally:
        print("finally ran during SystemExit")
except SystemExit as e:
    print("caught", e.code, e.args, repr(e))
print(exit.__class__.__name__, repr(exit), str(quit))
