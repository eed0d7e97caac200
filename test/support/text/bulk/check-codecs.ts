// Checks gen_codecs.py's cases: node --import tsx check-codecs.ts cases.jsonl
import { readFileSync } from "node:fs";
import { PyError } from "../../../../src/support/py-error.ts";
import { NAMES_DATA } from "../../../../src/parser/unicode-names-data.ts";
import { PyUnicodeError, decode, encode, registerCharNames } from "../../../../src/support/text/index.ts";

registerCharNames(NAMES_DATA);
const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
let ok = 0, bad = 0;
for (const line of readFileSync(process.argv[2], "utf8").split("\n")) {
  if (!line) continue;
  const c = JSON.parse(line);
  let got: { out?: string; err?: Record<string, unknown> };
  try {
    got = { out: c.op === "encode" ? hex(encode(c.s, c.enc, c.errors)) : decode(Uint8Array.from(Buffer.from(c.b, "hex")), c.enc, c.errors) };
  } catch (e) {
    if (e instanceof PyUnicodeError) {
      const d = e.details;
      got = { err: { type: e.type, msg: e.pyMessage, encoding: d.encoding, start: d.start, end: d.end, reason: d.reason } };
    } else if (e instanceof PyError) got = { err: { type: e.type, msg: e.pyMessage } };
    else got = { err: { type: "JS", msg: String(e) } };
  }
  if (JSON.stringify(got) === JSON.stringify(c.out !== undefined ? { out: c.out } : { err: c.err })) ok++;
  else if (++bad <= 25) console.log("MISMATCH", line, "\n   got", JSON.stringify(got));
}
console.log(`${ok}/${ok + bad} identical`);
