// dislab's answer to a gen_format.py / gen_digits.py case: format() of int/float/complex/str and one
// %-conversion, with a host that converts int/float/str arguments as CPython does.
import { PyError } from "../../../../src/support/py-error.ts";
import { strRepr } from "../../../../src/support/repr.ts";
import { formatComplex, formatFloat } from "../../../../src/support/text/float-format.ts";
import { formatStr } from "../../../../src/support/text/format-spec.ts";
import { formatInt, intToFloat } from "../../../../src/support/text/int-format.ts";
import { percentCharFromInt, percentFormat, type PercentValue } from "../../../../src/support/text/percent-format.ts";
import { floatToString } from "../../../../src/support/text/float-format.ts";
import { parseFloatHex } from "../../../../src/support/float-hex.ts";

const parseF = (h: string) => (h === "nan" ? NaN : h === "inf" ? Infinity : h === "-inf" ? -Infinity : parseFloatHex(h));
const normInt = (s: string): number | bigint => { const b = BigInt(s); return b >= -(2n ** 53n) + 1n && b <= 2n ** 53n - 1n ? Number(b) : b; };

type V = { vk: string; v: number | bigint | string };
function pctConvert(a: V, ch: string): PercentValue {
  const tn = a.vk;
  switch (ch) {
    case "s": case "r": case "a":
      if (a.vk === "str") return { kind: "str", value: ch === "s" ? (a.v as string) : strRepr(a.v as string) };
      return { kind: "str", value: a.vk === "int" ? String(a.v) : floatToString(a.v as number) };
    case "d": case "i": case "u":
      if (a.vk === "int") return { kind: "int", value: a.v as number };
      if (a.vk === "float") {
        const x = a.v as number;
        if (Number.isNaN(x)) throw new PyError("ValueError", "cannot convert float NaN to integer");
        if (!Number.isFinite(x)) throw new PyError("OverflowError", "cannot convert float infinity to integer");
        return { kind: "int", value: BigInt(Math.trunc(x)) };
      }
      throw new PyError("TypeError", `%${ch} format: a real number is required, not ${tn}`);
    case "o": case "x": case "X":
      if (a.vk === "int") return { kind: "int", value: a.v as number };
      throw new PyError("TypeError", `%${ch} format: an integer is required, not ${tn}`);
    case "c":
      if (a.vk === "int") return { kind: "char", value: percentCharFromInt(a.v as number) };
      if (a.vk === "str" && [...(a.v as string)].length === 1) return { kind: "char", value: (a.v as string).codePointAt(0)! };
      throw new PyError("TypeError", "%c requires int or char");
    default:
      if (a.vk === "float") return { kind: "float", value: a.v as number };
      if (a.vk === "int") return { kind: "float", value: intToFloat(a.v as number) };
      throw new PyError("TypeError", `must be real number, not ${tn}`);
  }
}

/** The result of one case, as {out} or {err: [type, message]}. */
export function run(c: any): { out?: string; err?: [string, string] } {
  try {
    let out: string;
    if (c.k === "float") out = formatFloat(parseF(c.x), c.spec);
    else if (c.k === "int") out = formatInt(normInt(c.x), c.spec);
    else if (c.k === "complex") out = formatComplex(parseF(c.x[0]), parseF(c.x[1]), c.spec);
    else if (c.k === "str") out = formatStr(c.x, c.spec);
    else {
      const a: V = { vk: c.vk, v: c.vk === "int" ? normInt(c.x) : c.vk === "float" ? parseF(c.x) : c.x };
      out = percentFormat(c.spec, { tuple: [a], args: a, mapping: false, getItem: () => { throw new Error("no mapping"); }, starArg: () => 0, convert: (v, conv) => pctConvert(v, conv.ch) });
    }
    return { out };
  } catch (e) {
    if (e instanceof PyError) return { err: [e.type, e.pyMessage] };
    return { err: ["JS", String(e)] };
  }
}

/**
 * The oracle is a 32-bit build: format(n, 'c') converts n to a 32-bit C long there. dislab behaves
 * as 64-bit CPython, where ints up to 2**63-1 reach the range check instead.
 */
export function adjustFor64Bit(c: any): void {
  if (c.k === "int" && c.err?.[1] === "Python int too large to convert to C long") {
    const v = BigInt(c.x);
    if (v >= -(2n ** 63n) && v < 2n ** 63n) c.err = ["OverflowError", "%c arg not in range(0x110000)"];
  }
}
