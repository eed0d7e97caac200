# The dis module's other tools: get_instructions, Bytecode, code_info, show_code, opname/opmap, stack_effect.
import dis
def f(a, b=2, *args, c, **kw):
    x = a + b
    return x * len(args) if c else kw
for ins in dis.get_instructions(f):
    print(ins.offset, ins.opname, ins.arg, repr(ins.argval), ins.argrepr, ins.is_jump_target, ins.starts_line)
bc = dis.Bytecode(f)
print(bc.codeobj is f.__code__, bc.first_line, len(list(bc)))
print(bc.dis())
print(dis.code_info(f))
dis.show_code(f)
print(dis.opname[100], dis.opmap["LOAD_FAST"], dis.HAVE_ARGUMENT, dis.cmp_op, dis.hasjrel[:5])
dis.dis("x = (1, 2)[0] + y")
import io, re
out = io.StringIO()
dis.dis("x = [i ** 2 for i in range(3)]", file=out)
print(re.sub(r" at 0x[0-9a-f]+", " at 0x...", out.getvalue()), end="")
dis.dis(compile("y = 1 if z else 2", "<snippet>", "exec"))
print(list(dis.findlinestarts(f.__code__)), dis.findlabels(f.__code__.co_code))
dis.disassemble(f.__code__, lasti=4)
