# type.__flags__ of classes (heap types: inherited subclass bits, MATCH_SELF, IS_ABSTRACT) and inspect.isabstract.
import abc, inspect
class A: pass
class B(int): pass
class C(list): pass
class D(abc.ABC):
  @abc.abstractmethod
  def m(self): pass
class E: __slots__=()
class F(dict): pass
class G(Exception): pass
class M(type): pass
for t in (A,B,C,D,E,F,G,M):
  print(t.__name__, t.__flags__, hex(t.__flags__))
print(inspect.isabstract(D), inspect.isabstract(A), inspect.isabstract(int), bool(int.__flags__ & (1 << 24)), bool(bool.__flags__ & (1 << 22)))
