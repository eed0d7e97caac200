# exit: 1
# A sys.excepthook that itself raises: "Error in sys.excepthook:", then the original exception.
import sys
def bad_hook(t, v, tb):
    raise RuntimeError("the hook is broken")
sys.excepthook = bad_hook
raise ValueError("original problem")
