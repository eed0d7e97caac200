// Deterministic mutations of real sources for the fuzz tests of the parser and the compiler: a
// window of a few lines with tokens deleted, inserted, duplicated or swapped, random bytes, or a
// truncation, driven by a seeded PRNG so that every run sees the same inputs.

/** mulberry32: a small deterministic PRNG. */
export function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ["(", ")", "[", "]", "{", "}", ":", ",", "=", "\n", "    ", "\t", "'", '"', '"""', "f'", "\\", "#", "if ", "else", "lambda", "*", "**", "@", "async ", "await ", "yield", "match ", "case ", "é", "\0", "\r", "0x", "1e", "_", ".", ";", "not ", " is ", "from ", "import "];

export function mutate(src: Uint8Array, r: () => number): Uint8Array {
  const text = Buffer.from(src).toString("latin1");
  const lines = text.split("\n");
  // Work on a window of a few lines so the oracle sample stays small.
  const start = Math.floor(r() * Math.max(1, lines.length - 12));
  let s = lines.slice(start, start + 4 + Math.floor(r() * 8)).join("\n") + "\n";
  const n = 1 + Math.floor(r() * 3);
  for (let k = 0; k < n; k++) {
    const at = Math.floor(r() * s.length);
    const kind = Math.floor(r() * 6);
    if (kind === 0) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(r() * 4)); // delete
    else if (kind === 1) s = s.slice(0, at) + PIECES[Math.floor(r() * PIECES.length)] + s.slice(at); // insert token
    else if (kind === 2) s = s.slice(0, at) + String.fromCharCode(Math.floor(r() * 256)) + s.slice(at); // random byte
    else if (kind === 3) s = s.slice(0, at); // truncate
    else if (kind === 4) {
      const len = 1 + Math.floor(r() * 6);
      s = s.slice(0, at) + s.slice(at, at + len) + s.slice(at); // duplicate
    } else {
      const b = Math.floor(r() * s.length);
      const [x, y] = at < b ? [at, b] : [b, at];
      s = s.slice(0, x) + s[y] + s.slice(x + 1, y) + s[x] + s.slice(y + 1); // swap two characters
    }
  }
  return Uint8Array.from(Buffer.from(s, "latin1"));
}
