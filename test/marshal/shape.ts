// An independent reading of marshal bytes into a canonical text, for comparing dislab's dumps()
// with CPython's. CPython sets FLAG_REF on strings according to process-wide reference counts
// (whether some other module holds the same interned identifier), which no other process can
// reproduce, and the oracle orders frozensets by 32-bit hashes. `shape(b, { looseStrings: true })`
// therefore writes every string inline without its FLAG_REF and interned bits, resolves references
// to strings, numbers other references by their target's position among flagged non-strings, and
// sorts frozenset items; everything else (types, sizes, flags and references of all other
// objects) must match byte for byte.

const STRING_TYPES = new Set("zZaAut".split("").map((c) => c.charCodeAt(0)));

export function shape(b: Uint8Array, o: { looseStrings: boolean }): string {
  let p = 0;
  const refs: { text: string; isString: boolean; ordinal: number }[] = [];
  let nonStringOrdinal = 0;
  const long = () => {
    const v = b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24);
    p += 4;
    return v;
  };
  const take = (n: number) => {
    const s = Buffer.from(b.subarray(p, p + n)).toString("hex");
    p += n;
    return s;
  };
  const obj = (): string => {
    const code = b[p++];
    const flag = (code & 0x80) !== 0;
    const t = String.fromCharCode(code & 0x7f);
    const isString = STRING_TYPES.has(code & 0x7f);
    let slot: (typeof refs)[number] | undefined;
    if (flag && "NTF.S".indexOf(t) < 0) {
      slot = { text: "", isString, ordinal: isString ? -1 : nonStringOrdinal++ };
      refs.push(slot);
    }
    const mark = flag && !(isString && o.looseStrings) ? "&" : "";
    let text: string;
    switch (t) {
      case "N": case "T": case "F": case ".": case "S": return t;
      case "r": {
        const target = refs[long()];
        return target.isString && o.looseStrings ? target.text : `REF${target.ordinal}`;
      }
      case "i": text = `i${long()}`; break;
      case "g": text = `g${take(8)}`; break;
      case "y": text = `y${take(16)}`; break;
      case "l": { const n = long(); text = `l${n}:${take(2 * Math.abs(n))}`; break; }
      case "s": { const n = long(); text = `s${take(n)}`; break; }
      case "z": case "Z": { const n = b[p++]; text = `${o.looseStrings ? "str" : t}:${take(n)}`; break; }
      case "a": case "A": case "u": case "t": {
        const n = long();
        text = `${o.looseStrings ? (t === "u" || t === "t" ? "ustr" : "str") : t}:${take(n)}`;
        break;
      }
      case ")": case "(": {
        const n = t === ")" ? b[p++] : long();
        const items: string[] = [];
        for (let i = 0; i < n; i++) items.push(obj());
        text = `${t}${items.join(",")}${t === ")" ? "]" : "]"}`;
        break;
      }
      case ">": case "<": {
        const n = long();
        const items: string[] = [];
        for (let i = 0; i < n; i++) items.push(obj());
        text = `${t}${items.sort().join(",")}}`;
        break;
      }
      case "c": {
        const counts = [long(), long(), long(), long(), long(), long()];
        const fields: string[] = [];
        for (let i = 0; i < 8; i++) fields.push(obj());
        const first = long();
        fields.push(String(first), obj());
        text = `c${counts.join(",")}{${fields.join(";")}}`;
        break;
      }
      default:
        throw new Error(`shape: unexpected type code ${code} at ${p - 1}`);
    }
    if (slot) slot.text = text;
    return mark + text;
  };
  return obj();
}
