# String literal escapes and repr's choice of quotes and escapes for every kind of character.
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\\"), repr("\n\t\r\x00\x7f\x80\xa0\xad"))
print(repr("\a\b\f\v"), repr("\u200b\u2028\ufeff"), repr("\U0001F600"), repr("\x1b[0m"), repr("é"), repr("\u0378"))
print("\101\x42\u0043\U00000044\N{LATIN SMALL LETTER E}\N{EM DASH}\N{SNAKE}", "\0" == "\x00", len("\777"[0]), ord("\777"))
print(r"\n\t\\", R"raw\"quote", len(r"\x41"), "tab\there", "line\
continued", "\'\"", b"\x41\101\n")
print("""triple "quoted" 'string'
with newline""", '''and 'single' triple''')
print(repr(r"\N{SNAKE}"), repr("\N{snake}"), "\N{LATIN CAPITAL LETTER A WITH GRAVE}", "\N{DIGIT ONE}")
for c in range(0, 0x110, 7):
    print(hex(c), repr(chr(c)), ascii(chr(c)))
for c in [0x7f, 0x80, 0x9f, 0xa0, 0xad, 0x34f, 0x378, 0x600, 0x2028, 0x2029, 0xe000, 0xfffe, 0xffff, 0x1f600, 0xe0001, 0x10ffff]:
    print(hex(c), repr(chr(c)), ascii(chr(c)), chr(c).isprintable())
print(ascii("naïve ☃ 😀"), ascii(b"bytes"), ascii(["é", 1]), repr(["é", "\n"]), str(["é"]))
