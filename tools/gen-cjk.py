# Run inside CPython 3.10.2 (Pyodide) by tools/gen-cjk.ts: reads the CJK codecs' behaviour by
# decoding every byte sequence and encoding every code point, and returns it as JSON (the shapes
# are described in tools/gen-cjk.ts). Nothing here knows a mapping: it only asks the codecs.
import json

MORE, SPECIAL, EXC = 0xDC00, 0xDC08, 0xDC09   # row markers; 0xDC01.. = error of that many bytes

def step(enc, p):
    try:
        return 'c', p.decode(enc)
    except UnicodeDecodeError as e:
        if e.reason == 'incomplete multibyte sequence':
            assert e.start == 0 and e.end == len(p), (enc, p)
            return 'm', None
        assert e.start == 0 and e.reason == 'illegal multibyte sequence' and 0 < e.end <= 4, (enc, p, e)
        return 'e', e.end

def node(enc, p, special, out_single):
    row, kids, x = [], {}, {}
    for b in range(256):
        q = p + bytes([b])
        k, v = step(enc, q)
        if k == 'm' and special(q):
            row.append(SPECIAL)
        elif k == 'm':
            row.append(MORE)
            kids[b] = node(enc, q, special, out_single)
        elif k == 'e':
            row.append(0xDC00 + v)
        else:
            if len(v) == 1:
                out_single.setdefault(ord(v), q)
            if len(v) == 1 and ord(v) < 0x10000 and not 0xD800 <= ord(v) < 0xE000:
                row.append(ord(v))
            else:
                row.append(EXC)
                x[b] = v
    markers = [c for c in row if 0xDC00 < c < 0xDC08]
    d = max(set(markers), key=markers.count) if markers else 0xDC01
    lo = 0
    while lo < 256 and row[lo] == d: lo += 1
    hi = 256
    while hi > lo and row[hi - 1] == d: hi -= 1
    n = {'d': d - 0xDC00, 'lo': lo, 'row': ''.join(map(chr, row[lo:hi]))}
    if kids: n['kids'] = kids
    if x: n['x'] = x
    return n

def gb18030_index(i):
    return bytes([0x81 + i // 12600, 0x30 + i // 1260 % 10, 0x81 + i // 10 % 126, 0x30 + i % 10])

def runs(values):
    """[start, value, ...] where each value continues +1 per index until the next start; -1 = unmapped."""
    out, prev = [], None
    for i, v in enumerate(values):
        if prev is None or (v == -1) != (prev == -1) or (v != -1 and v != prev + 1):
            out += [i, v]
        prev = v
    return out

def stateless(enc, max_cp):
    single = {}
    specials = set()
    def special(q):
        if len(q) == 2 and not (enc.startswith('euc_j') and q[0] == 0x8f):
            specials.add(q)
            return True
        return False
    root = node(enc, b'', special, single)
    info = {'dec': root}
    extra_pred = {}
    if enc == 'gb18030':
        vals = []
        for i in range(39420):
            k, v = step(enc, gb18030_index(i))
            vals.append(ord(v) if k == 'c' else -1)
            if k == 'c': extra_pred.setdefault(ord(v), gb18030_index(i))
        info['bmp4'] = runs(vals)
    if enc == 'euc_kr':
        jamo = {}
        for pos, tmpl in (('cho', b'\xa4\xd4\xa4%c\xa4\xbf\xa4\xd4'), ('jung', b'\xa4\xd4\xa4\xa1\xa4%c\xa4\xd4'), ('jong', b'\xa4\xd4\xa4\xa1\xa4\xbf\xa4%c')):
            m = {}
            for b in range(256):
                k, v = step(enc, tmpl % b)
                if k == 'c':
                    m[b] = ord(v) - 0xAC00
            # (the cho, jung and jong values are the syllable offsets each contributes)
            jamo[pos] = m
        info['jamo'] = jamo
    info['specials'] = sorted(s.hex() for s in specials)
    pred = dict(extra_pred)
    pred.update(single)
    # the byte sequence first met in byte order is the prediction for each code point
    first = {}
    for cp, q in sorted(list(single.items()) + list(extra_pred.items()), key=lambda t: (len(t[1]), t[1])):
        first.setdefault(cp, q)
    if enc == 'euc_kr':
        # syllables outside KS X 1001 are written as the 8-byte make-up sequence of their jamo
        inv = {pos: {v: b for b, v in m.items()} for pos, m in info['jamo'].items()}
        for cp in range(0xAC00, 0xD7A4):
            if cp not in first:
                s = cp - 0xAC00
                first[cp] = bytes([0xa4, 0xd4, 0xa4, inv['cho'][s // 588 * 588], 0xa4, inv['jung'][s % 588 // 28 * 28], 0xa4, inv['jong'][s % 28]])
    ex = []
    for cp in range(max_cp):
        try:
            got = chr(cp).encode(enc)
        except UnicodeEncodeError:
            got = None
        if got != first.get(cp):
            ex.append([cp, None if got is None else got.hex()])
    info['encx'] = ex
    pairs = {}
    def walk(n):
        for v in n.get('x', {}).values():
            if len(v) == 2:
                pairs[v] = v.encode(enc).hex()
        for k in n.get('kids', {}).values():
            walk(k)
    walk(root)
    if pairs:
        info['pairs'] = [[ord(k[0]), ord(k[1]), v] for k, v in pairs.items()]
    return info

def iso2022_tables(variants, escapes):
    """Each variant's decoding of each two-byte designation (94x94 table as a string, '\\udc01' = error)."""
    tables, index, usage = [], {}, {}
    for var in variants:
        usage[var] = {}
        for esc in escapes:
            try:
                (esc + b'!!').decode(var)
            except UnicodeDecodeError as e:
                if e.start == 0:
                    continue
            except Exception:
                continue
            cells = []
            x = {}
            for a in range(0x21, 0x7f):
                for b in range(0x21, 0x7f):
                    try:
                        k, v = 'c', (esc + bytes([a, b])).decode(var)
                    except UnicodeDecodeError:
                        k, v = 'e', None
                    if k == 'c' and len(v) == 1 and ord(v) < 0x10000:
                        cells.append(v)
                    elif k == 'c':
                        cells.append('\udc09')
                        x[(a - 0x21) * 94 + b - 0x21] = v
                    else:
                        cells.append('\udc01')
            t = json.dumps([''.join(cells), x], sort_keys=True)
            if t not in index:
                index[t] = len(tables)
                tables.append([''.join(cells), x])
            usage[var][esc.decode('latin-1')] = index[t]
    return tables, usage

def iso2022_encode(var, max_cp):
    out = {}
    for cp in range(0x80, max_cp):
        try:
            out[cp] = chr(cp).encode(var).hex()
        except UnicodeEncodeError:
            pass
    return out

def main():
    groups = {
        'cn': ['gb2312', 'gbk', 'gb18030'],
        'tw': ['big5', 'cp950'],
        'hk': ['big5hkscs'],
        'jp': ['shift_jis', 'cp932', 'euc_jp', 'shift_jis_2004', 'shift_jisx0213', 'euc_jis_2004', 'euc_jisx0213'],
        'kr': ['euc_kr', 'cp949', 'johab'],
    }
    result = {}
    for g, encs in groups.items():
        result[g] = {e: stateless(e, 0x10000 if e == 'gb18030' else 0x30000) for e in encs}
    variants = ['iso2022_jp', 'iso2022_jp_1', 'iso2022_jp_2', 'iso2022_jp_2004', 'iso2022_jp_3', 'iso2022_jp_ext', 'iso2022_kr']
    escapes = [b'\x1b$@', b'\x1b$B', b'\x1b$A', b'\x1b$(C', b'\x1b$(D', b'\x1b$(O', b'\x1b$(P', b'\x1b$(Q', b'\x1b$)C\x0e']
    tables, usage = iso2022_tables(variants, escapes)
    pair_strings = [chr(a) + chr(b) for a, b, _ in result['jp']['euc_jis_2004'].get('pairs', [])]
    pairs = {}
    for v in variants:
        got = []
        for s in pair_strings:
            try:
                got.append([ord(s[0]), ord(s[1]), s.encode(v).hex()])
            except UnicodeEncodeError:
                pass
        pairs[v] = got
    result['iso2022'] = {'tables': tables, 'usage': usage, 'enc': {v: iso2022_encode(v, 0x30000) for v in variants}, 'pairs': pairs}
    return json.dumps(result)

RESULT = main()
