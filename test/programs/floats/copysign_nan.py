# math.copysign takes the sign bit of a NaN (C's copysign), as struct.pack shows it.
import math
nan = float("nan")
print(math.copysign(1.0, nan), math.copysign(1.0, -nan), math.copysign(2.0, -math.nan))
print(math.copysign(1.0, float("-nan")), -nan != -nan)
import struct
print(struct.pack(">d", -nan).hex(), struct.pack(">d", nan).hex(), struct.pack(">d", float("-nan")).hex())
print(struct.pack(">d", abs(-nan)).hex(), struct.pack(">d", -(-nan)).hex())
