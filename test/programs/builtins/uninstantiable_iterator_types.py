# Builtin types without a constructor refuse instantiation ("cannot create 'X' instances", whatever the
# arguments); the deque iterators' constructor messages, which name no function.
import array, collections, itertools, re, io, types, sys, functools, operator
objs = [iter(array.array('b')), iter([]), iter(()), iter(''), iter(b''), iter(bytearray()), iter({}), iter(set()), iter(range(3)), iter(range(2**70)),
        reversed([]), reversed(range(3)), {}.keys(), {}.values(), {}.items(), iter({}.keys()), iter({}.values()), iter({}.items()),
        reversed({}), reversed({}.keys()), reversed({}.items()), reversed({}.values()),
        iter(collections.deque()), reversed(collections.deque()), collections.OrderedDict().keys(), iter(collections.OrderedDict()),
        re.compile('a').finditer('a'), re.compile('a').scanner('a'), re.match('a', 'a'), re.compile('a'),
        (lambda: (yield))(), types.SimpleNamespace, iter(memoryview(b'')), memoryview(b''), sys.flags, sys.version_info,
        (x for x in []).gi_frame, None.__class__, NotImplemented.__class__, Ellipsis.__class__, [].append, (1).__add__, object.__init__, object().__init__,
        int.__add__, property().__get__, str.join, dict.fromkeys, itertools._grouper if hasattr(itertools, '_grouper') else None,
        iter(zip()), iter(map(abs, [])), enumerate([]), iter(io.StringIO()), sys._getframe(), types.CellType, type(sys.implementation),
        functools.partial(abs), operator.itemgetter(1), type.__dict__, super(int, 1), classmethod(abs), staticmethod(abs)]
for o in objs:
    t = o if isinstance(o, type) else type(o)
    try:
        r = t()
        print(t.__name__, "->", type(r).__name__)
    except Exception as e:
        print(t.__name__, type(e).__name__, e)
d = collections.deque([1, 2, 3])
for t in (type(iter(d)), type(reversed(d))):
    for args, kw in (((), {}), ((d, 1, 2), {}), ((5,), {}), ((d,), {'x': 1}), ((d, 1), {}), ((d, 'a'), {})):
        try:
            print(t.__name__, list(t(*args, **kw)))
        except TypeError as e:
            print(t.__name__, "TypeError:", e)
ai = type(iter(array.array('b')))
for args in ((), (1,)):
    try:
        ai(*args)
    except TypeError as e:
        print("TypeError:", e)
print(ai.__new__ is object.__new__, '__new__' in vars(ai))
