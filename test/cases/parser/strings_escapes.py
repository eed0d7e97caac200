a = '\n\t\r\\\'\"\a\b\f\v\0\1\12\123\1234\x41\u00e9\U0001F600'
b = b'\n\t\x00\xff\177\777\\'
c = r'\n\t' R"\x" rb'\d' Rb"\n" bR'x' BR"y" Br'' rB""
d = '\d \w \s'
e = b'\d'
f = u'\u1234' U'x'
g = 'line\
continued'
h = """triple 'single' "double" \
and newline
end"""
i = '''a''' '''b''' """c""" "" '' b"" b''
j = '\N{LATIN SMALL LETTER E WITH ACUTE}\N{bullet}\N{EM DASH}'
k = 'é' 'ü' '😀' '\xe9'
l = 'a' 'b' \
    'c'
m = ('implicit'
     'concat'
     "ination")
n = '\
'
