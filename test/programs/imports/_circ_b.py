print("_circ_b: start")
import _circ_a
print("_circ_b: _circ_a partially initialised, has A_EARLY:", hasattr(_circ_a, "A_EARLY"), "A_LATE:", hasattr(_circ_a, "A_LATE"))
B_VALUE = "b value"
