from .sub import Y
from . import VERSION
from .inner.deep import depth
Z = Y * 10
def info():
    return f"sub2 sees Y={Y}, VERSION={VERSION}, depth={depth()}"
