# exit: 7
# SystemExit raised deep in calls unwinds finally and with blocks (which print) before the process ends.
import sys
class Cleanup:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print("cleanup, exception type:", exc[0].__name__)
def work():
    with Cleanup():
        try:
            sys.exit(7)
        finally:
            print("finally in work")
try:
    work()
finally:
    print("finally at top level")
