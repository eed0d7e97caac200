# Argument Clinic's conversions of list, bytes, bytearray and str methods' integer arguments: a Py_ssize_t
# past its range is 'Python int too large to convert to C ssize_t', an int one 'to C int'; the
# argument is converted before the method looks at its object (pop of an empty list).
for f in (lambda v: [1].insert(v, 0), lambda v: [].pop(v), lambda v: [1, 2].pop(v), lambda v: [3, 1].sort(reverse=v), lambda v: bytearray(b'ab').insert(v, 1), lambda v: bytearray().pop(v), lambda v: bytearray(b'xy').pop(v),
          lambda v: b'ab'.center(v), lambda v: b'ab'.zfill(v), lambda v: b'a b'.split(None, v), lambda v: b'ab'.replace(b'a', b'c', v), lambda v: b'a\tb'.expandtabs(v), lambda v: b'abcd'.hex(':', v), lambda v: bytearray(b'x').__reduce_ex__(v),
          lambda v: 'a b'.split(None, v), 'a b'.rsplit, lambda v: 'abc'.replace('a', 'b', v), lambda v: 'ab'.zfill(v), lambda v: 'a\tb'.expandtabs(v), lambda v: 'abc'[v], lambda v: 'ab'.center(v, '*')):
    for v in (2**70, -2**70, 1.5, 'x', None, True, -1):
        try: print(f(v))
        except Exception as e: print(type(e).__name__, e)
