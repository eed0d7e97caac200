# json keeps lone surrogates apart: an escaped high surrogate next to a literal low one, a str
# holding a false pair, and encoding such a str with ensure_ascii=False.
import json
from json import decoder, encoder

hi, lo = '\ud834', '\udd20'
docs = ['"z\\ud834' + lo + 'x12345"', '"z' + hi + lo + 'x"', '"z' + hi + '\\udd20x"', '"\\ud834"',
        '"a' + lo + '\\ud834"', '"\\ud834\\udd20"', '"\\ud834\\u0079"', '"' + hi + '\\"' + lo + '"']
for scan in (decoder.c_scanstring, decoder.py_scanstring):
    for s in docs:
        r = scan(s, 1, True)
        print(ascii(r), len(r[0]))

print(ascii(json.loads('["\\ud834' + lo + '", {"\\ud834' + lo + '": 1}]')))
print(ascii(json.loads('["' + hi + lo + 'x", "' + hi + lo + '"]')))
try:
    json.loads('["' + hi + lo + 'x" 1]')
except json.JSONDecodeError as e:
    print(e, e.pos, ascii(e.doc))

pair = hi + lo
for ea in (True, False):
    r = json.dumps([pair, {pair: 1}, '\U0001d120', 'q"\n' + pair], ensure_ascii=ea)
    print(ascii(r), len(r))
    back = json.loads(r)
    print(ascii(back), [len(x) for x in back if isinstance(x, str)])
for fn in (encoder.c_encode_basestring, encoder.py_encode_basestring,
           encoder.c_encode_basestring_ascii, encoder.py_encode_basestring_ascii):
    r = fn('\t' + pair + '\\')
    print(ascii(r), len(r))
try:
    encoder.c_encode_basestring(b'x')
except TypeError as e:
    print(type(e).__name__, e)
