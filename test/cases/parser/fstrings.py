x = f"{a}"
x = f"{a!r}" f'{b!s:>10}' F"{c!a:{width}.{prec}}"
x = f"{a=}" f"{a = }" f"{a=!s}" f"{a=:>5}"
x = f"{{}}" f"{{{a}}}" f"a{{b}}c"
x = f"" f'' rf"\d{a}" fr'\n{b}' Rf"{c}\x"
x = "plain" f"{a}" "more" f"end"
x = f"""
multi {line}
  {expr + 1}
"""
x = f'{a["key"]}' f"{b['k']}" f"{'nested' + f'{c}'}"
x = f"{x:{'>'}10}" f"{3.14:.{2}f}"
x = f"{a if b else c}" f"{(lambda x: x)(1)}" f"{[i for i in range(3)]}"
x = f"{a:=10}" f"{(a:=10)}"
x = f"{ a }" f"{  b  !r}" f"{c   :  >3}"
x = f"{a!r:}" f"{a:}" f"{a:{b}}"
x = f"é{a}ü{b}" f"{'ö'}" f"{x}€"
x = f"{a}" "b" u"c"
x = u"abc" "def"
x = U"abc"
x = f"{x,y}" f"{*a,}"
x = f"{x!r:{y!s:>{z}}}"
x = f"\N{BULLET} {a}"
x = f"{x}\
{y}"
x = (f"{a}"
     f"{b}")
x = f"{'''tri'''}" f'{"""ple"""}'
x = f"{a:%Y-%m-%d}" f"{b:,}" f"{c:#x}"
def f():
    return f"{yield_}" f"{await_}"
x = f'{a}' 'b' f'{c}' rb'' if False else None
