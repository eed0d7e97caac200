# symtable.symtable()'s filename goes through PyUnicode_FSDecoder as compile()'s does: str, bytes, os.PathLike,
# another buffer with a DeprecationWarning (symtable.py's cache then refuses an unhashable one).
import symtable, warnings
for fn in [b"spam", bytearray(b"spam"), memoryview(b"spam"), 5]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            t = symtable.symtable("pass", fn, "exec"); print("ok", t.get_name())
        except Exception as e: print(type(e).__name__, e)
    print([(x.category.__name__, str(x.message)) for x in w])
for fn in [bytearray(b"spam"), memoryview(b"spam")]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try: compile("pass", fn, "exec"); print("ok")
        except Exception as e: print(type(e).__name__, e)
    print([(x.category.__name__, str(x.message)) for x in w])
