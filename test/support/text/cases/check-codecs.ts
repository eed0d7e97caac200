// dislab's answer to a gen_codecs.py case: str.encode or bytes.decode.
import { PyError } from "../../../../src/support/py-error.ts";
import { PyUnicodeError, decode, encode } from "../../../../src/support/text/index.ts";

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
/** The result of one case, as {out} or {err}. */
export function run(c: any): { out?: unknown; err?: unknown } {
  let got: { out?: unknown; err?: unknown };
  try {
    got = { out: c.op === "encode" ? hex(encode(c.s, c.enc, c.errors)) : decode(Uint8Array.from(Buffer.from(c.b, "hex")), c.enc, c.errors) };
  } catch (e) {
    if (e instanceof PyUnicodeError) {
      const d = e.details;
      got = { err: { type: e.type, msg: e.pyMessage, encoding: d.encoding, start: d.start, end: d.end, reason: d.reason } };
    } else if (e instanceof PyError) got = { err: { type: e.type, msg: e.pyMessage } };
    else got = { err: { type: "JS", msg: String(e) } };
  }
  return got;
}
