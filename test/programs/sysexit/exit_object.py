# exit: 1
# sys.exit with a non-int, non-None object: str() of it goes to stderr, status 1.
import sys
class Reason:
    def __str__(self):
        return "custom reason object"
print("exiting with an object")
sys.exit(Reason())
