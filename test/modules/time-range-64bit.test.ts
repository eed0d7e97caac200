// time.gmtime/ctime at the edges of a 64-bit time_t and of glibc's struct tm, where the oracle (a
// 32-bit musl build) returns garbage structs: a timestamp outside a 64-bit int raises OverflowError,
// one whose year does not fit tm_year's C int OSError(EOVERFLOW), asctime's 1900 + tm_year wraps as
// a C int, and seconds past 2**53 are exact. The expected lines are 64-bit CPython 3.10.13's on
// Linux (TZ=UTC); a local 64-bit CPython 3.10, when present, is asked as well.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { runProgram } from "../../src/vm/index.ts";
import { localCPython310 } from "../marshal/local-cpython.ts";
import { STDLIB, readOrNull } from "../vm/run-with-stdlib.ts";

const PROGRAM = `import time
for t in (67768036191676799, 67768036191676800, -67768040609740800, -67768040609740801, 2**62, -2**63, 2**63, 9.3e18, 6.7768036191676792e16, 2**53 + 1):
    for f in (time.gmtime, time.ctime):
        try:
            r = f(t)
            print(t, tuple(r) if not isinstance(r, str) else r)
        except Exception as e:
            print(t, f.__name__, type(e).__name__, e)
`;

const EXPECTED = `67768036191676799 (2147485547, 12, 31, 23, 59, 59, 2, 365, 0)
67768036191676799 Wed Dec 31 23:59:59 -2147481749
67768036191676800 gmtime OSError [Errno 75] Value too large for defined data type
67768036191676800 ctime OSError [Errno 75] Value too large for defined data type
-67768040609740800 (-2147481748, 1, 1, 0, 0, 0, 3, 1, 0)
-67768040609740800 Thu Jan  1 00:00:00 -2147481748
-67768040609740801 gmtime OSError [Errno 75] Value too large for defined data type
-67768040609740801 ctime OSError [Errno 75] Value too large for defined data type
4611686018427387904 gmtime OSError [Errno 75] Value too large for defined data type
4611686018427387904 ctime OSError [Errno 75] Value too large for defined data type
-9223372036854775808 gmtime OSError [Errno 75] Value too large for defined data type
-9223372036854775808 ctime OSError [Errno 75] Value too large for defined data type
9223372036854775808 gmtime OverflowError timestamp out of range for platform time_t
9223372036854775808 ctime OverflowError timestamp out of range for platform time_t
9.3e+18 gmtime OverflowError timestamp out of range for platform time_t
9.3e+18 ctime OverflowError timestamp out of range for platform time_t
6.776803619167679e+16 (2147485547, 12, 31, 23, 59, 52, 2, 365, 0)
6.776803619167679e+16 Wed Dec 31 23:59:52 -2147481749
9007199254740993 (285428751, 11, 12, 7, 36, 33, 0, 316, 0)
9007199254740993 Mon Nov 12 07:36:33 285428751
`;

test("gmtime and ctime at the edges of time_t and struct tm, as 64-bit CPython 3.10 on glibc", () => {
  const ours = runProgram(PROGRAM, { filename: "<time-range>", path: [STDLIB], readFile: readOrNull, env: { TZ: "UTC" } });
  assert.equal(ours.stderr, "");
  assert.equal(ours.stdout, EXPECTED);
});

test("the expected lines are a local 64-bit CPython 3.10's", { skip: localCPython310() === null }, () => {
  const theirs = spawnSync(localCPython310()!, ["-c", PROGRAM], { env: { ...process.env, TZ: "UTC" }, encoding: "utf8" });
  assert.equal(theirs.stdout, EXPECTED);
});
