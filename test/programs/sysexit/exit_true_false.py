# exit: 1
# sys.exit(True) is an int exit code 1 (bool is an int subclass), not a message.
import sys
print("exit(True)")
sys.exit(True)
