# A module whose code is still running: its __spec__._initializing is true (and its globals hold no
# extra name), and a missing attribute is reported as a "partially initialized module"; afterwards
# _initializing is false and the message is the plain one.
import _circ_attr_a

print("after import:", _circ_attr_a.__spec__._initializing)
try:
    _circ_attr_a.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    from _circ_attr_a import missing
except ImportError as e:
    print("ImportError:", e.msg)
