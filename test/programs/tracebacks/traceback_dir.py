# dir() of a traceback object lists its four attributes (tb_dir, new in 3.10), type(tb).__dir__ in tb_dir's order.
import sys
try: raise IndexError
except IndexError:
    tb = sys.exc_info()[2]
    print(dir(tb), type(tb).__dir__(tb))
    print(sorted(k for k in type(tb).__dict__ if k != '__getattribute__'))
    print(len(dir(tb)))
