// Part of `npm run build`: the `dislab` command as one CommonJS file, dist/cli/dislab.cjs, which
// bin/dislab.js loads through V8's code cache. Node 20 has no compile cache for ES modules, and
// loading dist/ module by module (about 230 files) spends most of a one-line program's start-up in
// the module loader: resolving, reading and compiling each file. One script compiled from a cached
// code blob starts in about half the time (figures in README.md, "Command line").
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = fileURLToPath(new URL("..", import.meta.url));

const out = join(projectRoot, "dist", "cli", "dislab.cjs");
const t0 = performance.now();
await build({
  entryPoints: [join(projectRoot, "src", "cli", "main.ts")],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  // import.meta.url (run.ts finds dist/stdlib from it) becomes the bundle's own file URL.
  banner: { js: 'var importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  define: { "import.meta.url": "importMetaUrl" },
  outfile: out,
  logLevel: "warning",
  legalComments: "none",
  // Smaller source to read and hash at each start; identifiers stay, so stack traces stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
});
console.log(`dist/cli/dislab.cjs: the dislab command bundled in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// Code caches of the previous bundle are stale: remove them, then run the command once as its
// shebang runs it, so that even the first real run starts from a cache.
const dir = join(projectRoot, "dist", "cli");
for (const f of readdirSync(dir)) if (/^dislab\.cjs\.[0-9a-f]+\.cache$/.test(f)) rmSync(join(dir, f));
const warm = spawnSync(process.execPath, ["--stack-size=3000", join(projectRoot, "bin", "dislab.js"), "-c", "pass"], { stdio: "inherit" });
if (warm.status !== 0) throw new Error(`bin/dislab.js -c pass failed with status ${warm.status}`);
