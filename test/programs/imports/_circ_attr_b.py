import _circ_attr_a
try:
    _circ_attr_a.missing
except AttributeError as e:
    print("AttributeError:", e)
