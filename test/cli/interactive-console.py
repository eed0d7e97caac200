# The reference for dislab's REPL tests (test/cli/repl.test.ts): CPython's own interactive console
# (code.InteractiveConsole, whose codeop test dislab's REPL follows) reading stdin line by line,
# with prompts on stderr as python3.10 -i writes them when stdin is a pipe, and a newline at the end.
import builtins, code, sys

console = code.InteractiveConsole({"__name__": "__main__", "__doc__": None, "__builtins__": builtins}, filename="<stdin>")
more = False
while True:
    sys.stderr.write("... " if more else ">>> ")
    line = sys.stdin.readline()
    if not line:
        sys.stderr.write("\n")
        break
    more = console.push(line[:-1] if line.endswith("\n") else line)
