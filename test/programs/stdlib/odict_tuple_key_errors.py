# The C OrderedDict raises its KeyErrors for pop, move_to_end and a key gone from under an iterator
# with PyErr_SetObject, so a tuple key becomes the exception's arguments (KeyError(2) for (2,),
# KeyError() for () and None); deleting a missing key or subscripting keeps the key whole, as dict does.
from collections import OrderedDict

for name, f in [("move_to_end", lambda o: o.move_to_end((2,))), ("move_to_end empty", lambda o: OrderedDict().move_to_end((1, 2), last=False)),
                ("pop", lambda o: o.pop((3, 4))), ("pop ()", lambda o: o.pop(())), ("pop int", lambda o: o.pop(7)),
                ("pop None", lambda o: o.pop(None)), ("move_to_end None", lambda o: o.move_to_end(None, "x")),
                ("del", lambda o: o.__delitem__((3,))), ("getitem", lambda o: o[(5,)]), ("move_to_end str", lambda o: o.move_to_end("zz"))]:
    o = OrderedDict([(1, "a")])
    try:
        f(o)
    except KeyError as e:
        print(name, repr(e), e.args)
