# textwrap: wrap/fill with widths and options, shorten, dedent/indent, TextWrapper attributes.
import textwrap
text = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. Sphinx of black quartz, judge my vow."
for w in (20, 35, 60):
    print(textwrap.wrap(text, width=w))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=40), "|", textwrap.shorten("Hello  world!", width=12), "|", textwrap.shorten(text, 30, placeholder=" [...]"))
code = """
    def f():
        return 1
      # odd indent
"""
print(repr(textwrap.dedent(code)), repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\n\nb", "+ ", lambda line: True)))
tw = textwrap.TextWrapper(width=15, break_long_words=False, max_lines=3, placeholder="~")
print(tw.wrap("short words then averyveryverylongword and more words here"))
print(textwrap.wrap("supercalifragilisticexpialidocious", 10), textwrap.wrap("a-hyphenated-word-list", 8), textwrap.wrap("tabs\there", 6, expand_tabs=True))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("one two", 3))
