// Local time (src/modules/local-time.ts) in several zones: the host's zone is the process's TZ,
// which Node applies to Date when it is assigned, in this process for dislab and the oracle alike
// (Pyodide's localtime asks Date too). The oracle prints the zone's long name where the C library
// prints its abbreviation ("Eastern Standard Time" for "EST"), its mktime with tm_isdst=1 differs
// from glibc's in a gap and in zones without summer time, and its time.timezone stays what it was
// when Pyodide started (it has no tzset): those are compared with a local 64-bit CPython 3.10
// instead (skipped without one). (The oracle's time_t is 32 bits: mktime of 2**31 overflows.)
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { Oracle, projectRoot } from "../oracle/oracle.ts";
import { localCPython310 } from "../marshal/local-cpython.ts";
import { runProgram } from "../../src/vm/index.ts";

// UTC first: the host zone is asked again for each run (local-time.ts, hostIsUtc), not once a process
const ZONES = ["UTC", "America/New_York", "Australia/Sydney", "Europe/London", "Asia/Kolkata"];

const NUMBERS = `
import time, datetime as D
out = []
for t in (0, 1_700_000_000, 1_690_000_000, 1678602600, 1678606200, 1699162200, 1699165800, 1680359400, 1680363000,
          1696091400, 1698539400, 1698543000, -10**9, 2**31 - 1):
    lt = time.localtime(t)
    out.append((tuple(lt), lt.tm_gmtoff, time.mktime(lt), D.datetime.fromtimestamp(t), D.datetime.fromtimestamp(t).fold, D.date.fromtimestamp(t)))
for f in ((2023,7,1,12,0,0,0,0,-1), (2023,1,1,12,0,0,0,0,-1), (2023,11,5,1,30,0,0,0,-1), (2023,11,5,1,30,0,0,0,0),
          (2023,7,1,12,0,0,0,0,0), (2023,4,2,2,30,0,0,0,0)):
    out.append(time.mktime(f))
for dt in (D.datetime(2023,3,12,2,30), D.datetime(2023,11,5,1,30), D.datetime(2023,11,5,1,30,fold=1), D.datetime(2023,4,2,2,30),
           D.datetime(2023,4,2,2,30,fold=1), D.datetime(2023,10,1,2,30), D.datetime(2023,3,26,1,30), D.datetime(2023,10,29,1,30,fold=1)):
    out.append((dt.timestamp(), dt.astimezone().utcoffset(), dt.astimezone().replace(tzinfo=None), dt.astimezone(D.timezone.utc)))
out.append((time.ctime(0), time.asctime(time.localtime(10**9))))
print(*out, sep="\\n")
`;

const NAMES = `
import time, datetime as D
print(time.tzname, time.strftime('%z %Z', time.localtime(1_690_000_000)), time.localtime(1_673_740_800).tm_zone)
print(repr(time.strftime('%z %Z', (2023,7,1,0,0,0,0,0,0))), repr(time.strftime('%z %Z', (2023,7,1,0,0,0,0,0,-1))))
print(D.datetime(2023, 1, 1).astimezone().tzinfo, D.datetime(2023, 7, 1).astimezone().tzname())
print(time.timezone, time.altzone, time.daylight)
print(time.mktime((2023,3,12,2,30,0,0,0,0)), time.mktime((2023,3,12,2,30,0,0,0,1)), time.mktime((2023,1,1,0,0,0,0,0,1)))
print(time.mktime((2023,11,5,1,30,0,0,0,1)), time.mktime((2023,10,29,1,30,0,0,0,1)))
import os
os.environ['TZ'] = 'Asia/Tokyo'
time.tzset()
print(time.tzname, time.timezone, time.localtime(0)[:9], D.datetime.fromtimestamp(0))
os.environ['TZ'] = 'Nowhere'
time.tzset()
print(time.tzname, time.timezone, time.localtime(0)[:9])
`;

const STDLIB = join(projectRoot, "dist", "stdlib");
const readFile = (path: string): Uint8Array | null => {
  try {
    return new Uint8Array(readFileSync(path));
  } catch {
    return null;
  }
};

/** TZ in POSIX's rule form (src/modules/posix-tz.ts), set by the program through tzset(). */
const POSIX_RULES = `
import time, os, datetime as D
for tz in ('EST+05EDT,M3.2.0,M11.1.0', 'AEST-10AEDT-11,M10.5.0,M3.5.0', 'UTC0', 'EST5EDT', 'CET-1CEST,M3.5.0,M10.5.0/3', '<+0330>-3:30', 'JST-9', 'XYZ3ABC,J60/1,300/25'):
    os.environ['TZ'] = tz
    time.tzset()
    print(tz, time.tzname, time.timezone, time.altzone, time.daylight)
    for t in (0, 1_690_000_000, 1_700_000_000, 1678602600, 1698543000, 1696091400):
        lt = time.localtime(t)
        print(' ', tuple(lt), lt.tm_zone, lt.tm_gmtoff, time.mktime(lt), D.datetime.fromtimestamp(t), D.datetime.fromtimestamp(t).fold)
    print(' ', D.datetime(2023,3,12,2,30).timestamp(), D.datetime(2023,11,5,1,30,fold=1).timestamp(), D.datetime(2023,10,1,2,30).astimezone())`;

function dislab(source: string): string {
  const r = runProgram(new TextEncoder().encode(source), { filename: "tz.py", path: [STDLIB], readFile });
  return r.stdout + r.stderr;
}

const savedTz = process.env.TZ;
after(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

describe("local time follows the host's zone as the oracle's does", async () => {
  const oracle = await (await Oracle.get()).ready();
  const wrapped = `import io, contextlib\n_buf = io.StringIO()\nwith contextlib.redirect_stdout(_buf):\n    exec(${JSON.stringify(NUMBERS)}, {})\n_buf.getvalue()`;
  for (const zone of ZONES) {
    test(zone, () => {
      process.env.TZ = zone;
      assert.equal(dislab(NUMBERS), oracle.eval(wrapped));
    });
  }
});

const python = localCPython310();
describe("zone names, tzset and mktime's tm_isdst as 64-bit CPython 3.10 on glibc", { skip: python ? false : "no local CPython 3.10" }, () => {
  for (const zone of ZONES) {
    test(zone, () => {
      const native = spawnSync(python!, ["-c", NAMES], { encoding: "utf8", env: { ...process.env, TZ: zone } });
      process.env.TZ = zone;
      assert.equal(dislab(NAMES), native.stdout + native.stderr);
    });
  }
  test("POSIX rule strings", () => {
    const native = spawnSync(python!, ["-c", POSIX_RULES], { encoding: "utf8", env: { ...process.env, TZ: "UTC" } });
    process.env.TZ = "UTC";
    assert.equal(dislab(POSIX_RULES), native.stdout + native.stderr);
  });
});
