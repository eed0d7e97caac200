# exit: 255
# Exit codes are reduced modulo 256 by the process status: sys.exit(-1) gives 255.
import sys
print("exiting with -1")
sys.exit(-1)
