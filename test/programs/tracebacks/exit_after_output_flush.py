# exit: 3
# Output written without a newline is flushed at exit; the status comes from sys.exit.
import sys
print("partial line", end="")
sys.stdout.write(" more")
sys.stderr.write("error text without newline")
sys.exit(3)
