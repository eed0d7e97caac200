print("pkg.sub runs, __package__ =", __package__)
Y = 2
def where():
    return __name__
