# The reference for dislab's REPL tests (test/cli/repl.test.ts): CPython's own interactive console
# (code.InteractiveConsole, whose codeop test dislab's REPL follows) reading stdin line by line,
# with prompts (str(sys.ps1) or str(sys.ps2), as code.interact reads them) on stderr as python3.10 -i
# writes them when stdin is a pipe, and a newline at the end of input.
import builtins, code, sys

sys.ps1 = ">>> "
sys.ps2 = "... "
console = code.InteractiveConsole({"__name__": "__main__", "__doc__": None, "__builtins__": builtins}, filename="<stdin>")
more = False
while True:
    sys.stderr.write(str(sys.ps2 if more else sys.ps1))
    line = sys.stdin.readline()
    if not line:
        sys.stderr.write("\n")
        break
    more = console.push(line[:-1] if line.endswith("\n") else line)
