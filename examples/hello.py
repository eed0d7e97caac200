# The function from "An intro to Python bytecodes": `def` compiles its body into a code object.
# `npx dislab dis examples/hello.py` shows the module's bytecode and then hello's:
#   LOAD_CONST 'Hello, ' / LOAD_FAST name / FORMAT_VALUE / LOAD_CONST '!' / BUILD_STRING 3 / RETURN_VALUE
def hello(name):
    return f'Hello, {name}!'


print(hello('world'))
