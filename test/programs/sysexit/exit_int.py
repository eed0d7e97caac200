# exit: 42
# sys.exit(42): the status is 42.
import sys
print("exiting with 42")
sys.exit(42)
