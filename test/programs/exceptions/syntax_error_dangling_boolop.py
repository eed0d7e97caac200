# A target ending in a dangling `or`/`and` ('del 1 or'): the operator is left unconsumed and the
# target is the operand alone, so the error names it ("cannot delete literal"), not an expression.
import warnings
warnings.simplefilter('ignore')  # '0x1for' is a DeprecationWarning ('0x1f' then 'or')
SOURCES = [
    "for 0x1f in x: pass", "for 0x1for in x: pass", "del 0x1for", "del 1 or", "del 1or 2", "del (1 or)", "for 1 or in x: pass",
    "del a, 1 or", "with a as 1 or: pass", "del 1 and", "for 'a' and in x: pass", "del a, None and", "del f() or", "del a.b and",
    "del 1 or 2 or", "del 1 and 2 and", "del 1 or 2 and", "del not 1 and", "del [1] or", "for (a) or in b: pass", "del 1if 1 else 2",
    "del 1 if", "for 1 if in x: pass", "del 1 < ", "del -1 <",
]
for src in SOURCES:
    try:
        compile(src, "<src>", "exec")
        print(src, "ok")
    except SyntaxError as e:
        print(src, "|", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
