import random, sys
# Pure-Python standard library modules called with random good and bad inputs: textwrap (odd widths,
# indents, placeholders, max_lines), shlex (split/quote/join, posix and not, the shlex class with
# punctuation_chars), urllib.parse (split/join/quote/unquote/urlencode/parse_qs(l) on odd URLs),
# ipaddress (addresses, networks, interfaces, their properties, subnets, supernets, collapsing,
# summarizing, exclusion), fnmatch, posixpath and ntpath (normpath/join/split/splitext/relpath of
# absolute paths/commonpath/commonprefix/basename), difflib (SequenceMatcher, get_close_matches,
# unified/context/ndiff lines), calendar (monthrange, leap years, weekday, TextCalendar text with a
# first weekday of its own), colorsys, pprint.pformat of nested values (no recursion: its text holds
# an id; no sets or dict keys whose order would fall back to ids), html.escape/unescape, string.capwords,
# reprlib, graphlib, email.utils address parsing, http.cookies. Nothing that reads the host (cwd,
# home, time). Each line is one call's ascii() or its exception's type and message.
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 5151)


def r(a, b):
    return random.randint(a, b)


def ch(*xs):
    return random.choice(xs)


def q(*xs):
    return repr(random.choice(xs))


# (literals with backslashes live out here: the generator runs under Python 3.11, whose f-string expressions cannot hold them)
TAB, E_ACUTE, DQUOTE = "\t", "\u00e9", '"'
INDENTS = ["> ", "", "  ", "\t", "\n"]
BIG_INDENTS = ["* ", "", ">>>> ", "\t"]
PLACEHOLDERS = [" [...]", "...", " ", "", " \u2026"]
QUOTABLE = ["", "abc", "a b", "it's", "-x", "@%+=:,./-", "\u00e9", "$x"]
URL_QUOTABLE = ["a b/c", "\u00e9", "~_.-", "\ud800", "%"]
BYTES_QUOTABLE = [b"a b", b"\xff", b""]
URLENCODABLE = [{"a": 1, "b": [1, 2]}, [("a", "x y"), ("b", "\u00e9")], {"a": None}, {}, {"a": b"\xff"}, [("a",)], "ab"]
DIFF_BYTES = [[b"a\n"], [b"c\n"], ["x"]]
ADDRESSES = ["Joe <j@x.com>", "j@x.com", '"a, b" <ab@c>', "<>", "bad<", "a@b, c@d", "(comment) x@y", "=?utf-8?q?J=C3=B6?= <j@x>", ""]
ADDRESS_LISTS = ["a@b, c <c@d>", "x", '"q," <q@r>, ', ""]
REAL_NAMES = ["Joe", "J\u00f6e", "a,b", "", "None"]
EMAIL_QUOTABLE = ['a"b\\c', ""]
EMAIL_QUOTED = ['"ab"', "<x>", "x", '"']
COOKIES = ['a=1; b="x y"', "k=v; Path=/; HttpOnly", "bad key=1", 'a="\\073"', "=x", "a=1; expires=Wed, 21-Oct-2015 07:28:00 GMT"]
COOKIE_QUOTED = ['"a\\073b"', '"\\""', "x", '"']


WORDS = ["lorem", "ipsum", "a", "verylongwordwithoutanybreaks", "x-y-z", "co-operate", "end.", "Dr.", "e.g.", "\u00e9t\u00e9",
         "tab\there", "new\nline", "", "  ", "--", "\u3000", "wide\u4e94\u4e94", "Mr.", "ok?", "A!", "hyphen-", "-dash", "\u2014", "sp ace"]


def text():
    return ch(" ", "  ", "\t", " \n ", "\n\n").join(random.choice(WORDS) for _ in range(r(0, 16)))


def textwrap_expr():
    f = ch("wrap", "fill", "shorten", "dedent", "indent", "TextWrapper")
    t = text()
    if f == "dedent":
        t = ch("  a\n  b", "\ta\n\tb", "  a\n\tb", "    x\n  y\n\n   ", " \u3000a\n \u3000b", "a\n  b", "\n  \n  z", "\t \tq\n\t  r", "   \n", "") + t
        return f"textwrap.dedent({t!r})"
    if f == "indent":
        pred = ch("", ", None", ", lambda l: True", ", lambda l: len(l) > 3", ", lambda l: l.strip() == ''", ", str.isupper", ", 5")
        return f"textwrap.indent({t!r}, {q(*INDENTS)}{pred})"
    opts = []
    # a width not above the indents and placeholder makes TextWrapper loop for ever (in CPython too),
    # so the indents stay short when the width is small
    width = ch(1, 2, 3, 5, 7, 10, 13, 20, 40, 70, 0, -1)
    opts.append(f"width={width}")
    for o in ["break_long_words", "break_on_hyphens", "drop_whitespace", "expand_tabs", "fix_sentence_endings", "replace_whitespace"]:
        if random.random() < 0.25:
            opts.append(f"{o}={ch('True', 'False', '0', '1')}")
    big = width >= 13
    if random.random() < 0.25:
        opts.append(f"initial_indent={q(*BIG_INDENTS) if big else q('', '*')}")
    if random.random() < 0.25:
        opts.append(f"subsequent_indent={ch('  ', '', '-', '....') if big else ch('', '-')!r}")
    if random.random() < 0.25:
        opts.append(f"max_lines={ch(0, 1, 2, 3, 5)}")
    if random.random() < 0.25:
        opts.append(f"placeholder={q(*PLACEHOLDERS) if big else q('.', '')}")
    if random.random() < 0.15:
        opts.append(f"tabsize={ch(0, 1, 4, 8)}")
    if f == "TextWrapper":
        w = f"textwrap.TextWrapper({', '.join(opts)})"
        return ch(f"{w}.wrap({t!r})", f"{w}.fill({t!r})", f"{w}._split({t!r})", f"{w}._munge_whitespace({t!r})",
                  f"(lambda w: (w.wrap({t!r}), w.width, w.placeholder))({w})")
    if f == "shorten":
        opts = [o for o in opts if not o.startswith("max_lines")]
    return f"textwrap.{f}({t!r}, {', '.join(opts)})"


SH = ["a b c", "'a b' c", '"a \\"b\\"" c', "a\\ b", "a 'b", 'a "b', "a # comment\nb", "x=1 y='2 3'", "a;b|c&&d", "a\\", "''", '""',
      "\u00e9\u00e9 x", "a\tb\nc", "'it'\\''s'", "$HOME \\$x", "a 'b''c' \"d\"'e'", "# only", "a#b", "(a) {b}", "~/x *.py", "\\'", "a\\\nb", ""]


def shlex_expr():
    s = random.choice(SH) + ch("", "", " " + random.choice(SH))
    return ch(
        f"shlex.split({s!r})", f"shlex.split({s!r}, comments=True)", f"shlex.split({s!r}, posix=False)",
        f"shlex.split({s!r}, {ch('True', 'False')}, {ch('True', 'False')})",
        f"shlex.quote({q(s, *QUOTABLE)})",
        f"shlex.join({[random.choice(SH) for _ in range(r(0, 3))]!r})",
        f"shlex.split(shlex.join({[random.choice(SH) for _ in range(r(0, 3))]!r}))",
        f"list(shlex.shlex({s!r}, posix={ch('True', 'False')}, punctuation_chars={ch('True', 'False', repr(';|'), repr('()'))}))",
        f"(lambda l: (setattr(l, 'whitespace_split', True), list(l))[1])(shlex.shlex({s!r}, posix={ch('True', 'False')}))",
        f"(lambda l: [l.get_token(), l.get_token(), l.lineno, l.token])(shlex.shlex({s!r}))",
        f"shlex.quote({ch('1', 'None', 'b' + repr('a'))})",
    )


URLS = ["http://a/b/c/d;p?q", "http://user:pw@[::1]:8080/p?x=1#f", "https://example.com:0/", "http://[::1", "http://a:b/",
        "http://a:65536/", "HTTP://EXAMPLE.COM/%7Efoo", "mailto:x@y.z", "file:///etc/passwd", "//netloc/path", "/just/a/path",
        "?q=1&r=2", "#frag", "", "a:b", "javascript:alert(1)", "http://a/b/../c/./d", "http://a/b c?d e#f g", "http://\u00e9x.com/\u00e9",
        "http://a/?a=1&a=2&b=&c", "http://[v1.x]/", "http://a b/", "ftp://ftp.is.co.za/rfc/rfc1808.txt", "urn:oasis:names",
        "http://a/b;p1;p2?q", "HTTP://a:-1/", "http://a:/b", "svn+ssh://h/x", "path?q#f#g", " http://lead.ing/ ", "http://a/%zz",
        "http://a\n.b/", "1http://x", "http://[::ffff:1.2.3.4]:80/", "s3://bucket/key?x"]
QS = ["a=1&b=2", "a=1&a=2", "a", "a=", "=1", "a=1;b=2", "a=%20+b", "&&", "a=1&&b=2", "a=%zz", "%e9=\u00e9", "a=b=c", "+=+", ""]


def urlparse_expr():
    u = random.choice(URLS)
    b = random.choice(URLS)
    return ch(
        f"urllib.parse.urlsplit({u!r})", f"urllib.parse.urlparse({u!r})", f"urllib.parse.urlsplit({u!r}, {ch(repr('http'), repr(''), repr('x'))}, {ch('True', 'False')})",
        f"tuple(urllib.parse.urlsplit({u!r})) + (urllib.parse.urlsplit({u!r}).port,)", f"urllib.parse.urlsplit({u!r}).hostname",
        f"urllib.parse.urlsplit({u!r}).username", f"urllib.parse.urlparse({u!r}).params", f"urllib.parse.urlparse({u!r}).geturl()",
        f"urllib.parse.urlunsplit(urllib.parse.urlsplit({u!r}))", f"urllib.parse.urlunparse(urllib.parse.urlparse({u!r}))",
        f"urllib.parse.urlunsplit({ch(('http', 'h', '/p', 'q', 'f'), ('', '', 'p', '', ''), ('x', '', '//a', '', ''), ('a', 'b'))!r})",
        f"urllib.parse.urljoin({b!r}, {ch(u, 'g', '../g', '../../../g', './', '?y', '#s', '//g', 'g;x', '', '.', '..', '/./g', 'g/..', 'http:g')!r})",
        f"urllib.parse.urldefrag({u!r})", f"urllib.parse.urlsplit({u.encode('utf-8')!r})",
        f"urllib.parse.quote({q(u, *URL_QUOTABLE)}{ch('', ', safe=' + repr(''), ', safe=' + repr('/:'), ', encoding=' + repr('latin-1'), ', errors=' + repr('ignore'))})",
        f"urllib.parse.quote_plus({q(u, 'a b+c', E_ACUTE + ' &')})", f"urllib.parse.quote({ch('b' + repr('a b'), '1', 'None')})",
        f"urllib.parse.quote_from_bytes({q(*BYTES_QUOTABLE)})",
        f"urllib.parse.unquote({ch(u, '%41%42', '%e9', '%C3%A9', '%', '%4', '%zz', 'a+b', '%ED%A0%80')!r}{ch('', ', errors=' + repr('strict'), ', encoding=' + repr('latin-1'))})",
        f"urllib.parse.unquote_plus({ch('a+b%20c', '%2B', '+')!r})", f"urllib.parse.unquote_to_bytes({ch('%41%4', '%e9', 'a%20b', '')!r})",
        f"urllib.parse.urlencode({q(*URLENCODABLE)}{ch('', ', doseq=True', ', quote_via=urllib.parse.quote', ', safe=' + repr('/'))})",
        f"urllib.parse.parse_qs({random.choice(QS)!r}{ch('', ', keep_blank_values=True', ', strict_parsing=True', ', max_num_fields=1', ', separator=' + repr(';'), ', separator=' + repr(''))})",
        f"urllib.parse.parse_qsl({random.choice(QS)!r}{ch('', ', keep_blank_values=True', ', strict_parsing=True', ', max_num_fields=2', ', separator=' + repr(';'))})",
        f"urllib.parse.parse_qsl({random.choice(QS).encode('utf-8')!r})", f"urllib.parse.splittype({u!r})" if False else f"urllib.parse.urlsplit({u!r}).netloc",
    )


V4 = ["0.0.0.0", "127.0.0.1", "10.1.2.3", "192.168.1.1", "255.255.255.255", "1.2.3", "256.1.1.1", "01.2.3.4", "1.2.3.4.5", "169.254.1.1",
      "224.0.0.1", "100.64.0.1", "192.0.2.0", "", "1.2.3.-4", " 1.2.3.4", "1.2.3.4\n", "0x1.2.3.4", "1.2.3.04"]
V6 = ["::", "::1", "fe80::1", "2001:db8::", "::ffff:1.2.3.4", "2002:c000:0204::1", "ff02::1", "fc00::", "1:2:3:4:5:6:7:8", "1::2::3",
      "1:2:3:4:5:6:7:8:9", "::ffff:256.1.1.1", "fe80::1%eth0", "2001:0db8:0000:0000:0000:ff00:0042:8329", "1:2:3:4:5:6:1.2.3.4", ":1::", "12345::",
      "2001:db8::/32", "::/0", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "2001::1:0:0:1"]


def ip_expr():
    a = ch(repr(random.choice(V4)), repr(random.choice(V6)), repr(random.choice(V6)), str(r(0, 2**32 + 1)), str(2**128), "-1", "3.5", "b'\\x01\\x02\\x03\\x04'", "None")
    net = repr(ch(random.choice(V4), random.choice(V6)) + ch("", f"/{r(0, 33)}", f"/{r(0, 129)}", "/255.255.0.0", "/0.0.255.255", "/255.0.255.0", "/x", "/", "/ 8"))
    strict = ch("", ", strict=False", ", False", ", strict=True")
    prop = ch("is_private", "is_global", "is_multicast", "is_loopback", "is_link_local", "is_reserved", "is_unspecified", "version", "packed",
              "reverse_pointer", "max_prefixlen", "exploded", "compressed")
    nprop = ch("network_address", "broadcast_address", "hostmask", "netmask", "with_prefixlen", "with_netmask", "with_hostmask", "num_addresses",
               "prefixlen", "is_private", "is_global")
    return ch(
        f"ipaddress.ip_address({a})", f"repr(ipaddress.ip_address({a}))", f"ipaddress.ip_address({a}).{prop}",
        f"str(ipaddress.ip_address({a}))", f"int(ipaddress.ip_address({a}))", f"ipaddress.ip_address({a}) + {r(-2, 2)}",
        f"ipaddress.ip_network({net}{strict})", f"ipaddress.ip_network({net}{strict}).{nprop}",
        f"list(islice(ipaddress.ip_network({net}{strict}).subnets({ch('', 'prefixlen_diff=' + str(r(0, 3)), 'new_prefix=' + str(r(0, 34)), '1, 2')}), 6))",
        f"ipaddress.ip_network({net}{strict}).supernet({ch('', 'prefixlen_diff=' + str(r(0, 3)), 'new_prefix=' + str(r(0, 34)))})",
        f"list(islice(ipaddress.ip_network({net}{strict}).hosts(), 4))", f"ipaddress.ip_network({net}{strict})[{r(-3, 3)}]",
        f"ipaddress.ip_address({a}) in ipaddress.ip_network({net}{strict})",
        f"ipaddress.ip_network({net}{strict}).overlaps(ipaddress.ip_network({net}, False))",
        f"ipaddress.ip_network({net}{strict}).subnet_of(ipaddress.ip_network({net}, False))",
        f"list(islice(ipaddress.ip_network({net}, False).address_exclude(ipaddress.ip_network({net}, False)), 6))",
        f"ipaddress.ip_interface({net})", f"ipaddress.ip_interface({net}).network", f"ipaddress.ip_interface({net}).with_prefixlen",
        f"ipaddress.ip_interface({net}).ip", f"ipaddress.ip_interface({net}) == ipaddress.ip_interface({net})",
        f"list(ipaddress.collapse_addresses([{', '.join(f'ipaddress.ip_network({n!r}, False)' for n in random.sample(['10.0.0.0/24', '10.0.1.0/24', '10.0.0.0/23', '10.0.2.0/25', '10.0.2.128/25', '1.1.1.1', '::/1', '8000::/1'], r(0, 4)))}]))",
        f"list(ipaddress.summarize_address_range(ipaddress.ip_address({ch(repr('10.0.0.1'), repr('::'), repr('1.2.3.4'))}), ipaddress.ip_address({ch(repr('10.0.0.200'), repr('::ff'), repr('1.2.3.3'))})))",
        f"ipaddress.ip_address({a}) < ipaddress.ip_address({ch(repr('1.2.3.4'), repr('::1'))})",
        f"ipaddress.IPv4Address({a})", f"ipaddress.IPv6Address({a})", f"ipaddress.IPv6Address({a}).ipv4_mapped", f"ipaddress.IPv6Address({a}).sixtofour",
        f"ipaddress.IPv6Address({a}).teredo", f"ipaddress.IPv4Network(({a}, {r(0, 33)}){strict})", f"ipaddress.IPv6Network(({a}, {ch(r(0, 129), repr('64'))}){strict})",
        f"ipaddress.v4_int_to_packed({ch(0, 1, -1, 2**32, 2**32 - 1)})", f"ipaddress.v6_int_to_packed({ch(0, 1, -1, 2**128)})",
        f"ipaddress.get_mixed_type_key(ipaddress.ip_address({a}))",
        f"sorted([ipaddress.ip_network({net}, False), ipaddress.ip_network({net}, False)])",
    )


PATHS = ["", ".", "..", "/", "//", "///", "a", "a/b", "/a/b/", "a//b", "./a", "../a", "/../a", "a/./b/../c", "a/b/..", ".hidden", "a.tar.gz",
         "a.", "..a", "a/.b", "/a/b.c/d", "x.py", "~/x", "a\\b", "/\u00e9/f", "a/b/c/../../..", "...", "a/...", "//a//b//"]
WPATHS = ["C:\\a\\b", "c:/a/../b", "\\\\server\\share\\x", "C:", "C:a", "\\a", "a/b\\c", "\\\\?\\C:\\x", "..\\..", "C:\\", "//s/sh", "a:b:c", ""]
GLOBS = ["*", "*.py", "?", "[abc]", "[!a]", "[]]", "[a-", "[z-a]", "**", "a*b*c", "\\*", "[[]", "[!]]", "*.[ch]", "", "[^a]", "a?c", "[a-z]*"]


def path_expr():
    p, q = random.choice(PATHS), random.choice(PATHS)
    w, v = random.choice(WPATHS), random.choice(WPATHS)
    absp = "/" + p.lstrip("/")
    absq = "/" + q.lstrip("/")
    names = [random.choice(PATHS) for _ in range(r(0, 4))]
    return ch(
        f"posixpath.normpath({p!r})", f"posixpath.join({p!r}, {q!r})", f"posixpath.join({p!r}, {q!r}, {random.choice(PATHS)!r})",
        f"posixpath.split({p!r})", f"posixpath.splitext({p!r})", f"posixpath.basename({p!r})", f"posixpath.dirname({p!r})",
        f"posixpath.isabs({p!r})", f"posixpath.relpath({absp!r}, {absq!r})", f"posixpath.relpath({p!r}, {ch('None', repr(''), '5')})" if not p else f"posixpath.relpath({absp!r}, {absq!r})",
        f"posixpath.commonpath({names!r})", f"posixpath.commonpath([{absp!r}, {absq!r}])", f"posixpath.commonpath([{absp!r}, {q!r}])",
        f"posixpath.commonprefix({names!r})", f"posixpath.normpath({p.encode()!r})", f"posixpath.join({p!r}, {q.encode()!r})",
        f"posixpath.join({p.encode()!r}, {q.encode()!r})", f"posixpath.splitext({p.encode()!r})", f"posixpath.normcase({p!r})",
        f"posixpath.join({ch('1', 'None')}, {p!r})", f"posixpath.splitdrive({p!r})", f"posixpath.basename({ch('None', '1')})",
        f"ntpath.normpath({w!r})", f"ntpath.splitdrive({w!r})", f"ntpath.split({w!r})", f"ntpath.join({w!r}, {v!r})", f"ntpath.isabs({w!r})",
        f"ntpath.splitext({w!r})", f"ntpath.basename({w!r})", f"ntpath.normcase({w!r})", f"ntpath.commonpath([{w!r}, {v!r}])",
        f"fnmatch.fnmatch({p!r}, {random.choice(GLOBS)!r})", f"fnmatch.fnmatchcase({p!r}, {random.choice(GLOBS)!r})",
        f"fnmatch.filter({names!r}, {random.choice(GLOBS)!r})", f"fnmatch.translate({random.choice(GLOBS)!r})",
        f"fnmatch.fnmatch({p.encode()!r}, {random.choice(GLOBS).encode()!r})", f"fnmatch.fnmatch({p!r}, {random.choice(GLOBS).encode()!r})",
    )


def seq():
    return random.choice([
        list("abcde"[: r(0, 5)]), list("abxcd"), list("aaaab"), list("the quick brown fox"[: r(0, 19)]), [1, 2, 3, 2, 1],
        ["one\n", "two\n", "three\n"], ["one\n", "2\n", "three\n", "four"], [], ["a\n"] * r(0, 4), ["x\n", "y\n"], list("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"),
    ])


def difflib_expr():
    a, b = seq(), seq()
    junk = ch("None", "lambda x: x == ' '", "lambda x: x in 'ab'", "str.isspace")
    sm = f"difflib.SequenceMatcher({junk}, {a!r}, {b!r}{ch('', ', autojunk=False')})"
    sa, sb = "".join(map(str, a)), "".join(map(str, b))
    return ch(
        f"{sm}.ratio()", f"{sm}.quick_ratio()", f"{sm}.real_quick_ratio()", f"{sm}.get_opcodes()", f"{sm}.get_matching_blocks()",
        f"list({sm}.get_grouped_opcodes({r(0, 3)}))", f"{sm}.find_longest_match({ch('', '0, 3, 0, 3', '1, 2')})",
        f"difflib.get_close_matches({sa!r}, {[ ''.join(map(str, seq())) for _ in range(r(0, 4))]!r}{ch('', ', n=' + str(r(-1, 3)), ', cutoff=' + str(ch(0.0, 0.3, 1.0, 1.5, -1)))})",
        f"list(difflib.unified_diff({a!r}, {b!r}{ch('', ', n=0', ', n=1', ', lineterm=' + repr(''), ', fromfile=' + repr('x') + ', tofile=' + repr('y'))}))",
        f"list(difflib.context_diff({a!r}, {b!r}{ch('', ', n=0', ', lineterm=' + repr(''))}))",
        f"list(difflib.ndiff({a!r}, {b!r}{ch('', ', linejunk=difflib.IS_LINE_JUNK', ', charjunk=None')}))",
        f"list(difflib.restore(difflib.ndiff({a!r}, {b!r}), {ch(1, 2, 3)}))", f"list(difflib.unified_diff({sa!r}, {sb!r}))",
        f"difflib.IS_CHARACTER_JUNK({q(' ', TAB, 'a', '')})", f"list(difflib.Differ().compare({a!r}, {b!r}))",
        f"list(difflib.diff_bytes(difflib.unified_diff, [b'a\\n', b'b\\n'], {q(*DIFF_BYTES)}))",
    )


def calendar_expr():
    y = ch(r(1, 9999), r(1895, 2105), 0, -1, 10000, 1900, 2000, 2100, 1752)
    m = ch(r(1, 12), 0, 13, -1)
    c = f"calendar.TextCalendar({ch(0, 6, 3, 7, -1)})"
    return ch(
        f"calendar.monthrange({y}, {m})", f"calendar.isleap({y})", f"calendar.leapdays({y}, {ch(r(1, 9999), 0, -5)})",
        f"calendar.weekday({y}, {m}, {ch(r(1, 31), 0, 29, 30, 31, 32)})", f"calendar.monthcalendar({y}, {m})",
        f"{c}.formatmonth({y}, {m}{ch('', ', ' + str(r(0, 4)), ', ' + str(r(0, 4)) + ', ' + str(r(0, 3)))})",
        f"{c}.formatweekheader({r(0, 12)})", f"list({c}.iterweekdays())", f"{c}.monthdayscalendar({y}, {m})",
        f"{c}.formatyear({y}, {ch(1, 2, 3)}, {ch(1, 2)}, {ch(1, 6)}, {ch(1, 3, 4)})" if random.random() < 0.1 else f"list({c}.itermonthdays2({y}, {m}))[:9]",
        f"list({c}.itermonthdates({y}, {m}))[:3]", f"list({c}.itermonthdays4({y}, {m}))[-3:]",
        f"calendar.HTMLCalendar({ch(0, 2)}).formatmonth({y}, {m})" if random.random() < 0.3 else f"calendar.month({y}, {m})",
        f"calendar.timegm(({y}, {m}, {ch(1, 31, 0)}, {ch(0, 23, 25)}, 0, {ch(0, 61)}))", f"calendar.month_name[{r(-1, 13)}]",
        f"calendar.day_abbr[{r(-8, 7)}]", f"calendar.day_name[{r(0, 6)}:{r(0, 7)}]", f"list(calendar.month_abbr)[{r(0, 3)}]",
    )


def colorsys_expr():
    v = lambda: ch(0.0, 1.0, 0.5, 0.25, 1 / 3, -0.5, 1.5, 0, 1, 2.0, 0.999, 1e-9, "float('nan')", "float('inf')")
    f = ch("rgb_to_hsv", "hsv_to_rgb", "rgb_to_hls", "hls_to_rgb", "rgb_to_yiq", "yiq_to_rgb")
    if random.random() < 0.8:
        return f"colorsys.{f}({v()}, {v()}, {v()})"
    return ch(f"colorsys.{f}({v()}, {v()})", f"colorsys.{f}({v()}, {v()}, {ch(repr('x'), 'None')})")


def value(depth=0):
    x = random.random()
    if depth > 3 or x < 0.45:
        return ch(str(r(-10, 10 ** r(1, 25))), "'s'", repr("a longer string value " * r(1, 4)), "None", "True", "1.5", "-0.0", "float('inf')",
                  "b'by\\x00tes'", "bytearray(b'ba')", "3j", "''", repr("\u00e9\n\t\"'"), "range(3)", "Decimal('1.10')", "Fraction(1, 3)",
                  "P(1, 2)", "OD(a=1)", "DD(list, {'k': [1]})", "Counter('abca')", "Dc(1, [2])", "ChainMap({'a': 1})", "deque([1, 2], 3)")
    kind = ch("list", "tuple", "dict", "set", "frozenset", "tup1", "odict")
    n = r(0, 5)
    if kind in ("set", "frozenset"):
        # small ints >= 0 only: a set that fits on a line is its repr(), in the order of its members'
        # hashes, and a negative hash probes other slots in the 32-bit oracle (an unsigned size_t)
        items = sorted({r(0, 60) for _ in range(n)})
        return f"{kind}([{', '.join(map(str, items))}])"
    if kind in ("dict", "odict"):
        # keys of one type, or ints/strs/None across types: pprint orders keys it cannot compare by their type's name, then by id
        keys = [ch(repr(''.join(random.sample('abcdefgh', r(1, 3)))), str(r(-9, 99)), "None", "(1, 2)") for _ in range(n)]
        body = ", ".join(f"{k}: {value(depth + 1)}" for k in keys)
        return f"{{{body}}}" if kind == "dict" else f"OD([{', '.join(f'({k}, {value(depth + 1)})' for k in keys)}])"
    items = [value(depth + 1) for _ in range(n)]
    if kind == "tup1":
        return f"({value(depth + 1)},)"
    return f"[{', '.join(items)}]" if kind == "list" else f"({', '.join(items)}{',' if len(items) == 1 else ''})"


def pprint_expr():
    v = value()
    opts = []
    if random.random() < 0.7:
        opts.append(f"width={ch(1, 5, 10, 20, 40, 80, 0, -1)}")
    if random.random() < 0.4:
        opts.append(f"depth={ch(1, 2, 3, 0, -1, 'None')}")
    if random.random() < 0.3:
        opts.append(f"indent={ch(0, 1, 4, -1)}")
    if random.random() < 0.3:
        opts.append(f"compact={ch('True', 'False')}")
    if random.random() < 0.3:
        opts.append(f"sort_dicts={ch('True', 'False')}")
    if random.random() < 0.2:
        opts.append(f"underscore_numbers={ch('True', 'False')}")
    o = ", ".join(opts)
    return ch(f"pprint.pformat({v}{', ' + o if o else ''})", f"pprint.pformat({v}{', ' + o if o else ''})", f"pprint.saferepr({v})",
              f"pprint.isreadable({v})", f"pprint.PrettyPrinter({o}).pformat({v})", f"reprlib.repr({v})",
              f"(lambda R: (setattr(R, 'maxlevel', {r(0, 3)}), setattr(R, 'maxlist', {r(0, 4)}), setattr(R, 'maxstring', {r(0, 12)}), R.repr({v}))[-1])(reprlib.Repr())")


HTML = ["<a href='x'>&amp;</a>", "&lt;&gt;&quot;&#39;", "&amp", "&ampx", "&#x41;&#65;&#0;&#x110000;&#xd800;&#128;&#x80;&#150;", "&notit; &notin;",
        "&NotAnEntity;", "&#;&#x;&#xg;", "&AElig&aelig;", "\u00e9<>\"'&", "&#1234567890123;", "&gt", "&lt;script&gt;", "&#x0D;&#13;", ""]


def misc_expr():
    t = text()
    return ch(
        f"html.escape({random.choice(HTML)!r}{ch('', ', False', ', quote=True')})", f"html.unescape({random.choice(HTML)!r})",
        f"html.unescape({random.choice(HTML) + random.choice(HTML)!r})", f"html.escape({ch('1', 'None', 'b' + repr('<'))})",
        f"string.capwords({t!r}{ch('', ', None', ', ' + repr('-'), ', ' + repr(' '), ', ' + repr(''), ', ' + repr('e'))})",
        f"list(graphlib.TopologicalSorter({ch({'a': ['b'], 'b': ['c']}, {'a': ['b'], 'b': ['a']}, {1: [2, 3], 2: [3], 4: []}, {}, {'x': ['x']}, {'a': 'bc', 'c': 'd'})!r}).static_order())",
        f"email.utils.parseaddr({q(*ADDRESSES)})",
        f"email.utils.getaddresses([{q(*ADDRESS_LISTS)}])",
        f"email.utils.formataddr(({q(*REAL_NAMES)}, {ch('j@x.com', 'x', '')!r}))",
        f"email.utils.quote({q(*EMAIL_QUOTABLE)})", f"email.utils.unquote({q(*EMAIL_QUOTED)})",
        f"email.utils.parsedate_tz({ch('Mon, 20 Nov 1995 19:12:08 -0500', '20 Nov 95 19:12 GMT', 'garbage', '1 Jan 2000 00:00:00 +9999', 'Tue, 1 Foo 2000 1:2:3')!r})",
        f"email.utils.collapse_rfc2231_value({ch('abc', ('utf-8', 'en', 'caf%C3%A9'))!r})",
        f"(lambda c: (c.load({q(*COOKIES)}), c.output())[1])(http.cookies.SimpleCookie())",
        f"http.cookies._quote({q('a b', 'a;b', E_ACUTE, DQUOTE)})", f"http.cookies._unquote({q(*COOKIE_QUOTED)})",
        f"keyword.iskeyword({ch('match', 'if', 'None', 'async', '_', 'print')!r})", f"keyword.issoftkeyword({ch('match', 'case', '_', 'if')!r})",
    )


GENS = [textwrap_expr, shlex_expr, urlparse_expr, urlparse_expr, ip_expr, ip_expr, path_expr, path_expr, difflib_expr, calendar_expr,
        colorsys_expr, pprint_expr, pprint_expr, misc_expr]

PRELUDE = r'''import textwrap, shlex, urllib.parse, ipaddress, fnmatch, posixpath, ntpath, difflib, calendar, colorsys, pprint, reprlib
import html, string, graphlib, email.utils, http.cookies, keyword
from collections import OrderedDict as OD, defaultdict as DD, Counter, ChainMap, deque, namedtuple
from dataclasses import dataclass
from itertools import islice
from decimal import Decimal
from fractions import Fraction
P = namedtuple('P', 'x y')
@dataclass
class Dc:
    a: int
    b: list
def p(i, f):
    try:
        r = f()
    except Exception as e:
        print(i, type(e).__name__, ascii(str(e)))
    else:
        print(i, ascii(r))
'''

out = [PRELUDE]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
for i in range(n):
    out.append(f"p({i}, lambda: {random.choice(GENS)()})")
sys.stdout.write("\n".join(out) + "\n")
