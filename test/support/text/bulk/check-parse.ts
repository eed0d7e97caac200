// Checks gen_parse.py's cases: node --import tsx check-parse.ts cases.jsonl
import { readFileSync } from "node:fs";
import { PyError } from "../../../../src/support/py-error.ts";
import { floatHex } from "../../../../src/support/float-hex.ts";
import { complexFromString, floatFromString, intFromBytes, intFromString } from "../../../../src/support/text/number-parse.ts";

const h = (x: number) => (Number.isNaN(x) ? "nan" : !Number.isFinite(x) ? (x > 0 ? "inf" : "-inf") : floatHex(x));
let ok = 0, bad = 0;
for (const line of readFileSync(process.argv[2], "utf8").split("\n")) {
  if (!line) continue;
  const c = JSON.parse(line);
  let got: { out?: unknown; err?: [string, string] };
  try {
    if (c.k === "int") got = { out: String(intFromString(c.s, c.base)) };
    else if (c.k === "intb") got = { out: String(intFromBytes(Uint8Array.from([...c.s].map((ch: string) => ch.charCodeAt(0))), c.base)) };
    else if (c.k === "float") got = { out: h(floatFromString(c.s)) };
    else got = { out: complexFromString(c.s).map(h) };
  } catch (e) {
    got = e instanceof PyError ? { err: [e.type, e.pyMessage] } : { err: ["JS", String(e)] };
  }
  if (JSON.stringify(got.out) === JSON.stringify(c.out) && JSON.stringify(got.err) === JSON.stringify(c.err)) ok++;
  else if (++bad <= 20) console.log("MISMATCH", line, "\n   got", JSON.stringify(got));
}
console.log(`${ok}/${ok + bad} identical`);
