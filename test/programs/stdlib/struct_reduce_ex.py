# struct.Struct has its own __new__ (s_new), which copyreg's protocol 0-1 reduction finds:
# a Struct cannot pickle at any protocol, and Struct.__new__ is bound to Struct, not object.
import copy, copyreg, pickle, struct

s = struct.Struct("<i")
for proto in range(6):
    try:
        print(proto, s.__reduce_ex__(proto))
    except TypeError as e:
        print(proto, type(e).__name__, e)
    try:
        pickle.dumps(s, proto)
    except TypeError as e:
        print(proto, "dumps", type(e).__name__, e)
print(struct.Struct.__new__.__self__, "__new__" in struct.Struct.__dict__, struct.Struct.__new__ is object.__new__)
try:
    copy.copy(s)
except TypeError as e:
    print(type(e).__name__, e)
n = struct.Struct.__new__(struct.Struct)
print(type(n).__name__, n.format)
n.__init__(">h")
print(n.pack(7), n.size)
