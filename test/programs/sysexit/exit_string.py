# exit: 1
# sys.exit("message"): the message goes to stderr and the status is 1.
import sys
print("about to fail")
sys.exit("fatal: configuration missing")
