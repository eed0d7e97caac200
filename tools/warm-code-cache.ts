// The last step of `npm run build`: writes the `dislab` command's V8 code caches (bin/dislab.js
// loads dist/cli/dislab.cjs through dislab.cjs.KEY.cache, one per Node version and V8 flags). A cache
// holds the functions the run that wrote it had compiled, and later runs compile lazily whatever it
// lacks. Written by a `pass` run, it left out the code imports, class creation, generators and most
// of the parser use, which every import-heavy run then compiled again: from a run that imports
// common standard library modules and runs a little of everything, `dislab -c 'import json'` took
// about 15% less CPU (six alternated runs each, 0.40-0.48 s against 0.44-0.54 s user time), for a
// cache of 1.9 MB instead of 1.2 MB. Run as the shebang runs the command and as the tests and
// `npm run bench` run it (--stack-size alone).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = fileURLToPath(new URL("..", import.meta.url));
const bin = join(projectRoot, "bin", "dislab.js");

/** A program touching what most programs do: common imports, classes, generators, comprehensions, exceptions, formatting. */
const WORKLOAD = `
import json, re, collections, dataclasses, typing, enum, functools, itertools, textwrap, datetime, random, math, string, copy, heapq, bisect, contextlib, io, operator
@dataclasses.dataclass(order=True)
class Point:
    x: int
    y: int = 0
    def norm(self) -> float:
        return math.hypot(self.x, self.y)
class Color(enum.Enum):
    RED = 1
    GREEN = 2
def numbers(n):
    for i in range(n):
        yield i * i
counts = collections.Counter(w for w in re.findall(r"\\w+", "a b a c b a"))
data = json.loads(json.dumps({"points": [Point(i, -i).norm() for i in range(5)], "counts": counts}))
try:
    {}["missing"]
except KeyError as e:
    message = f"{e!r:>20} {len(data):03d} {sorted(numbers(5), key=lambda v: -v)} {Color.RED.name}"
with contextlib.suppress(ZeroDivisionError):
    1 / 0
text = textwrap.fill(" ".join(map(str, itertools.islice(itertools.count(), 50))), 30)
`;

const shebangFlags = /^#!.*\bnode((?: --[\w-]+=\S+)*)/.exec(readFileSync(bin, "utf8"))?.[1]?.trim().split(" ") ?? [];
for (const flags of [shebangFlags, ["--stack-size=3000"]]) {
  const warm = spawnSync(process.execPath, [...flags, bin, "-c", WORKLOAD], { stdio: "inherit" });
  if (warm.status !== 0) throw new Error(`node ${flags.join(" ")} bin/dislab.js -c WORKLOAD failed with status ${warm.status}`);
}
