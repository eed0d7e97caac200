// Joining byte chunks (a file read in pieces, a stream's output, a .pyc's header and body): one
// helper for the layers that cannot import each other's (marshal, io, zlib, the host file system).

/** A new array holding `parts` one after another; `total` is their summed length when the caller knows it. */
export function concatBytes(parts: readonly Uint8Array[], total = parts.reduce((n, p) => n + p.length, 0)): Uint8Array {
  if (parts.length === 1) return parts[0]!.slice();
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
