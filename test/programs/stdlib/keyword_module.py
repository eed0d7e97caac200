# keyword: the keyword and soft keyword lists, iskeyword/issoftkeyword, and compiling each keyword as a name.
import keyword
print(keyword.kwlist)
print(keyword.softkwlist, len(keyword.kwlist))
print([w for w in ["if", "If", "match", "print", "nonlocal", "_", "case", "await", "__peg_parser__"] if keyword.iskeyword(w)])
bad = []
for w in keyword.kwlist:
    try:
        compile(f"{w} = 1", "<kw>", "exec")
    except SyntaxError as e:
        bad.append(w)
print(len(bad) == len(keyword.kwlist), [w for w in keyword.kwlist if w not in bad])
for w in keyword.softkwlist:
    compile(f"{w} = 1", "<soft>", "exec")
print("soft keywords are valid names")
