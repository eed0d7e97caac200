é = 1
ﬁ = 2
ℌ = 3
x = ℌ + ﬁ + é
def ñ(ü=1, *, ö): return ü
class Ω: pass
ａ = 1
x = ＡＢＣ
import ℌmod
from ﬁle import ﬁ as ℌ
x = a.ﬁ
x = f(ﬁ=1)
x = "é" + ℌ  # comment é
