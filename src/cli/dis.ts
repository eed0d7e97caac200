// `dislab dis [--json] [FILE]`: what `python3.10 -m dis FILE` prints (compile the source in "exec"
// mode and disassemble it, recursing into nested code objects). A `.pyc` (as CPython writes it)
// is disassembled from its code object instead; --json gives the structured view of docs/dis-json.md.
import { compile, dis, disJson, readPyc } from "../index.ts";
import { parseArgs } from "./args.ts";
import { readInput } from "./io.ts";

const USAGE = "usage: dislab dis [-h] [--json] [infile]";
export const HELP = `${USAGE}

Disassemble Python 3.10 source (or a .pyc) as python3.10 -m dis does.

positional arguments:
  infile      a .py or .pyc file; defaults to stdin

options:
  -h, --help  show this help message and exit
  --json      print code objects and instructions as JSON (docs/dis-json.md)
`;

export function run(argv: string[], out: (s: string) => void): number {
  const { options, positionals } = parseArgs(argv, [{ names: ["--json"] }], "dislab dis", USAGE);
  const input = readInput(positionals[0], USAGE, "dislab dis");
  const code = input.name.endsWith(".pyc") ? readPyc(input.bytes, input.name).code : compile(input.bytes, { filename: input.name, mode: "exec" });
  out(options.get("json") ? JSON.stringify(disJson(code), null, 2) + "\n" : dis(code));
  return 0;
}
