// `dislab ast [-m MODE] [--no-type-comments] [-a] [-i N] [FILE]`: what `python3.10 -m ast` prints.
import { astDump, parse } from "../index.ts";
import { parseArgs } from "./args.ts";
import { readInput } from "./io.ts";

const USAGE = "usage: dislab ast [-h] [-m {exec,single,eval,func_type}] [--no-type-comments] [-a] [-i INDENT] [infile]";
export const HELP = `${USAGE}

positional arguments:
  infile                the file to parse; defaults to stdin

options:
  -h, --help            show this help message and exit
  -m {exec,single,eval,func_type}, --mode {exec,single,eval,func_type}
                        specify what kind of code must be parsed
  --no-type-comments    don't add information about type comments
  -a, --include-attributes
                        include attributes such as line numbers and column offsets
  -i INDENT, --indent INDENT
                        indentation of nodes (number of spaces)
`;

export function run(argv: string[], out: (s: string) => void): number {
  const { options, positionals } = parseArgs(argv, [
    { names: ["-m", "--mode"], value: true, choices: ["exec", "single", "eval", "func_type"] },
    { names: ["--no-type-comments"] },
    { names: ["-a", "--include-attributes"] },
    { names: ["-i", "--indent"], value: true, int: true },
  ], "dislab ast", USAGE);
  const input = readInput(positionals[0], USAGE, "dislab ast");
  const tree = parse(input.bytes, {
    filename: input.name,
    mode: (options.get("mode") as "exec" | "single" | "eval" | "func_type" | undefined) ?? "exec",
    typeComments: !options.get("no-type-comments"),
  });
  const indent = (options.get("indent") as number | undefined) ?? 3;
  out(astDump(tree, { includeAttributes: options.get("include-attributes") === true, indent }) + "\n");
  return 0;
}
