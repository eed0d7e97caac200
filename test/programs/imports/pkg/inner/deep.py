from ..sub import where
from . import INNER
def depth():
    return f"{__name__} ({where()})"
def fail():
    raise ValueError(f"failure raised in {__name__}")
