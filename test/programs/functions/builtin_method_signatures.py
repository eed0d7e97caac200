# __text_signature__, __doc__ and inspect.signature of builtin methods (descriptors, bound methods, slot wrappers, classmethods).
import inspect
for f in [str.upper, str.split, list.append, [].append, "".join, dict.fromkeys, int.from_bytes, int.__add__, (1).__add__, object.__init__, list.__len__, dict.get, str.__dict__["upper"], bytes.hex, list.sort, object.__reduce__]:
    try: sig = str(inspect.signature(f))
    except ValueError as e: sig = "ValueError: " + str(e).split(" at 0x")[0]
    print(getattr(f, "__qualname__", "?"), repr(f.__text_signature__), sig, repr((f.__doc__ or "")[:50]))
