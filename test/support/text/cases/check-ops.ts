// dislab's answer to a gen_ops.py case: float and int operations.
import { PyError } from "../../../../src/support/py-error.ts";
import { floatHex, parseFloatHex } from "../../../../src/support/float-hex.ts";
import { floatToString } from "../../../../src/support/text/float-format.ts";
import * as F from "../../../../src/support/text/float-ops.ts";
import * as I from "../../../../src/support/text/int-ops.ts";
import { normInt } from "../../../../src/support/text/number-parse.ts";

const P = (h: string) => (h === "nan" ? NaN : h === "inf" ? Infinity : h === "-inf" ? -Infinity : parseFloatHex(h));
const H = (x: number) => (Number.isNaN(x) ? "nan" : !Number.isFinite(x) ? (x > 0 ? "inf" : "-inf") : floatHex(x));
const hexBytes = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
/** The result of one case, as {out} or {err}. */
export function run(c: any): { out?: unknown; err?: unknown } {
  let got: { out?: unknown; err?: unknown };
  const x = P(c.x), y = P(c.y);
  try {
    let out: unknown;
    switch (c.op) {
      case "divmod": out = F.floatDivmod(x, y).map(H); break;
      case "floordiv": out = H(F.floatFloorDiv(x, y)); break;
      case "mod": out = H(F.floatMod(x, y)); break;
      case "fmod": out = H(F.fmod(x, y)); break;
      case "round0": out = String(F.floatRoundToInt(x)); break;
      case "roundn": out = H(F.floatRound(x, normInt(BigInt(c.n)))); break;
      case "ratio": out = F.floatAsIntegerRatio(x).map(String); break;
      case "fromhex": out = H(F.floatFromHex(c.s)); break;
      case "hex": out = Number.isFinite(x) ? floatHex(x) : H(x); break;
      case "repr": out = floatToString(x); break;
      case "trunc": out = String(F.floatToInt(x)); break;
      case "intround": out = String(c.n === null ? normInt(BigInt(c.v)) : F.intRound(normInt(BigInt(c.v)), normInt(BigInt(c.n)))); break;
      case "tobytes": out = hexBytes(I.intToBytes(normInt(BigInt(c.v)), c.n, c.order, c.signed)); break;
      case "frombytes": out = String(I.intFromBytesValue(Uint8Array.from(Buffer.from(c.b, "hex")), c.order, c.signed)); break;
      case "bitlen": { const v = normInt(BigInt(c.v)); out = [String(I.bitLength(v)), String(I.bitCount(v))]; break; }
    }
    got = { out };
  } catch (e) {
    got = e instanceof PyError ? { err: [e.type, e.pyMessage] } : { err: ["JS", String(e)] };
  }
  return got;
}
