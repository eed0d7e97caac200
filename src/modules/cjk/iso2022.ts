// The stateful CJK codecs: ISO-2022-JP/KR (RFC 1468, RFC 1554, RFC 1557, JIS X 0213 annex 2) and
// HZ (RFC 1843). Their state is kept in CPython's layout, so getstate() numbers match: bytes 0-3
// are the charsets designated to G0-G3 (the escape's final byte, | 0x80 for a two-byte set), byte
// 4 bit 0 is ISO-2022-KR's shift-out; HZ keeps 1 in byte 0 while in GB mode.
import type { CjkCodec } from "./codec.ts";
import { iso2022Tables, statelessTables, ERR, EXC, isMarker, type Iso2022Tables } from "./tables.ts";

const ESC = 0x1b, SO = 0x0e, SI = 0x0f, ASCII = 0x42;

/** The designation code an escape sequence sets, and the G register it sets it in. */
function designation(esc: string): [number, number] {
  const fin = esc.charCodeAt(esc.length - 1);
  const multi = esc[1] === "$";
  const inter = esc.length === 3 && multi ? "(" : esc[esc.length - 2];
  const g = inter === "(" ? 0 : inter === ")" ? 1 : inter === "." ? 2 : 0;
  return [multi ? fin | 0x80 : fin, g];
}

const push = (out: number[], s: string) => {
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
};

export function iso2022Codec(name: string): CjkCodec {
  const kr = name === "iso2022_kr";
  let t: Iso2022Tables | null = null;
  const tables = (): Iso2022Tables => {
    if (t === null) {
      t = iso2022Tables(name);
      // JIS X 0213's combining pairs: their first characters wait for the next one (the pairs
      // themselves have no code of their own in these variants)
      if (name === "iso2022_jp_2004" || name === "iso2022_jp_3") t.pairStarts = statelessTables("euc_jis_2004").pairStarts;
    }
    return t;
  };
  /** Writes one character's code with its designation: escapes only when the state needs them. */
  const emit = (st: Uint8Array, esc: string, code: Uint8Array, out: number[]) => {
    if (kr) {
      if (st[1] !== 0xc3) {
        push(out, "\x1b$)C");
        st[1] = 0xc3;
      }
      if ((st[4] & 1) === 0) {
        out.push(SO);
        st[4] |= 1;
      }
    } else if (esc.endsWith("\x1bN")) {
      const g2 = esc.slice(0, -2);
      const [code2] = designation(g2);
      if (st[2] !== code2) {
        push(out, g2);
        st[2] = code2;
      }
      push(out, "\x1bN");
    } else {
      const [d] = designation(esc);
      if (st[0] !== d) {
        push(out, esc);
        st[0] = d;
      }
    }
    for (const x of code) out.push(x);
  };
  return {
    name,
    encInit(st) {
      st.fill(0);
      st[0] = ASCII;
      st[1] = ASCII;
    },
    decInit(st) {
      st.fill(0);
      st[0] = ASCII;
      st[1] = ASCII;
      st[2] = ASCII;
    },
    decReset(st) {
      // reset() returns G0 to ASCII and leaves shift state, but keeps G1 and G2 designated
      st[0] = ASCII;
      st[4] = 0;
    },
    encodeReset(st, out) {
      if (kr) {
        if (st[4] & 1) {
          out.push(SI);
          st[4] &= ~1;
        }
      } else if (st[0] !== ASCII) {
        push(out, "\x1b(B");
        st[0] = ASCII;
      }
    },
    encodeStep(st, cps, i, flush, out) {
      const cp = cps[i];
      if (cp < 0x80) {
        if (kr && st[4] & 1) {
          out.push(SI);
          st[4] &= ~1;
        } else if (!kr && st[0] !== ASCII) {
          push(out, "\x1b(B");
          st[0] = ASCII;
        }
        out.push(cp);
        return 1;
      }
      const tb = tables();
      if (tb.pairStarts.has(cp)) {
        if (i + 1 < cps.length) {
          const p = tb.pairs.get(cp * 0x200000 + cps[i + 1]);
          if (p !== undefined) {
            emit(st, p[0], p[1], out);
            return 2;
          }
        } else if (!flush) return 0;
      }
      const e = tb.enc.get(cp);
      if (e === undefined) return -1;
      emit(st, e[0], e[1], out);
      return 1;
    },
    decodeStep(st, b, i, n, out) {
      const c = b[i];
      if (c === ESC) {
        if (i + 1 >= n) return 0;
        const c1 = b[i + 1];
        const jp2 = name === "iso2022_jp_2";
        if (c1 !== 0x24 && c1 !== 0x26 && c1 !== 0x28 && c1 !== 0x29 && c1 !== 0x2e && !(jp2 && c1 === 0x4e)) {
          // not a designation, announcer (or ISO-2022-JP-2's single shift): ESC and the byte after it are characters
          out.push("\x1b" + String.fromCharCode(c1));
          return 2;
        }
        if (c1 === 0x4e) {
          // single shift 2: one character of the G2 set (ISO 8859-1 or -7, or ASCII before any designation)
          if (i + 2 >= n) return 0;
          const x = b[i + 2];
          if (st[2] === ASCII) out.push(String.fromCharCode(x));
          else if (x < 0x20 || x >= 0x80) return -3;
          else if (st[2] === 0x41) out.push(String.fromCharCode(x | 0x80));
          else {
            const ch = greekHigh(x | 0x80);
            if (ch === null) return -3;
            out.push(ch);
          }
          return 3;
        }
        // the sequence runs to its final byte (0x40-0x5f)
        let len = 0;
        for (let j = i + 2; j < n; j++) {
          if (b[j] >= 0x40 && b[j] <= 0x5f) {
            len = j - i + 1;
            break;
          }
        }
        if (len === 0) return 0;
        const esc = String.fromCharCode(...b.subarray(i, i + len));
        const tb = tables();
        if (esc === "\x1b(B") st[0] = ASCII;
        else if (!kr && esc === "\x1b&@") {
          // JIS X 0208-1990's announcer, which must come with ESC $ B
          if (n - i < 6) return 0;
          if (b[i + 3] !== ESC || b[i + 4] !== 0x24 || b[i + 5] !== 0x42) return -3;
          st[0] = 0xc2;
          return 6;
        }
        else if (kr && esc === "\x1b$)C") st[1] = 0xc3;
        else if (kr && esc === "\x1b$(C") st[0] = 0xc3;
        else if (jp2 && (esc === "\x1b$)C" || esc === "\x1b$)A")) st[1] = designation(esc)[0];
        else if (!kr && ((esc === "\x1b(J" && name !== "iso2022_jp_2004" && name !== "iso2022_jp_3") || (esc === "\x1b(I" && name === "iso2022_jp_ext"))) st[0] = esc.charCodeAt(2);
        else if (jp2 && (esc === "\x1b.A" || esc === "\x1b.F")) st[2] = esc.charCodeAt(2);
        else if (!kr && tb.byEsc.has(esc)) st[0] = designation(esc)[0];
        else return -len;
        return len;
      }
      if (kr && (c === SO || c === SI)) {
        if (c === SO) st[4] |= 1;
        else st[4] &= ~1;
        return 1;
      }
      const g = kr && st[4] & 1 ? st[1] : st[0];
      if (c >= 0x80) return -1;
      // in a two-byte set control characters stand alone; space and DEL start a pair
      if (g === ASCII || c < 0x20) {
        // ISO-2022-KR: a line ends the shift-out (RFC 1557)
        if (kr && c === 0x0a) st[4] &= ~1;
        out.push(String.fromCharCode(c));
        return 1;
      }
      if (g === 0x4a) {
        out.push(c === 0x5c ? "\u00a5" : c === 0x7e ? "\u203e" : String.fromCharCode(c));
        return 1;
      }
      if (g === 0x49) {
        if (c >= 0x60) return -1;
        out.push(String.fromCharCode(0xff40 + c));
        return 1;
      }
      if (i + 1 >= n) return 0;
      const c2 = b[i + 1];
      const bad = -2;
      if (c < 0x21 || c > 0x7e || c2 < 0x21 || c2 > 0x7e) return bad;
      const cs = findCharset(tables(), g, kr);
      if (cs === undefined) return bad;
      const cell = (c - 0x21) * 94 + (c2 - 0x21);
      const ch = cs.dec.charCodeAt(cell);
      if (ch === EXC) out.push(cs.x[String(cell)]);
      else if (isMarker(ch)) return bad;
      else out.push(String.fromCharCode(ch));
      return 2;
    },
  };
}

function findCharset(t: Iso2022Tables, code: number, kr: boolean) {
  for (const [esc, cs] of t.byEsc) if ((kr ? 0xc3 : designation(esc)[0]) === code) return cs;
  return undefined;
}

/** ISO 8859-7's upper half, which ISO-2022-JP-2 reaches through G2. */
function greekHigh(b: number): string | null {
  const text = new TextDecoder("iso-8859-7", { fatal: true });
  try {
    return text.decode(Uint8Array.of(b));
  } catch {
    return null;
  }
}

export function hzCodec(): CjkCodec {
  const gb = () => statelessTables("gb2312");
  return {
    name: "hz",
    encInit: (st) => st.fill(0),
    decInit: (st) => st.fill(0),
    encodeReset(st, out) {
      if (st[0] === 1) {
        push(out, "~}");
        st[0] = 0;
      }
    },
    encodeStep(st, cps, i, _flush, out) {
      const cp = cps[i];
      if (cp < 0x80) {
        if (st[0] === 1) {
          push(out, "~}");
          st[0] = 0;
        }
        if (cp === 0x7e) push(out, "~~");
        else out.push(cp);
        return 1;
      }
      const code = gb().enc.get(cp);
      if (code === undefined || code.length !== 2) return -1;
      if (st[0] !== 1) {
        push(out, "~{");
        st[0] = 1;
      }
      out.push(code[0] & 0x7f, code[1] & 0x7f);
      return 1;
    },
    decodeStep(st, b, i, n, out) {
      const c = b[i];
      if (c === 0x7e) {
        if (i + 1 >= n) return 0;
        const c2 = b[i + 1];
        if (c2 === 0x7e && st[0] === 0) out.push("~");
        else if (c2 === 0x7b && st[0] === 0) st[0] = 1;
        else if (c2 === 0x7d && st[0] === 1) st[0] = 0;
        else if (c2 === 0x0a && st[0] === 0) {
          // a line continuation
        } else return -1;
        return 2;
      }
      if (c >= 0x80) return -1;
      if (st[0] === 0) {
        out.push(String.fromCharCode(c));
        return 1;
      }
      if (i + 1 >= n) return 0;
      const r: string[] = [];
      const k = gb().dec.kids?.[String(c | 0x80)];
      const c2 = b[i + 1] | 0x80;
      if (k === undefined || c2 === 0x80 || b[i + 1] >= 0x80) return -1;
      const off = c2 - k.lo;
      const ch = off >= 0 && off < k.row.length ? k.row.charCodeAt(off) : ERR + k.d;
      if (isMarker(ch)) return -1;
      r.push(String.fromCharCode(ch));
      out.push(...r);
      return 2;
    },
  };
}
