# set.__sizeof__: the object, plus the hash table once it has outgrown the 8 slots kept inline (so
# it shows how CPython's table grows and that clear() goes back to the inline one). Printed in
# table slots, so that it holds on 32- and 64-bit builds alike.
base = set().__sizeof__()
entry = (set(range(5)).__sizeof__() - base) // 32

def slots(s):
    return (s.__sizeof__() - type(s).__basicsize__) // entry

s = set()
seen = []
for i in range(200):
    s.add(i)
    if slots(s) not in seen:
        seen.append(slots(s))
print(seen, base == set.__basicsize__, "__sizeof__" in set.__dict__, "__sizeof__" in frozenset.__dict__)
s.clear()
print(slots(s), slots(frozenset(range(50))), slots(set("abc")))
t = set(range(100))
for i in range(95):
    t.pop()
print(slots(t), len(t))
class S(set): pass
print(slots(S(range(50))), S().__sizeof__() == S.__basicsize__)
