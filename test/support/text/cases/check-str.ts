// dislab's answer to a gen_str.py case: one str or bytes method.
import { PyError } from "../../../../src/support/py-error.ts";
import * as T from "../../../../src/support/text/index.ts";

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
const enc = (v: unknown): unknown => (v instanceof Uint8Array ? { b: hex(v) } : Array.isArray(v) ? v.map(enc) : v);
const B = (s: string) => T.fromLatin1(s);

function runStr(c: any): unknown {
  const { s, sub, start, end, n, keep, fill, sep, cnt, rep } = c;
  switch (c.op) {
    case "find": return T.strFind(s, sub, start, end);
    case "rfind": return T.strRFind(s, sub, start, end);
    case "index": return T.strIndex(s, sub, start, end);
    case "rindex": return T.strRIndex(s, sub, start, end);
    case "count": return T.strCount(s, sub, start, end);
    case "startswith": return T.strStartsWith(s, sub, start, end);
    case "endswith": return T.strEndsWith(s, sub, start, end);
    case "replace": return T.strReplace(s, sub, rep, cnt);
    case "split": return T.strSplit(s, sep, cnt);
    case "rsplit": return T.strRSplit(s, sep, cnt);
    case "splitlines": return T.strSplitlines(s, keep);
    case "partition": return T.strPartition(s, sub);
    case "rpartition": return T.strRPartition(s, sub);
    case "strip": return T.strStrip(s, sep, 0);
    case "lstrip": return T.strStrip(s, sep, 1);
    case "rstrip": return T.strStrip(s, sep, 2);
    case "center": return T.strCenter(s, n, fill);
    case "ljust": return T.strLjust(s, n, fill);
    case "rjust": return T.strRjust(s, n, fill);
    case "zfill": return T.strZfill(s, n);
    case "expandtabs": return T.strExpandtabs(s, n - 2);
    case "lower": return T.strLower(s);
    case "upper": return T.strUpper(s);
    case "casefold": return T.strCasefold(s);
    case "capitalize": return T.strCapitalize(s);
    case "title": return T.strTitle(s);
    case "swapcase": return T.strSwapcase(s);
    case "isalpha": return T.strIsAlpha(s);
    case "isalnum": return T.strIsAlnum(s);
    case "isdecimal": return T.strIsDecimal(s);
    case "isdigit": return T.strIsDigit(s);
    case "isnumeric": return T.strIsNumeric(s);
    case "isspace": return T.strIsSpace(s);
    case "isidentifier": return T.strIsIdentifier(s);
    case "isprintable": return T.strIsPrintable(s);
    case "istitle": return T.strIsTitle(s);
    case "isupper": return T.strIsUpper(s);
    case "islower": return T.strIsLower(s);
    case "isascii": return T.strIsAscii(s);
    case "contains": return T.strContains(s, sub);
    case "len": return T.cpLength(s);
    case "fromhex": return T.bytesFromHex(s);
    case "removeprefix": return T.strRemovePrefix(s, sub);
    case "removesuffix": return T.strRemoveSuffix(s, sub);
    case "translate": {
      const m = T.strMaketrans(c.tx, c.ty, c.tz);
      return T.strTranslate(s, (cp) => m.get(cp));
    }
    case "getslice": return c.step === null || c.step === 1 ? T.cpSliceStep(s, start, end, 1) : T.cpSliceStep(s, start, end, c.step);
  }
  throw new Error("op " + c.op);
}

function runBytes(c: any): unknown {
  const s = B(c.s), sub = B(c.sub), sep = c.sep === null ? null : B(c.sep), rep = B(c.rep);
  const { start, end, n, keep, cnt } = c;
  const fill = c.fill.charCodeAt(0);
  switch (c.op) {
    case "find": return T.bytesFind(s, sub, start, end);
    case "rfind": return T.bytesRFind(s, sub, start, end);
    case "index": return T.bytesIndex(s, sub, start, end);
    case "rindex": return T.bytesIndex(s, sub, start, end, true);
    case "count": return T.bytesCount(s, sub, start, end);
    case "startswith": return T.bytesStartsWith(s, sub, start, end);
    case "endswith": return T.bytesEndsWith(s, sub, start, end);
    case "replace": return T.bytesReplace(s, sub, rep, cnt);
    case "split": return T.bytesSplit(s, sep, cnt);
    case "rsplit": return T.bytesRSplit(s, sep, cnt);
    case "splitlines": return T.bytesSplitlines(s, keep);
    case "partition": return T.bytesPartition(s, sub);
    case "rpartition": return T.bytesPartition(s, sub, true);
    case "strip": return T.bytesStrip(s, sep, 0);
    case "lstrip": return T.bytesStrip(s, sep, 1);
    case "rstrip": return T.bytesStrip(s, sep, 2);
    case "center": return T.bytesCenter(s, n, fill);
    case "ljust": return T.bytesLjust(s, n, fill);
    case "rjust": return T.bytesRjust(s, n, fill);
    case "zfill": return T.bytesZfill(s, n);
    case "expandtabs": return T.bytesExpandtabs(s, n - 2);
    case "lower": return T.bytesLower(s);
    case "upper": return T.bytesUpper(s);
    case "capitalize": return T.bytesCapitalize(s);
    case "title": return T.bytesTitle(s);
    case "swapcase": return T.bytesSwapcase(s);
    case "isalpha": return T.bytesIsAlpha(s);
    case "isalnum": return T.bytesIsAlnum(s);
    case "isdigit": return T.bytesIsDigit(s);
    case "isspace": return T.bytesIsSpace(s);
    case "istitle": return T.bytesIsTitle(s);
    case "isupper": return T.bytesIsUpper(s);
    case "islower": return T.bytesIsLower(s);
    case "isascii": return T.bytesIsAscii(s);
    case "contains": return T.bytesFind(s, sub) >= 0;
    case "fromhex": return T.bytesFromHex(c.s);
    case "removeprefix": return T.bytesRemoveAffix(s, sub);
    case "removesuffix": return T.bytesRemoveAffix(s, sub, true);
    case "hex": return c.hsep === null ? T.bytesHex(s) : T.bytesHex(s, c.hsep, c.bps);
    case "translate": return T.bytesTranslate(s, T.bytesMaketrans(B(c.tx), B(c.ty)), B(c.tz));
  }
  throw new Error("op " + c.op);
}

/** The result of one case, as {out} or {err}. */
export function run(c: any): { out?: unknown; err?: unknown } {
  let got: { out?: unknown; err?: unknown };
  try {
    got = { out: enc(c.bytes ? runBytes(c) : runStr(c)) };
  } catch (e) {
    got = e instanceof PyError ? { err: [e.type, e.pyMessage] } : { err: ["JS", String(e)] };
  }
  return got;
}
