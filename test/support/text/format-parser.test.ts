// _string.formatter_field_name_split against CPython 3.10.2 (formatter_parser is in the fmtstr
// suite): first part as int or str, the lazily raised errors of the rest.
import assert from "node:assert/strict";
import { test } from "node:test";
import { PyError } from "../../../src/support/py-error.ts";
import { formatterFieldNameSplit } from "../../../src/support/text/index.ts";
import { oracleRun } from "./cases/harness.ts";

const NAMES = ["", "0", "12", "a", "a.b", "a[0]", "a[x].y", "0.real[3]", "a.", "a..b", "a[]", "a[0", "a[0]x", "a[0][1].c", "\u0663", "\u0663[\u0661]",
  "99999999999999999999", "a[99999999999999999999]", "x[-1]", "x[ 1]", ".a", "[1]", "a b", "a]b"];

test("formatter_field_name_split equals CPython's", async () => {
  const expected = await oracleRun<unknown[]>(`
import _string
result = []
for n in ${JSON.stringify(NAMES)}:
    try:
        first, rest = _string.formatter_field_name_split(n)
        items = []
        try:
            for it in rest:
                items.append(list(it))
        except Exception as e:
            items.append(type(e).__name__ + ": " + str(e))
        result.append([first, items])
    except Exception as e:
        result.append(type(e).__name__ + ": " + str(e))`);
  NAMES.forEach((n, i) => {
    let got: unknown;
    try {
      const [first, rest] = formatterFieldNameSplit(n);
      const items: unknown[] = [];
      try {
        for (const it of rest) items.push(it);
      } catch (e) {
        items.push(e instanceof PyError ? `${e.type}: ${e.pyMessage}` : String(e));
      }
      got = [first, items];
    } catch (e) {
      got = e instanceof PyError ? `${e.type}: ${e.pyMessage}` : String(e);
    }
    assert.deepEqual(got, expected[i], JSON.stringify(n));
  });
});
