# re: a repeated group that can only match the empty string compiles to a REPEAT with an empty item
# ("(?:){2}", "( )*" under VERBOSE); _sre's code check accepts it and the engine stops each
# repetition after one empty step.
import re
for p in ["(?:){1,3}", "(?x)( ){2,}", "(?:(?:)*)+x", "(|)*", "(?:){0}a", "(?:)*?b", "(?:(?:){2})+?", "(?m)^(?:.)(?:(?xi-ms:){1,3}$)|1"]:
    print(repr(p), re.findall(p, "axb"), [m.span() for m in re.finditer(p, "ab")], re.sub(p, "-", "ab"), re.split(p, "ab"))
m = re.fullmatch("(a)(?x:( )){3}", "a")
print(m.span(), m.groups(), m.lastindex)
print(re.compile(b"(?s:  ){2,}", re.X).findall(b","))
