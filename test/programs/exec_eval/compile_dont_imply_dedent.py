# compile(..., 'single', PyCF_DONT_IMPLY_DEDENT) (the flag codeop uses): the end of the text closes no open
# indented block, so an indented statement without its final newline is 'invalid syntax' at that
# line, offset 0 (codeop then takes the text as incomplete). The same sources without the flag, and in exec mode.
srcs = ["if 1: pass", "def x():\n  pass", "if 1:\n  pass\nelse:\n  pass", "x = 1", "x = 1; y = 2", "if 1:\n  x\n  if 2: y", "@d\ndef f(): pass", "class C: pass", "if 1: pass\n", "if 1:\n  pass\n  ", "if 1:\n  pass\n#c", "if 1:\n  pass\n\\\n", "x = (1,\n2)", "if 1:\n  pass\n "]
for flags in [0, 0x200]:
    for s in srcs:
        try:
            compile(s, "<i>", "single", flags)
            print(flags, repr(s), "ok")
        except SyntaxError as e:
            print(flags, repr(s), "SyntaxError", e.msg, e.lineno, e.offset, repr(e.text))
srcs2 = ["def x():\n  pass", "def x():\n  pass\n", "def x():\n  pass\n\n", "if 9==3:\n   pass\nelse:\n   pass", "if 9==3:\n   pass\nelse:\n   pass\n", "if 1:\n pass\n if 1:\n  pass\n else:\n  pass",
        "x = 1", "x = 1\n", "if 1: pass", "if 1: pass\n", "for x in y:\n pass\n", "for x in y:\n  pass\n\n", "if 1:\n  x\n  y\n", "if 1:\n  if 2:\n    x\n", "if 1:\n  if 2:\n    x\n\n", "class C:\n  def f(self):\n    pass\n", "while 1:\n  pass\n  # c\n"]
for mode in ["single", "exec"]:
    for s in srcs2:
        try:
            compile(s, "<i>", mode, 0x200)
            print(mode, repr(s), "ok")
        except SyntaxError as e:
            print(mode, repr(s), "SyntaxError", e.msg, e.lineno, e.offset)
