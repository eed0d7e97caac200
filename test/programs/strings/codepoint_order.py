# str ordering is by code point: astral characters sort above U+E000..U+FFFF (UTF-16 order would put
# them below), in <, sorted, min/max, and between lone surrogates and astral characters.
words = ["\uffff", "\U0001F600", "\ue000", "\ud7ff", "a", "", "\U00010000", "\uff21", "\U0010FFFF", "z\U0001F600", "z\uffff", "z"]
print([ascii(w) for w in sorted(words)])
print([ascii(w) for w in sorted(words, reverse=True)])
print(ascii(min(words)), ascii(max(words)), "\uffff" < "\U0001F600", "\U0001F600" > "\ue000", "\U0001F600" <= "\uffff")
lone = ["\ud83d", "\ude00", "\ud83dx", "x\ud800", "x\U00010000", "x\uffff", "\udfff", "\ue000"]
print([ascii(w) for w in sorted(lone)])
print("\ud83dx" < "\U0001F600", "\ud800" < "\ue000", "\udfff" < "\U00010000", "a\U0001F600b" < "a\U0001F601", "a\U0001F600" < "a\U0001F600\x00")
print(sorted({"\U0001F600": 1, "\uffff": 2}.items()), sorted(["\U0001F600", "\uffff"], key=str.lower), list(map(ascii, sorted("\U0001F600\uffff\ue000a"))))
print(ascii(max("\uffff\U0001F600\ue000")), "\U0001F600".__lt__("\uffff"), "\U0001F600".__gt__("\uffff"), ("\uffff", 1) < ("\U0001F600", 0))
