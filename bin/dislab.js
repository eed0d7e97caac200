#!/usr/bin/env -S node --stack-size=3000 --min-semi-space-size=4 --turbo-filter=-runFrame
// --turbo-filter=-runFrame: V8's optimising compiler leaves the eval loop (src/vm/eval-loop.ts) in
// its baseline code. Hot Python code runs in the compiled tier, so runFrame mostly runs code that
// runs a few times (imports, class bodies, the first calls), and optimising its 7.5 KB of bytecode
// took TurboFan 50-130 ms a time, several times a run as new instructions deoptimised it: two
// thirds of the CPU of `dislab -c 'import json'` (3.74G -> 1.29G instructions, --single-threaded
// under cachegrind; a program importing ten common modules 10.9G -> 3.8G, 1.2-1.4 s -> 1.0-1.2 s
// wall on 2 cores). Benchmark rounds got faster too (the rounds' geometric means, first 0.378 ->
// 0.341 s, best 0.139 -> 0.127 s). test/cli/cli.test.ts checks that the bundle still defines it.
// --min-semi-space-size (MB): V8's young generation starts at 1 MB, and building the interpreter's
// objects at start (types, methods, sys, builtins) filled it three times, each scavenge copying
// those survivors; at 4 MB a one-line program runs without a collection (12M fewer instructions of
// about 610M, 1.6 MB more resident memory), and longer programs collect less often.
// --stack-size: the compiler and Python-to-Python calls fit V8's default stack (about 1 MB); the
// extra room is for recursion through native code (repr of nested containers, key functions,
// __eq__ chains), which nests JS frames per level. 3000 KB stays well inside the 8 MB main-thread
// stack of Linux and macOS.
//
// Start-up: the build bundles the command into one CommonJS file (dist/cli/dislab.cjs, made by
// tools/bundle-cli.ts), compiled here from V8's code cache (dislab.cjs.KEY.cache beside it, written
// by the build (tools/warm-code-cache.ts) or else by the first run, rewritten when V8 rejects it). V8 accepts a cache only from the same Node version
// and V8 flags, so KEY hashes those: `node --stack-size=3000 bin/dislab.js` and the shebang's run
// keep one cache each instead of overwriting each other's. Without the bundle the command runs from
// the per-file build (dist/cli/main.js).
//
// This file is CommonJS (bin/package.json says so): an ES module entry starts Node's ESM loader, and
// an ES import of node:fs builds its namespace from every export, whose getters load fs/promises,
// the file streams and readline; all that, unused, was a tenth of a one-line program's start-up.
"use strict";
const { closeSync, existsSync, fstatSync, openSync, readSync, renameSync, writeFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const { dirname, join } = require("node:path");
const { Script } = require("node:vm");

const bundle = join(__dirname, "..", "dist", "cli", "dislab.cjs");

/** Reads the `size` bytes of open file `fd` into `buffer` and closes it; how many it read. */
function readAll(fd, buffer, size) {
  let n = 0;
  try {
    for (let got; n < size && (got = readSync(fd, buffer, n, size - n, n)) > 0; ) n += got;
  } finally {
    closeSync(fd);
  }
  return n;
}
if (existsSync(bundle)) {
  let key = 0x811c9dc5;
  for (const ch of `${process.version} ${process.arch} ${process.execArgv.join(" ")}`) key = Math.imul(key ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  const cacheFile = `${bundle}.${key.toString(16)}.cache`;
  // Both files go through one buffer, the code cache once the bundle's text is out of it: memory
  // touched for the first time is much of what a short run's start-up costs (docs/measurements.md, "Start-up").
  const bundleFd = openSync(bundle, "r");
  const bundleSize = fstatSync(bundleFd).size;
  let cacheFd = -1;
  try {
    cacheFd = openSync(cacheFile, "r");
  } catch {
    // none yet: written at exit (below)
  }
  const cacheSize = cacheFd < 0 ? 0 : fstatSync(cacheFd).size;
  const buffer = Buffer.allocUnsafeSlow(Math.max(bundleSize, cacheSize));
  // The bundle is ASCII (tools/bundle-cli.ts checks it), so latin1 decodes it to the same string as
  // UTF-8 would, in a fraction of the time, and gives V8 a one-byte string.
  // The bundle is already wrapped as a CommonJS module's function (tools/bundle-cli.ts).
  const source = buffer.toString("latin1", 0, readAll(bundleFd, buffer, bundleSize));
  const cachedData = cacheFd < 0 ? undefined : buffer.subarray(0, readAll(cacheFd, buffer, cacheSize));
  const script = new Script(source, { filename: bundle, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) {
    // Written at exit, so the cache also holds the functions this run compiled lazily.
    process.once("exit", () => {
      try {
        const tmp = `${cacheFile}.${process.pid}`;
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, cacheFile);
      } catch {
        // A read-only installation: every run compiles the bundle itself.
      }
    });
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
} else {
  import("../dist/cli/main.js");
}
