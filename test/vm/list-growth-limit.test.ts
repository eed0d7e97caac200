// A list grown one item at a time past what V8 can hold would abort the whole process (V8's fatal
// "invalid size error" at ~1.1 * 2**27 items, no exception to catch); dislab stops growth at
// MAX_GROWN_ITEMS (2**26) with MemoryError, leaving the list as it was before the item that
// failed, and an array V8 refuses to make at once (a repeat past its limit) is MemoryError too,
// not SystemError. CPython's lists end only at the machine's memory, so there is no oracle here:
// what matters is a Python exception where the process used to die (list(), extend and the
// join of a generator take different ways). (Slow: ~500 MB, seconds.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { runProgram } from "../../src/vm/index.ts";
import { MAX_GROWN_ITEMS } from "../../src/objects/exceptions.ts";

test("growing a list past the limit raises MemoryError; the process lives on", () => {
  const r = runProgram(
    `def attempt(f):
    try:
        f()
    except MemoryError as e:
        print(type(e).__name__, repr(str(e)))
attempt(lambda: list(range(2**27)))
attempt(lambda: "".join("" for x in range(2**27)))
attempt(lambda: (None,) * 2**31)
x = []
attempt(lambda: x.extend(range(2**27)))
print(len(x), x[-1])
`,
    { filename: "grow.py" },
  );
  assert.equal(r.stderr, "");
  assert.equal(r.stdout, `MemoryError ''\nMemoryError ''\nMemoryError ''\nMemoryError ''\n${MAX_GROWN_ITEMS} ${MAX_GROWN_ITEMS - 1}\n`);
});
