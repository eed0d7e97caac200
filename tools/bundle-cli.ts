// Part of `npm run build`: the `dislab` command as one CommonJS file, dist/cli/dislab.cjs, which
// bin/dislab.js loads through V8's code cache. Node 20 has no compile cache for ES modules, and
// loading dist/ module by module (about 230 files) spends most of a one-line program's start-up in
// the module loader: resolving, reading and compiling each file. One script compiled from a cached
// code blob starts in about half the time (figures in docs/measurements.md, "Start-up").
//
// Every start reads the bundle and its code cache and deserializes the cache, in time that grows
// with their size; the generated data tables a program rarely touches (Unicode names, unicodedata's
// tables, the builtin methods' docstrings) were a third of the bundle. They go to files of their own
// in dist/cli/data/, and the bundle holds for each a stand-in whose exports are getters that
// require() the file on first use. Only modules without imports qualify (checked below), so no
// object exists twice; src/ is unchanged, and the library build (dist/index.js) keeps them inline.
//
// Likewise the native modules' code (src/modules/index.ts) runs when a program first imports the
// module, not at every start: the bundle's NATIVE_MODULES entries call require() of their file, so
// esbuild wraps each file (and what only it imports) in an init function that runs on that first
// call. A file that start-up code imports anyway stays eager through that import.
import { build, type Plugin } from "esbuild";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = fileURLToPath(new URL("..", import.meta.url));
const cliDir = join(projectRoot, "dist", "cli");
const out = join(cliDir, "dislab.cjs");
const dataDir = join(cliDir, "data");
const readable = Boolean(process.env.DISLAB_READABLE_BUNDLE);

/** Data modules loaded on first use: each is read when a program first needs it, never at start. */
const LAZY_DATA = [
  "src/support/unicode-names-data.ts", "src/support/unicodedata-tables.ts", "src/objects/method-docs.ts",
  ...["cn", "tw", "hk", "jp", "kr", "iso2022"].map((f) => `src/modules/cjk/data-${f}.ts`),
];

/** What bin/dislab.js expects around the bundle's code: Node's CommonJS module wrapper. */
const MODULE_WRAPPER = ["(function (exports, require, module, __filename, __dirname) {", "\n})"] as const;

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

/**
 * src/modules/index.ts with each `import { makeX } from "./x.ts"` whose names appear only as the
 * factories of NATIVE_MODULES entries (`["x", makeX]`) turned into `["x", () => require("./x.ts").makeX()]`;
 * any other import is left as it is (so the file's form may change without breaking the build; an
 * entry not in that form simply stays eager).
 */
function lazyNativeModules(source: string): string {
  let text = source;
  for (const m of source.matchAll(/^import \{([^}]+)\} from ("\.\/[^"]+");\n/gm)) {
    const names = m[1]!.split(",").map((n) => n.trim()).filter(Boolean);
    const rest = text.replace(m[0], "");
    const asEntry = (n: string) => new RegExp(`, ${n}\\]`, "g");
    if (!names.every((n) => /^\w+$/.test(n) && (rest.match(new RegExp(`\\b${n}\\b`, "g")) ?? []).length === (rest.match(asEntry(n)) ?? []).length)) continue;
    text = rest;
    for (const n of names) text = text.replace(asEntry(n), `, () => require(${m[2]}).${n}()]`);
  }
  return text;
}

const lazyLoading: Plugin = {
  name: "lazy-loading",
  setup(b) {
    b.onResolve({ filter: /^\.\/data\/[\w-]+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
    // A namespace of its own: the stand-in is CommonJS, whatever package.json's "type" says of src/.
    b.onResolve({ filter: /\.ts$/ }, (args) => {
      const file = join(args.resolveDir, args.path);
      return stubs.has(file) ? { path: relative(projectRoot, file), namespace: "lazy-data" } : undefined;
    });
    b.onLoad({ filter: /[\\/]src[\\/]modules[\\/]index\.ts$/ }, (args) => ({ contents: lazyNativeModules(readFileSync(args.path, "utf8")), loader: "ts" }));
    b.onLoad({ filter: /.*/, namespace: "lazy-data" }, (args) => ({ contents: stubs.get(join(projectRoot, args.path))!, loader: "js", resolveDir: cliDir }));
  },
};

await build({
  entryPoints: [join(projectRoot, "src", "cli", "main.ts")],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  // The file is the function Node would wrap a CommonJS module in, so bin/dislab.js compiles its
  // text as it is: wrapping it there made a second 1.8 MB string, which V8 then copied flat again
  // (first-touched memory is what a short run's start-up mostly costs; docs/measurements.md, "Start-up").
  // import.meta.url (run.ts finds dist/stdlib from it) becomes the bundle's own file URL. The
  // directive comes first, so the code is strict, as its ES modules are (esbuild's own "use strict"
  // follows the banner, where it is no directive).
  banner: { js: `${MODULE_WRAPPER[0]}"use strict";var importMetaUrl = require("node:url").pathToFileURL(__filename).href;` },
  footer: { js: MODULE_WRAPPER[1] },
  define: { "import.meta.url": "importMetaUrl" },
  outfile: out,
  plugins: [lazyLoading],
  logLevel: "warning",
  legalComments: "none",
  // Smaller source to read and hash at each start; identifiers stay, so stack traces stay readable.
  // DISLAB_READABLE_BUNDLE=1 keeps the lines (for profiles that name lines: --cpu-prof's positionTicks).
  minifyWhitespace: !readable,
  minifySyntax: true,
});
// bin/dislab.js reads the bundle as latin1, which equals UTF-8 only for ASCII (esbuild's default
// charset escapes every other character; this keeps it so).
// (A readable bundle keeps comments, some not ASCII.)
if (!readable && /[^\x00-\x7f]/.test(readFileSync(out, "latin1"))) throw new Error("dist/cli/dislab.cjs is not ASCII: bin/dislab.js reads it as latin1");
console.log(`dist/cli/dislab.cjs: the dislab command bundled in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// Code caches of the previous bundle are stale: tools/warm-code-cache.ts, the build's last step,
// writes new ones once the standard library is compiled.
for (const f of readdirSync(cliDir)) if (/^dislab\.cjs\.[0-9a-f]+\.cache$/.test(f)) rmSync(join(cliDir, f));
