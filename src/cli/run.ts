// `dislab run [--timeout MS] [--max-steps N] FILE [ARGS...]` and `dislab -c CODE [ARGS...]`: run a
// program as `python3.10 FILE ARGS` runs it: sys.argv, __name__ == '__main__', imports next to the
// file, the exit status (SystemExit included) and uncaught tracebacks on stderr. Standard input is
// read whole when it is not a terminal. The VM buffers output, so it appears when the program ends.
// `import` finds CPython's standard library in dist/stdlib after the program's own folder.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runProgram } from "../index.ts";
import { UsageError } from "./args.ts";
import { readFileOrNull, readInput } from "./io.ts";

const USAGE = "usage: dislab run [-h] [--timeout MS] [--max-steps N] file [arg ...]";
export const HELP = `${USAGE}

Run a Python 3.10 program on dislab's VM, as python3.10 FILE ARGS does.

positional arguments:
  file             the program ("-" for stdin)
  arg              the program's arguments (sys.argv[1:])

options:
  -h, --help       show this help message and exit
  --timeout MS     stop the program with a Python exception after MS milliseconds
  --max-steps N    stop the program with a Python exception after N bytecode instructions
`;

/** CPython's standard library, compiled into dist/stdlib by the build (tools/build-stdlib.ts). */
const STDLIB = fileURLToPath(new URL("../stdlib", import.meta.url));

function readStdin(): string {
  if (process.stdin.isTTY) return "";
  try {
    return readFileSync(0, "utf8");
  } catch {
    return "";
  }
}

/** Options come before the file; everything after the file belongs to the program. */
function split(argv: string[]): { limits: { timeout: number; maxSteps: number }; rest: string[] } {
  const limits = { timeout: 0, maxSteps: 0 };
  let i = 0;
  for (; i < argv.length && argv[i]!.startsWith("--"); i++) {
    const [name, inline] = argv[i]!.split("=", 2) as [string, string | undefined];
    const key = name === "--timeout" ? "timeout" : name === "--max-steps" ? "maxSteps" : null;
    if (key === null) throw new UsageError(USAGE, "dislab run", `unrecognized arguments: ${argv[i]}`);
    const raw = inline ?? argv[++i];
    if (raw === undefined || !/^\d+$/.test(raw)) throw new UsageError(USAGE, "dislab run", `argument ${name}: invalid int value: '${raw ?? ""}'`);
    limits[key] = Number(raw);
  }
  return { limits, rest: argv.slice(i) };
}

function execute(source: Uint8Array | string, filename: string, argv: string[], limits: { timeout: number; maxSteps: number }, out: (s: string) => void, err: (s: string) => void): number {
  const result = runProgram(source, { filename, argv, stdin: readStdin(), readFile: readFileOrNull, path: [STDLIB], ...limits });
  out(result.stdout);
  err(result.stderr);
  return result.exitCode;
}

export function run(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  const { limits, rest } = split(argv);
  if (rest.length === 0) throw new UsageError(USAGE, "dislab run", "the following arguments are required: file");
  const input = readInput(rest[0], USAGE, "dislab run", "file");
  return execute(input.bytes, input.name, [input.name === "<stdin>" ? "-" : input.name, ...rest.slice(1)], limits, out, err);
}

/** `dislab -c CODE ARGS...`: sys.argv is ['-c', ARGS...] and the filename "<string>". */
export function runCommand(code: string, args: string[], out: (s: string) => void, err: (s: string) => void): number {
  return execute(code, "<string>", ["-c", ...args], { timeout: 0, maxSteps: 0 }, out, err);
}
