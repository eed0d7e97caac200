# float.__set_format__ (a hook for CPython's own tests, spelled so in 3.10.2; later 3.10 releases
# call it __setformat__): its checks, and what float.__getformat__ answers after it.
def t(*args):
    try:
        print(repr(float.__set_format__(*args)))
    except Exception as e:
        print(type(e).__name__, e)
t("double", "IEEE, little-endian")
t("x", "unknown")
t("double", "IEEE, big-endian")
t("float", "IEEE, big-endian")
t("double", "bogus")
t(1, "x")
t("double", 2)
t("double")
t("double", "unknown", 3)
print(float.__getformat__("float"), float.__getformat__("double"))
t("float", "unknown")
print(float.__getformat__("float"), float.__getformat__("double"))
t("float", "IEEE, little-endian")
print(float.__getformat__("float"))
print(type(float.__dict__["__set_format__"]).__name__, list(float.__dict__).index("__set_format__") - list(float.__dict__).index("__getformat__"))
print(float.__set_format__.__text_signature__)
print(float.__set_format__.__doc__)
