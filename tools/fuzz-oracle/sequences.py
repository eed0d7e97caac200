import random, sys
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 41)
def sl():
    c = lambda: random.choice(["None", str(random.randint(-8, 8))])
    k = random.random()
    if k < 0.3: return f"{c()}:{c()}"
    return f"{c()}:{c()}:{random.choice(['None', '1', '-1', '2', '-3', '3', '0'])}"
seqs = ["[1, 2, 3, 4, 5, 6, 7]", "(1, 'a', None, 2.5)", "'abcdefgh'", "b'abcdef'", "bytearray(b'xyzw')", "range(2, 20, 3)", "range(10, -5, -2)", "[]", "list(range(12))", "memoryview(b'abcdef')"]
ops = ["S[SL]", "S[K]", "len(S)", "S.index(K)", "S.count(K)", "K in S", "S * K", "sorted(S) if not isinstance(S, memoryview) else 0", "list(reversed(S))", "min(S)", "max(S)", "sum(S) if not isinstance(S, (str, tuple)) else 0", "S + S", "list(S)[SL]", "tuple(S)[SL] == tuple(list(S)[SL])", "S < S[SL]", "list(enumerate(S, K))[:3]", "list(zip(S, S[SL]))", "hash(S) if isinstance(S, (str, bytes, tuple, range)) else 0", "bytes(S) if isinstance(S, (bytes, bytearray, memoryview)) else S[SL]"]
muts = ["L[SL] = [9, 8]", "del L[SL]", "L[SL] = []", "L.insert(K, 'i')", "L.pop(K)", "L.remove(K)", "L.extend(range(K % 4))", "L *= K % 3", "L.sort(key=lambda x: -x)", "L.reverse()", "L[K] = 0", "del L[K]", "L[SL] = 'ab'", "L[::2] = range(len(L[::2]))", "L.clear()", "L += (1, 2)", "B[SL] = b'QQ'", "del B[SL]", "B.extend(b'12')", "B.insert(K, 65)", "B[K] = 300", "B.pop(K)", "B.remove(K % 256)", "B *= 2", "B[SL] = bytes(len(B[SL]))"]
lines = []
for i in range(2500):
    if random.random() < 0.6:
        s = random.choice(seqs)
        e = random.choice(ops).replace("SL", sl()).replace("S", s).replace("K", str(random.randint(-9, 9)))
        lines.append("t(%r)" % e)
    else:
        m = random.choice(muts).replace("SL", sl()).replace("K", str(random.randint(-9, 9)))
        lines.append("m(%r)" % m)
sys.stdout.write('''def t(e):
    try: print(e, "->", repr(eval(e)))
    except Exception as ex: print(e, "!!", type(ex).__name__, ex)
def m(st):
    L = [1, 2, 3, 4, 5, 6, 7, 8]; B = bytearray(b'abcdefgh')
    try:
        exec(st)
        print(st, "->", L, B)
    except Exception as ex: print(st, "!!", type(ex).__name__, ex, L, B)
''' + "\n".join(lines) + "\n")
