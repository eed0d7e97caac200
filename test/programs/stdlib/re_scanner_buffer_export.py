# A scanner (re.finditer's iterator, pattern.scanner()) holds its bytearray subject's buffer, so the
# bytearray cannot be resized while it lives; finditer's iterator lets go of it when exhausted, match
# objects and the one-shot functions hold nothing.
import re
def tryext(ba, label):
    try:
        ba.extend(b'x'); print(label, "extend ok")
    except BufferError as e: print(label, "BufferError", e)
ba = bytearray(b'aaa'); it = re.finditer(b'a', ba); tryext(ba, "finditer created")
next(it); tryext(ba, "after next")
ba = bytearray(b'aaa'); it = re.finditer(b'a', ba); next(it)
for m in it: pass
tryext(ba, "after exhaustion")
ba = bytearray(b'aaa'); m = re.match(b'a', ba); tryext(ba, "match obj")
ba = bytearray(b'aaa'); s = re.compile(b'a').scanner(ba); tryext(ba, "scanner created")
s.match(); tryext(ba, "scanner.match")
s.search(); tryext(ba, "scanner.search")
while s.search(): pass
tryext(ba, "scanner exhausted")
ba = bytearray(b'aaa'); r = re.findall(b'a', ba); tryext(ba, "findall")
ba = bytearray(b'aaa'); r = re.sub(b'a', b'b', ba); tryext(ba, "sub")
ba = bytearray(b'abab'); r = re.split(b'a', ba); tryext(ba, "split")
ba = bytearray(b'aaa'); m = re.search(b'a', ba); print(m.string is ba, m.group()); tryext(ba, "search m")
ba = bytearray(b'aaa'); it = re.finditer(b'a', ba); next(it); it = None; tryext(ba, "iterator dropped")
def scan_in_function(ba):
    s = re.compile(b'a').scanner(ba)
    return s.search().group()
ba = bytearray(b'aaa'); print(scan_in_function(ba)); tryext(ba, "scanner of a returned call")
import array
a = array.array('b', b'aaa'); it = re.finditer(b'a', a); next(it)
try: a.append(1); print("array append ok")
except BufferError as e: print("array BufferError", e)
