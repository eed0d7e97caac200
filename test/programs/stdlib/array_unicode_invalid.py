# array('u') holding a value beyond U+10FFFF: reading it is ValueError (not a crash)
import array

a = array.array('u', b'\xff\xff\xff\xff' + 'x'.encode('utf-32-le'))
print(len(a), a.buffer_info()[1], a.tobytes())
for f in [lambda a: a.tounicode(), str, repr, lambda a: a[0], lambda a: a[1], list]:
    try:
        print(repr(f(a)))
    except ValueError as e:
        print('ValueError', e)
