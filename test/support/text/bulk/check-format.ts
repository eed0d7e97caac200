// Checks bulk cases from gen_format.py (a local CPython 3.10's answers) against dislab:
//   python3.10 gen_format.py SEED N > /tmp/cases.jsonl && node --import tsx check-format.ts /tmp/cases.jsonl
import { readFileSync } from "node:fs";
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

const file = process.argv[2];
let ok = 0;
let bad = 0;
const t0 = Date.now();
for (const line of readFileSync(file, "utf8").split("\n")) {
  if (!line) continue;
  const c = JSON.parse(line);
  let got: { out?: string; err?: [string, string] };
  try {
    let out: string;
    if (c.k === "float") out = formatFloat(parseF(c.x), c.spec);
    else if (c.k === "int") out = formatInt(normInt(c.x), c.spec);
    else if (c.k === "complex") out = formatComplex(parseF(c.x[0]), parseF(c.x[1]), c.spec);
    else if (c.k === "str") out = formatStr(c.x, c.spec);
    else {
      const a: V = { vk: c.vk, v: c.vk === "int" ? normInt(c.x) : c.vk === "float" ? parseF(c.x) : c.x };
      out = percentFormat(c.spec, { tuple: [a], args: a, mapping: false, getItem: () => { throw new Error("no"); }, starArg: () => 0, convert: (v, conv) => pctConvert(v, conv.ch) });
    }
    got = { out };
  } catch (e) {
    if (!(e instanceof PyError)) { got = { err: ["JS", String(e)] }; }
    else got = { err: [e.type, e.pyMessage] };
  }
  const same = JSON.stringify(got.out) === JSON.stringify(c.out) && JSON.stringify(got.err) === JSON.stringify(c.err);
  if (same) ok++;
  else {
    bad++;
    if (bad <= 25) console.log("MISMATCH", line, "\n   got", JSON.stringify(got));
  }
}
console.log(`${ok}/${ok + bad} identical, ${Date.now() - t0} ms`);
