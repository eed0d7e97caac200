# --- return outside function
return 1
# --- return in class body
class C:
    return
# --- break outside loop
break
# --- break in function outside loop
def f():
    if x:
        break
# --- continue outside loop
continue
# --- continue in try/finally outside loop
try:
    pass
finally:
    continue
# --- await outside function
await x
# --- await in non-async function
def f():
    await x
# --- await in lambda
lambda: await x
# --- yield outside function
yield 1
# --- yield in class
class C:
    yield
# --- yield from in async function
async def f():
    yield from x
# --- async for outside async function
def f():
    async for x in y:
        pass
# --- async with outside async function
def f():
    async with x:
        pass
# --- async comprehension outside async function
def f():
    return [x async for x in y]
# --- return with value in async generator
async def f():
    yield 1
    return 2
# --- default except must be last
try:
    pass
except:
    pass
except E:
    pass
# --- multiple starred expressions in assignment
a, *b, *c = d
# --- starred assignment target
*a = b
# --- starred expression here
print(*a if b else c)
x = *a
# --- starred in subscript store
a[*b] = 1
# --- too many statically nested blocks
for a in b:
 for a in b:
  for a in b:
   for a in b:
    for a in b:
     for a in b:
      for a in b:
       for a in b:
        for a in b:
         for a in b:
          for a in b:
           for a in b:
            for a in b:
             for a in b:
              for a in b:
               for a in b:
                for a in b:
                 for a in b:
                  for a in b:
                   for a in b:
                    for a in b:
                     pass
# --- future import late in nested block
if x:
    from __future__ import annotations
# --- future import after other statement on later line
import os
from __future__ import annotations
# --- keyword argument repeated
f(a=1, b=2, a=3)
# --- keyword argument repeated in class
class C(x=1, x=2): pass
# --- irrefutable pattern
match x:
    case y:
        pass
    case 1:
        pass
# --- wildcard not last
match x:
    case _:
        pass
    case 1:
        pass
# --- irrefutable in or-pattern
match x:
    case a | 1:
        pass
# --- multiple assignments in pattern
match x:
    case [a, a]:
        pass
# --- multiple assignments via or-pattern
match x:
    case [a, (a | a)]:
        pass
# --- alternative patterns bind different names
match x:
    case [a] | [b]:
        pass
# --- alternative patterns bind different counts
match x:
    case [a, b] | [a]:
        pass
# --- mapping duplicate key
match x:
    case {"a": 1, "a": 2}:
        pass
# --- mapping duplicate numeric key
match x:
    case {1: a, 1.0: b}:
        pass
# --- class pattern attribute repeated
match x:
    case C(a=1, a=2):
        pass
# --- multiple starred names in sequence pattern
match x:
    case [*a, *b]:
        pass
# --- assign to __debug__
__debug__ = 1
# --- __debug__ as parameter
def f(__debug__): pass
# --- __debug__ keyword
f(__debug__=1)
# --- __debug__ attribute store
x.__debug__ = 1
# --- warning: is with literal
x is 1
# --- warning: is not with literal
if x is not "a": pass
# --- warning: is with literal in chain
a < b is ()
# --- warning: assertion always true
assert (x, "msg")
# --- warning: tuple not callable
(1, 2)(3)
# --- warning: list not callable
[1, 2]()
# --- warning: str not callable
"abc"()
# --- warning: f-string not callable
f"{x}"()
# --- warning: int not subscriptable
x = 1[2]
# --- warning: set not subscriptable
{1, 2}[0]
# --- warning: str indices
"abc"["x"]
# --- warning: tuple indices must be integers
(1, 2)[1.5]
# --- warning: list indices
[1, 2][a, b]
# --- warning: no warning for name index
[1, 2][x]
# --- warning in function
def f():
    return x is 1
# --- delete __debug__
del __debug__
# --- too many expressions in star-unpacking assignment
a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32, a33, a34, a35, a36, a37, a38, a39, a40, a41, a42, a43, a44, a45, a46, a47, a48, a49, a50, a51, a52, a53, a54, a55, a56, a57, a58, a59, a60, a61, a62, a63, a64, a65, a66, a67, a68, a69, a70, a71, a72, a73, a74, a75, a76, a77, a78, a79, a80, a81, a82, a83, a84, a85, a86, a87, a88, a89, a90, a91, a92, a93, a94, a95, a96, a97, a98, a99, a100, a101, a102, a103, a104, a105, a106, a107, a108, a109, a110, a111, a112, a113, a114, a115, a116, a117, a118, a119, a120, a121, a122, a123, a124, a125, a126, a127, a128, a129, a130, a131, a132, a133, a134, a135, a136, a137, a138, a139, a140, a141, a142, a143, a144, a145, a146, a147, a148, a149, a150, a151, a152, a153, a154, a155, a156, a157, a158, a159, a160, a161, a162, a163, a164, a165, a166, a167, a168, a169, a170, a171, a172, a173, a174, a175, a176, a177, a178, a179, a180, a181, a182, a183, a184, a185, a186, a187, a188, a189, a190, a191, a192, a193, a194, a195, a196, a197, a198, a199, a200, a201, a202, a203, a204, a205, a206, a207, a208, a209, a210, a211, a212, a213, a214, a215, a216, a217, a218, a219, a220, a221, a222, a223, a224, a225, a226, a227, a228, a229, a230, a231, a232, a233, a234, a235, a236, a237, a238, a239, a240, a241, a242, a243, a244, a245, a246, a247, a248, a249, a250, a251, a252, a253, a254, a255, *b = c
# --- starred target after 255 names is fine
a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32, a33, a34, a35, a36, a37, a38, a39, a40, a41, a42, a43, a44, a45, a46, a47, a48, a49, a50, a51, a52, a53, a54, a55, a56, a57, a58, a59, a60, a61, a62, a63, a64, a65, a66, a67, a68, a69, a70, a71, a72, a73, a74, a75, a76, a77, a78, a79, a80, a81, a82, a83, a84, a85, a86, a87, a88, a89, a90, a91, a92, a93, a94, a95, a96, a97, a98, a99, a100, a101, a102, a103, a104, a105, a106, a107, a108, a109, a110, a111, a112, a113, a114, a115, a116, a117, a118, a119, a120, a121, a122, a123, a124, a125, a126, a127, a128, a129, a130, a131, a132, a133, a134, a135, a136, a137, a138, a139, a140, a141, a142, a143, a144, a145, a146, a147, a148, a149, a150, a151, a152, a153, a154, a155, a156, a157, a158, a159, a160, a161, a162, a163, a164, a165, a166, a167, a168, a169, a170, a171, a172, a173, a174, a175, a176, a177, a178, a179, a180, a181, a182, a183, a184, a185, a186, a187, a188, a189, a190, a191, a192, a193, a194, a195, a196, a197, a198, a199, a200, a201, a202, a203, a204, a205, a206, a207, a208, a209, a210, a211, a212, a213, a214, a215, a216, a217, a218, a219, a220, a221, a222, a223, a224, a225, a226, a227, a228, a229, a230, a231, a232, a233, a234, a235, a236, a237, a238, a239, a240, a241, a242, a243, a244, a245, a246, a247, a248, a249, a250, a251, a252, a253, a254, *b = c
# --- error column after non-ASCII text counts bytes
é = "ü"; break
# --- error deep inside nested scopes
class C:
    def f(self):
        def g():
            x = [y for y in z]
            continue
# --- warning positions in nested code
class C:
    def f(self):
        return (1, 2)(
            3) is 4
