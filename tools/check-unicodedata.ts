// Compares dislab's unicodedata with a local CPython 3.10 for every code point (0..0x10FFFF): each
// property, name and lookup(name), the four normalization forms of the character, and ucd_3_2_0.
// Too slow for the test suite through the VM, so it calls the module's functions directly.
// Run: node --stack-size=3000 --import tsx tools/check-unicodedata.ts [PATH/TO/python3.10]
import { execFileSync } from "node:child_process";
import { makeUnicodedata } from "../src/modules/unicodedata.ts";
import { call, repr, str, ascii, typeOf, getattr, None, type PyObj } from "../src/objects/index.ts";
import "../src/vm/index.ts";

const python = process.argv[2] ?? "/root/.pyenv/versions/3.10.13/bin/python3.10";
const NEW = ["category", "bidirectional", "combining", "east_asian_width", "mirrored", "decomposition"];
const script = `
import unicodedata as U, sys
old = U.ucd_3_2_0
def e(f, c):
    try: return repr(f(c))
    except Exception as x: return type(x).__name__
out = []
for cp in range(0x110000):
    c = chr(cp)
    n = U.name(c, None)
    row = [${NEW.map((f) => `U.${f}(c)`).join(", ")}, e(U.decimal, c), e(U.digit, c), e(U.numeric, c), n, U.lookup(n) == c if n else ""]
    row += [ascii(U.normalize(f, c)) for f in ("NFC", "NFD", "NFKC", "NFKD")]
    row += [${NEW.map((f) => `old.${f}(c)`).join(", ")}, e(old.decimal, c), e(old.digit, c), e(old.numeric, c), old.name(c, None)]
    row += [ascii(old.normalize("NFKC", c)), ascii(old.normalize("NFD", c))]
    out.append(" ".join(map(str, [cp] + row)))
sys.stdout.write("\\n".join(out) + "\\n")
`;
const want = execFileSync(python, ["-c", script], { maxBuffer: 1 << 30, encoding: "utf8" }).split("\n");

const m = makeUnicodedata();
const old = m.dict.getStr("ucd_3_2_0")!;
const U = (n: string) => m.dict.getStr(n)!;
const O = (n: string) => getattr(old, n);
const e = (f: PyObj, c: string) => {
  try {
    return repr(call(f, [c]));
  } catch (x) {
    return typeOf(x as PyObj).name;
  }
};
let same = 0;
const diffs: string[] = [];
for (let cp = 0; cp < 0x110000; cp++) {
  const c = String.fromCodePoint(cp);
  const n = call(U("name"), [c, None]);
  const row = [String(cp), ...NEW.map((f) => str(call(U(f), [c]))), e(U("decimal"), c), e(U("digit"), c), e(U("numeric"), c), str(n),
    n !== None ? (call(U("lookup"), [n]) === c ? "True" : "False") : "",
    ...["NFC", "NFD", "NFKC", "NFKD"].map((f) => ascii(call(U("normalize"), [f, c]))),
    ...NEW.map((f) => str(call(O(f), [c]))), e(O("decimal"), c), e(O("digit"), c), e(O("numeric"), c), str(call(O("name"), [c, None])),
    ascii(call(O("normalize"), ["NFKC", c])), ascii(call(O("normalize"), ["NFD", c]))];
  const line = row.join(" ");
  if (line === want[cp]) same++;
  else if (diffs.length < 20) diffs.push(`  want: ${want[cp]}\n  got:  ${line}`);
}
console.log(`${same}/${0x110000} code points identical to ${python}`);
if (diffs.length) console.log(diffs.join("\n"));
