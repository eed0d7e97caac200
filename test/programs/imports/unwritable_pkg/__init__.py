# A package that puts an object refusing new attributes in sys.modules in its place.
import sys


class Unwritable:
    __slots__ = ["__name__", "__path__", "__spec__", "__file__"]

    def __init__(self):
        for attr in self.__slots__:
            setattr(self, attr, globals()[attr])


sys.modules[__name__] = Unwritable()
