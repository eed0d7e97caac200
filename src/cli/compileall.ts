// `dislab compileall DIR... [-O LEVEL] [-q]`: compiles every .py file of a tree to __pycache__,
// as `python3.10 -m compileall` does, with a progress bar on a terminal, each failure reported
// with its SyntaxError text ("*** Error compiling '...'..."), and a summary. Status 1 if any failed.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs, UsageError } from "./args.ts";
import { compileFile, defaultInvalidationMode, type InvalidationMode } from "./compile.ts";
import { osErrorText } from "./io.ts";

const USAGE = "usage: dislab compileall [-h] [-O LEVEL] [-q] [--invalidation-mode {timestamp,checked-hash,unchecked-hash}] dir [dir ...]";
export const HELP = `${USAGE}

Compile every .py file under the given directories (or the given files) to __pycache__/*.cpython-310.pyc.

positional arguments:
  dir                   directories (searched recursively) or files

options:
  -h, --help            show this help message and exit
  -O LEVEL, --optimize LEVEL
                        0 (default), 1 or 2, as python -O / -OO
  -q, --quiet           print only errors and the summary
  --invalidation-mode {timestamp,checked-hash,unchecked-hash}
`;

/** The .py files under `root`, sorted by name at each level as compileall's os.listdir + sort. */
export function listSources(root: string): string[] {
  if (!statSync(root).isDirectory()) return [root];
  const found: string[] = [];
  for (const name of readdirSync(root).sort()) {
    if (name === "__pycache__") continue;
    const path = join(root, name);
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isDirectory()) found.push(...listSources(path));
    else if (name.endsWith(".py")) found.push(path);
  }
  return found;
}

export function run(argv: string[], out: (s: string) => void, err: (s: string) => void, columns?: number): number {
  const { options, positionals } = parseArgs(argv, [
    { names: ["-O", "--optimize"], value: true, int: true, choices: ["0", "1", "2"] },
    { names: ["-q", "--quiet"] },
    { names: ["--invalidation-mode"], value: true, choices: ["timestamp", "checked-hash", "unchecked-hash"] },
  ], "dislab compileall", USAGE);
  if (positionals.length === 0) throw new UsageError(USAGE, "dislab compileall", "the following arguments are required: dir");
  const optimize = (options.get("optimize") as number | undefined) ?? 0;
  const mode = (options.get("invalidation-mode") as InvalidationMode | undefined) ?? defaultInvalidationMode();
  const quiet = options.get("quiet") === true;

  const files: string[] = [];
  let failed = 0;
  for (const root of positionals) {
    try {
      files.push(...listSources(root));
    } catch (e) {
      err(`Can't list '${root}': ${osErrorText(e, root)}\n`);
      failed++;
    }
  }
  const started = performance.now();
  let lines = 0;
  const clearBar = () => columns && out("\r\x1b[K");
  files.forEach((path, i) => {
    if (columns) drawBar(out, columns, i, files.length, path);
    else if (!quiet) out(`Compiling '${path}'...\n`);
    let problem: string | null;
    try {
      const source = new Uint8Array(readFileSync(path));
      lines += countLines(source);
      problem = compileFile(path, source, { optimize, mode });
    } catch (e) {
      problem = osErrorText(e, path);
    }
    if (problem !== null) {
      clearBar();
      err(`*** Error compiling '${path}'...\n${problem}\n`);
      failed++;
    }
  });
  clearBar();
  const seconds = (performance.now() - started) / 1000;
  const rate = seconds > 0 ? `, ${Math.round(lines / seconds).toLocaleString("en-US")} lines/s` : "";
  out(`Compiled ${files.length - failed} of ${files.length} files (${lines.toLocaleString("en-US")} lines) in ${seconds.toFixed(2)} s${rate}; ${failed} failed\n`);
  return failed ? 1 : 0;
}

function countLines(source: Uint8Array): number {
  let n = 0;
  for (const b of source) if (b === 10) n++;
  return n;
}

function drawBar(out: (s: string) => void, columns: number, done: number, total: number, path: string): void {
  const width = Math.max(10, Math.min(40, columns - 30));
  const filled = Math.round((done / Math.max(1, total)) * width);
  const label = `${done}/${total} `;
  const room = Math.max(0, columns - width - label.length - 4);
  const name = path.length > room ? "…" + path.slice(path.length - room + 1) : path;
  out(`\r\x1b[K[${"#".repeat(filled)}${".".repeat(width - filled)}] ${label}${name}`);
}
