import random, sys
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 21)
strs = ["''", "'abc'", "'  a b  c '", "'Hello World'", "'ß'", "'İstanbul'", "'ﬁx'", "'a\\tb\\nc\\r\\nd'", "'ΣΑΣ'", "'x' * 5", "'123'", "'١٢٣'", "'½'", "'a,b,,c'", "'aaa'", "'\\u0130'", "'ǅungla'", "'\\x00\\x7f\\x80'", "'🙂x'", "'\\ud800'", "'CamelCase_snake'", "'  '", "'ab'*3", "'Straße'", "'ﬃ'"]
meths = ["upper()", "lower()", "casefold()", "title()", "capitalize()", "swapcase()", "isalpha()", "isdigit()", "isdecimal()", "isnumeric()", "isidentifier()", "isprintable()", "isspace()", "istitle()", "isupper()", "islower()", "isalnum()", "isascii()",
 "split()", "split(',')", "split('a', 1)", "rsplit(None, 1)", "rsplit('b')", "splitlines()", "splitlines(True)", "partition('b')", "rpartition('a')", "strip()", "strip('a ')", "lstrip('xa')", "rstrip('c ')",
 "center(9, '*')", "ljust(7)", "rjust(7, '-')", "zfill(6)", "expandtabs(4)", "find('b')", "rfind('a', 1)", "index('a')", "count('a')", "count('')", "replace('a', 'XY')", "replace('', '-')", "replace('a', '', 1)",
 "startswith(('a', 'H'))", "endswith('c', 0, 3)", "encode('utf-8', 'replace')", "encode('ascii', 'xmlcharrefreplace')", "encode('latin-1', 'backslashreplace')", "encode('utf-16')", "encode('cp1252', 'ignore')", "removeprefix('a')", "removesuffix('c')",
 "join(['1', '2'])", "format_map({})", "__mul__(-1)", "__getitem__(slice(None, None, -2))", "__getitem__(slice(1, -1, 3))", "__contains__('')", "__repr__()", "__hash__() == hash(S)", "translate({97: 'Z', 98: None})", "maketrans('ab', 'cd')", "isidentifier()", "encode('idna')", "encode('punycode')", "encode('unicode_escape')", "encode('raw_unicode_escape')", "encode('utf-7')", "encode('utf-32-be')"]
lines = []
for i in range(2000):
    s = random.choice(strs)
    m = random.choice(meths).replace("S", s)
    lines.append("t(%r)" % f"({s}).{m}")
sys.stdout.write('''def t(e):
    try: print(e, "->", ascii(eval(e)))
    except Exception as ex: print(e, "!!", type(ex).__name__, ascii(str(ex)))
''' + "\n".join(lines) + "\n")
