# sys.exit() with no argument: status 0, nothing on stderr; code after it does not run.
import sys
print("before exit")
sys.exit()
print("not printed")
