# pdb driven from stdin: next, step into a call, print and pretty-print locals, return, continue
# (pdb runs on bdb and sys.settrace; signal is imported for its SIGINT handling).
# stdin-line: n
# stdin-line: n
# stdin-line: s
# stdin-line: p n, acc
# stdin-line: n
# stdin-line: pp locals()
# stdin-line: r
# stdin-line: p total
# stdin-line: c
import pdb
import sys

def step(n, acc):
    acc = acc + [n * n]
    return acc

def work(k):
    total = []
    for i in range(k):
        total = step(i, total)
    return total

p = pdb.Pdb(stdin=sys.stdin, stdout=sys.stdout, nosigint=True)
p.prompt = "(Pdb) "
p.use_rawinput = False
print("result", p.runcall(work, 3))
