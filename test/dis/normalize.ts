// Text normalizations for comparing dislab's dis output with the oracle's: code object addresses
// differ (`at 0x...`), and frozenset elements print in hash order, which on the 32-bit oracle is
// not 64-bit CPython's, so the elements of every `frozenset({...})` are sorted.

export const normalizeAddresses = (s: string): string => s.replace(/ at 0x[0-9a-f]+/g, " at 0x?");

/** The end of the Python repr starting at `i` (a bracketed group or a string), or of a bare token. */
function skipItem(s: string, i: number): number {
  let depth = 0;
  for (; i < s.length; i++) {
    const c = s[i];
    if (c === "'" || c === '"') {
      for (i++; i < s.length && s[i] !== c; i++) if (s[i] === "\\") i++;
    } else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      if (depth === 0) return i;
      depth--;
    } else if (c === "," && depth === 0) return i;
  }
  return i;
}

/** Sorts the elements inside each `frozenset({...})`, innermost first. */
export function normalizeFrozensets(s: string): string {
  const open = "frozenset({";
  let at = s.indexOf(open);
  while (at >= 0) {
    const start = at + open.length;
    const items: string[] = [];
    let i = start;
    while (i < s.length && s[i] !== "}") {
      const end = skipItem(s, i);
      items.push(normalizeFrozensets(s.slice(i, end)));
      i = end;
      if (s.startsWith(", ", i)) i += 2;
      else break;
    }
    const rebuilt = items.sort().join(", ");
    s = s.slice(0, start) + rebuilt + s.slice(i);
    at = s.indexOf(open, start + rebuilt.length);
  }
  return s;
}

export const normalizeDis = (s: string): string => normalizeFrozensets(normalizeAddresses(s));
