// dislab's answer to a gen_parse.py case: int()/float()/complex() of a str or bytes.
import { PyError } from "../../../../src/support/py-error.ts";
import { floatHex } from "../../../../src/support/float-hex.ts";
import { badIntLiteral, complexFromString, floatFromString, intFromBytes, intFromString } from "../../../../src/support/text/number-parse.ts";

const h = (x: number) => (Number.isNaN(x) ? "nan" : !Number.isFinite(x) ? (x > 0 ? "inf" : "-inf") : floatHex(x));
/** The result of one case, as {out} or {err}. */
export function run(c: any): { out?: unknown; err?: unknown } {
  let got: { out?: unknown; err?: unknown };
  try {
    if (c.k === "int") {
      const v = intFromString(c.s, c.base);
      got = v === null ? { err: ["ValueError", badIntLiteral(c.s, c.base)] } : { out: String(v) };
    }
    else if (c.k === "intb") got = { out: String(intFromBytes(Uint8Array.from([...c.s].map((ch: string) => ch.charCodeAt(0))), c.base)) };
    else if (c.k === "float") got = { out: h(floatFromString(c.s)) };
    else got = { out: complexFromString(c.s).map(h) };
  } catch (e) {
    got = e instanceof PyError ? { err: [e.type, e.pyMessage] } : { err: ["JS", String(e)] };
  }
  return got;
}

/**
 * A later 3.10 release (the local 3.10.13, for one) quotes the argument when float() gets only
 * whitespace; 3.10.2, which dislab follows, quotes the empty remainder: rewrite local answers.
 */
export function adjustLocal(c: any): void {
  if (c.k === "float" && c.err && /^[\s\u0085]*$/.test(c.s) && !c.s.includes("\ufeff")) c.err = ["ValueError", "could not convert string to float: ''"];
}
