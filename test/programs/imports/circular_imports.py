# Circular imports: a module sees its partner partially initialised; "from x import y" cycles fail.
import _circ_a
print(_circ_a.A_LATE, _circ_a._circ_b.B_VALUE)
try:
    import _circ_from
except ImportError as e:
    print("ImportError:", e)
