// The `dislab` command: dispatches to a subcommand (each loaded only when used) or, without one,
// behaves as python3.10 (-c, -, -i, the REPL; src/cli/run.ts and repl.ts); turns Python
// exceptions into CPython-style reports and argparse-style usage errors into status 2. A JavaScript
// exception reaching this level is a dislab bug: it is reported as such, with status 70.
// Not ../index.ts (the library entry, which brings dis, marshal's writer, the stepper, ...): what
// a program run does not use stays out of start-up, in the bundle's lazily initialised modules.
import { PyError } from "../support/py-error.ts";
import { FatalError, UsageError } from "./args.ts";
import { formatExceptionOnly } from "./errors.ts";
import { isTerminal } from "./io.ts";

type Command = {
  HELP: string;
  run(argv: string[], out: (s: string) => void, err: (s: string) => void, columns?: number): number | Promise<number>;
};

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  dis: { summary: "disassemble a .py or .pyc file, as python3.10 -m dis", load: () => import("./dis.ts") },
  compile: { summary: "write CPython 3.10 .pyc files, as python3.10 -m py_compile", load: () => import("./compile.ts") },
  compileall: { summary: "compile a directory tree to __pycache__, with a progress bar", load: () => import("./compileall.ts") },
  ast: { summary: "print the AST, as python3.10 -m ast", load: () => import("./ast.ts") },
  run: { summary: "run a program on dislab's VM, as python3.10 FILE ARGS", load: () => import("./run.ts") },
};

const help = (version: string, options: string) => `usage: dislab [-i] [-q] [--timeout SECONDS] [--max-steps N] [--no-jit] [-c CODE | -m MODULE | - | FILE] [arg ...]
       dislab <command> [options] [file]

dislab ${version}: CPython 3.10's compiler, disassembler, marshal and VM in TypeScript.
Without a command, dislab behaves as python3.10: a REPL on a terminal, else stdin runs as a program.

options:
  -c CODE            run CODE (sys.argv is ['-c', arg ...])
  -m MODULE          run a module (from sys.path, e.g. the standard library's) as __main__
  -                  run the program read from stdin
  -i                 enter the REPL after running the program (also with a FILE)
  -q                 no banner in the REPL
${options}
commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(12)}${c.summary}`).join("\n")}

Run 'dislab <command> -h' for a command's options.
`;

const USAGE = "usage: dislab [-i] [-q] [--timeout SECONDS] [--max-steps N] [--no-jit] [-c CODE | -m MODULE | - | FILE] [arg ...]";

/** `dislab` as python3.10: interpreter options, then -c CODE, -, a FILE (after an option) or nothing. */
async function python(argv: string[], err: (s: string) => void): Promise<number> {
  const run = await import("./run.ts");
  const flags = run.defaultFlags();
  let i = 0;
  while (i < argv.length) {
    const used = run.readFlag(argv, i, flags, USAGE, "dislab");
    if (used === 0) break;
    i += used;
  }
  const [first, ...args] = argv.slice(i);
  // -c CODE and -m MODULE, or -cCODE and -mMODULE as python accepts them
  const letter = first?.match(/^-([cm])/)?.[1];
  if (letter !== undefined) {
    const value = first!.length > 2 ? first!.slice(2) : args.shift();
    if (value === undefined) {
      err(`Argument expected for the -${letter} option\n${USAGE}\nTry \`dislab -h' for more information.\n`);
      return 2;
    }
    return letter === "c" ? run.runCommand(value, args, flags) : run.runModule(value, args, flags);
  }
  if (first === "-") return run.runStdin(args, flags);
  if (first !== undefined && first.startsWith("-")) {
    err(`Unknown option: ${first}\n${USAGE}\nTry \`dislab -h' for more information.\n`);
    return 2;
  }
  if (first !== undefined) return run.run([first, ...args], err, err, undefined, flags);
  // No program: the REPL when stdin is a terminal (as python3.10), else stdin is the program.
  if (!isTerminal(0) && !flags.inspect) return run.runStdin([], flags, "");
  const { session, stdio } = run.processSession([""], "", flags, true);
  nodeStreamsUsed = true;
  const { interact } = await import("./repl.ts");
  return interact(session, stdio, { banner: !flags.quiet });
}

/** Set once text went out through Node's process.stdout/stderr (the REPL's, usage and error reports), whose writes can be asynchronous (pipes on macOS). */
let nodeStreamsUsed = false;

export async function main(argv: string[]): Promise<number> {
  const out = (s: string) => void ((nodeStreamsUsed = true), process.stdout.write(s));
  const err = (s: string) => void ((nodeStreamsUsed = true), process.stderr.write(s));
  const [name, ...rest] = argv;
  if (name === "-h" || name === "--help") {
    out(help((await import("../index.ts")).VERSION, (await import("./run.ts")).OPTIONS_HELP));
    return 0;
  }
  if (name === "--version" || name === "-V") {
    out(`dislab ${(await import("../index.ts")).VERSION} (Python 3.10.2)\n`);
    return 0;
  }
  const entry = name === undefined ? undefined : COMMANDS[name];
  try {
    if (!entry) return await python(argv, err);
    const command = await entry.load();
    const optionsEnd = name === "run" ? Math.max(0, rest.findIndex((a) => !a.startsWith("-"))) : rest.length;
    if (rest.slice(0, optionsEnd || rest.length).some((a) => a === "-h" || a === "--help")) {
      out(command.HELP);
      return 0;
    }
    return await command.run(rest, out, err, process.stdout.isTTY ? process.stdout.columns : undefined);
  } catch (e) {
    if (e instanceof UsageError) {
      err(e.text());
      return 2;
    }
    if (e instanceof FatalError) {
      err(e.message);
      return 1;
    }
    if (e instanceof PyError) {
      err(formatExceptionOnly(e));
      return 1;
    }
    err(`dislab: internal error (please report): ${(e as Error)?.stack ?? String(e)}\n`);
    return 70;
  }
}

// No top-level await: the bundled build (tools/bundle-cli.ts) is a CommonJS script.
// The process exits as soon as the command is done rather than when Node's event loop empties: V8
// often has a garbage collection queued by then (a one-line program's end scavenged its young
// generation, 9 ms of its 0.13 s), which would run first. Python's output is written already
// (stdio.ts writes synchronously); text written through Node's streams may still be queued.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  if (!nodeStreamsUsed) process.exit();
});
