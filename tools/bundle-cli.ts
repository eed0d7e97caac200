// Part of `npm run build`: the `dislab` command as one CommonJS file, dist/cli/dislab.cjs, which
// bin/dislab.js loads through V8's code cache. Node 20 has no compile cache for ES modules, and
// loading dist/ module by module (about 230 files) spends most of a one-line program's start-up in
// the module loader: resolving, reading and compiling each file. One script compiled from a cached
// code blob starts in about half the time (figures in README.md, "Command line").
//
// Every start reads the bundle and its code cache and deserializes the cache, in time that grows
// with their size; the generated data tables a program rarely touches (Unicode names, unicodedata's
// tables, the builtin methods' docstrings) were a third of the bundle. They go to files of their own
// in dist/cli/data/, and the bundle holds for each a stand-in whose exports are getters that
// require() the file on first use. Only modules without imports qualify (checked below), so no
// object exists twice; src/ is unchanged, and the library build (dist/index.js) keeps them inline.
import { build, type Plugin } from "esbuild";
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = fileURLToPath(new URL("..", import.meta.url));
const cliDir = join(projectRoot, "dist", "cli");
const out = join(cliDir, "dislab.cjs");
const dataDir = join(cliDir, "data");

/** Data modules loaded on first use: each is read when a program first needs it, never at start. */
const LAZY_DATA = ["src/support/unicode-names-data.ts", "src/support/unicodedata-tables.ts", "src/objects/method-docs.ts"];

const t0 = performance.now();
rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });
const requireBuilt = createRequire(out);
const stubs = new Map<string, string>();
for (const rel of LAZY_DATA) {
  const file = join(projectRoot, rel);
  const name = `${basename(rel, ".ts")}.cjs`;
  const result = await build({ entryPoints: [file], bundle: true, platform: "node", format: "cjs", target: "node20", outfile: join(dataDir, name), metafile: true, logLevel: "warning", legalComments: "none", minifyWhitespace: true, minifySyntax: true });
  const inputs = Object.keys(result.metafile.inputs);
  if (inputs.length !== 1) throw new Error(`${rel} imports ${inputs.filter((i) => !file.endsWith(i)).join(", ")}: only a module without imports can load lazily`);
  // The exports, as the built file has them; each becomes a getter of the stand-in.
  const names = Object.keys(requireBuilt(`./data/${name}`) as object);
  const getters = names.map((n) => `get ${n}() { return load().${n}; }`).join(", ");
  stubs.set(file, `let data; const load = () => (data ??= require("./data/${name}"));\nmodule.exports = { ${getters} };\n`);
}

const lazyData: Plugin = {
  name: "lazy-data",
  setup(b) {
    b.onResolve({ filter: /^\.\/data\/[\w-]+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
    // A namespace of its own: the stand-in is CommonJS, whatever package.json's "type" says of src/.
    b.onResolve({ filter: /\.ts$/ }, (args) => {
      const file = join(args.resolveDir, args.path);
      return stubs.has(file) ? { path: relative(projectRoot, file), namespace: "lazy-data" } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: "lazy-data" }, (args) => ({ contents: stubs.get(join(projectRoot, args.path))!, loader: "js", resolveDir: cliDir }));
  },
};

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
  plugins: [lazyData],
  logLevel: "warning",
  legalComments: "none",
  // Smaller source to read and hash at each start; identifiers stay, so stack traces stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
});
console.log(`dist/cli/dislab.cjs: the dislab command bundled in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// Code caches of the previous bundle are stale: remove them, then run the command once as its
// shebang runs it, so that even the first real run starts from a cache.
for (const f of readdirSync(cliDir)) if (/^dislab\.cjs\.[0-9a-f]+\.cache$/.test(f)) rmSync(join(cliDir, f));
const warm = spawnSync(process.execPath, ["--stack-size=3000", join(projectRoot, "bin", "dislab.js"), "-c", "pass"], { stdio: "inherit" });
if (warm.status !== 0) throw new Error(`bin/dislab.js -c pass failed with status ${warm.status}`);
