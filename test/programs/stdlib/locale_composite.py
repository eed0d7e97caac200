# setlocale(LC_ALL) takes back the name it reported, also when categories differ
# (support.run_with_locale restores the locale that way).
import locale

locale.setlocale(locale.LC_ALL, "C")
locale.setlocale(locale.LC_CTYPE, "C.UTF-8")
saved = locale.setlocale(locale.LC_ALL)
locale.setlocale(locale.LC_ALL, "C")
print(locale.setlocale(locale.LC_CTYPE))
print(locale.setlocale(locale.LC_ALL, saved) == saved)
print(locale.setlocale(locale.LC_CTYPE), locale.setlocale(locale.LC_NUMERIC))
locale.setlocale(locale.LC_ALL, "C")
print(locale.setlocale(locale.LC_ALL, saved) == saved)
