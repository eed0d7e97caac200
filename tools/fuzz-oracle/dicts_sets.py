import random, sys
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 71)
ops = ["d.update(X)", "d.pop(K)", "d.pop(K, 'dflt')", "d.popitem()", "d.setdefault(K, 'v')", "d.get(K)", "del d[K]", "d[K] = 'n'", "d |= X", "d = d | X", "d.clear()", "d = dict.fromkeys(X, 0)", "d = {**d, **X}", "d = dict(X, z=1)", "d.update(z=2, **X)", "d = {k: v for k, v in sorted(d.items(), key=repr)}", "list(d.keys() & X)", "list(d.items() - X.items())", "d.keys() ^ X.keys()", "d == X", "d.keys() <= X.keys()", "reversed(d)", "list(reversed(d.values()))", "d = dict(zip(d.values(), d.keys()))", "d = dict(sorted(d.items(), key=lambda kv: repr(kv)))", "d.copy()", "K in d", "len(d)", "repr(d.keys())", "d.items() | {(1, 'a')}", "d = dict([(K, 1), (K, 2)])", "d = {1: 'a', 1.0: 'b', True: 'c'}"]
sops = ["s.add(K)", "s.discard(K)", "s.remove(K)", "s.pop()", "s |= T", "s &= T", "s -= T", "s ^= T", "s = s | T", "s.update(T, [K])", "s.intersection_update(T)", "s.symmetric_difference_update(T)", "s.issubset(T)", "s.isdisjoint(T)", "s < T", "s == frozenset(s)", "sorted(s, key=repr)", "s.copy()", "len(s)", "frozenset(s) | T", "set(T) - s", "s.difference(T, [K])", "s = {x for x in s if x != K}", "s.clear()"]
keys = ["1", "'a'", "2.0", "(1, 2)", "None", "True", "0", "'b'", "3", "frozenset()", "-1", "10**20", "1.5", "'1'"]
lines = []
for i in range(2500):
    K = random.choice(keys)
    X = "{" + ", ".join(f"{random.choice(keys)}: {random.randint(0,9)}" for _ in range(random.randint(0, 4))) + "}"
    T = "{" + ", ".join(random.choice(keys) for _ in range(random.randint(1, 5))) + "}"
    if random.random() < 0.6:
        st = "; ".join(random.choice(ops) for _ in range(random.randint(1, 4))).replace("K", K).replace("X", X)
        lines.append("dm(%r)" % st)
    else:
        st = "; ".join(random.choice(sops) for _ in range(random.randint(1, 4))).replace("K", K).replace("T", T)
        lines.append("sm(%r)" % st)
sys.stdout.write('''def dm(st):
    d = {1: 'x', 'a': 'y', None: 'z', (1, 2): 'w'}
    r = None
    try:
        for part in st.split("; "):
            try: r = eval(part, globals(), {'d': d})
            except SyntaxError:
                ns = {'d': d}; exec(part, globals(), ns); d = ns['d']
        print(st, "->", repr(r)[:150] if not isinstance(r, (set, frozenset, type({}.keys()), type({}.items()))) else sorted(r, key=repr), d)
    except Exception as ex: print(st, "!!", type(ex).__name__, ex, d)
def sm(st):
    s = {1, 'a', None, 2.5}
    r = None
    try:
        for part in st.split("; "):
            try: r = eval(part, globals(), {'s': s})
            except SyntaxError:
                ns = {'s': s}; exec(part, globals(), ns); s = ns['s']
        print(st, "->", sorted(r, key=repr) if isinstance(r, (set, frozenset)) else r, sorted(s, key=repr))
    except Exception as ex: print(st, "!!", type(ex).__name__, ex, sorted(s, key=repr))
''' + "\n".join(lines) + "\n")
