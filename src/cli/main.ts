// The `dislab` command: dispatches to a subcommand (each loaded only when used), turns Python
// exceptions into CPython-style reports and argparse-style usage errors into status 2. A JavaScript
// exception reaching this level is a dislab bug: it is reported as such, with status 70.
import { PyError, VERSION } from "../index.ts";
import { UsageError } from "./args.ts";
import { formatExceptionOnly } from "./errors.ts";

type Command = {
  HELP: string;
  run(argv: string[], out: (s: string) => void, err: (s: string) => void, columns?: number): number;
};

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  dis: { summary: "disassemble a .py or .pyc file, as python3.10 -m dis", load: () => import("./dis.ts") },
  compile: { summary: "write CPython 3.10 .pyc files, as python3.10 -m py_compile", load: () => import("./compile.ts") },
  compileall: { summary: "compile a directory tree to __pycache__, with a progress bar", load: () => import("./compileall.ts") },
  ast: { summary: "print the AST, as python3.10 -m ast", load: () => import("./ast.ts") },
  run: { summary: "run a program on dislab's VM, as python3.10 FILE ARGS", load: () => import("./run.ts") },
};

const HELP = `usage: dislab <command> [options] [file]
       dislab -c CODE [arg ...]

dislab ${VERSION}: CPython 3.10's compiler, disassembler and marshal in TypeScript.

commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(12)}${c.summary}`).join("\n")}

Run 'dislab <command> -h' for a command's options.
`;

export async function main(argv: string[]): Promise<number> {
  const out = (s: string) => void process.stdout.write(s);
  const err = (s: string) => void process.stderr.write(s);
  const [name, ...rest] = argv;
  if (name === undefined || name === "-h" || name === "--help") {
    (name === undefined ? err : out)(HELP);
    return name === undefined ? 2 : 0;
  }
  if (name === "-c") {
    if (rest.length === 0) {
      err("Argument expected for the -c option\n");
      return 2;
    }
    const { runCommand } = await import("./run.ts");
    return runCommand(rest[0]!, rest.slice(1), out, err);
  }
  if (name === "--version" || name === "-V") {
    out(`dislab ${VERSION} (Python 3.10.2)\n`);
    return 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    err(`${HELP}\ndislab: error: unknown command '${name}'\n`);
    return 2;
  }
  const command = await entry.load();
  const optionsEnd = name === "run" ? Math.max(0, rest.findIndex((a) => !a.startsWith("-"))) : rest.length;
  if (rest.slice(0, optionsEnd || rest.length).some((a) => a === "-h" || a === "--help")) {
    out(command.HELP);
    return 0;
  }
  try {
    return command.run(rest, out, err, process.stdout.isTTY ? process.stdout.columns : undefined);
  } catch (e) {
    if (e instanceof UsageError) {
      err(e.text());
      return 2;
    }
    if (e instanceof PyError) {
      err(formatExceptionOnly(e));
      return 1;
    }
    err(`dislab: internal error (please report): ${(e as Error)?.stack ?? String(e)}\n`);
    return 70;
  }
}

process.exitCode = await main(process.argv.slice(2));
