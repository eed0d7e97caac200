# The session of the article "An intro to Python bytecodes", as a script: hello, its code object, dis.
def hello(name):
    return f'Hello, {name}!'

print(type(hello))
print(hello('world'))
print(dir(hello.__code__))
print(hello.__code__.co_code)
import dis
dis.dis(hello)
print(hello.__code__.co_consts)
print(hello.__code__.co_varnames)
print(hello.__code__.co_names, hello.__code__.co_stacksize, hello.__code__.co_flags, hello.__code__.co_argcount)
print(list(dis.get_instructions(hello))[0])
print(dis.code_info(hello))
for ins in dis.Bytecode(hello):
    print(ins.offset, ins.opname, ins.arg, repr(ins.argval), ins.argrepr, ins.starts_line, ins.is_jump_target)
print(dis.Bytecode(hello).dis() == "".join(l + "\n" for l in dis.Bytecode(hello).dis().splitlines()))
print(list(hello.__code__.co_lines()))
print(hello.__code__.replace(co_name="greet").co_name, hello.__code__.co_lnotab, hello.__code__.co_linetable)
