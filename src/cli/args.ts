// A small argparse-like reader for the subcommands: options with or without a value, positionals,
// and argparse's way of failing ("usage: ..." then "PROG: error: ...", exit status 2).

export interface OptionSpec {
  /** Names as typed, e.g. ["-o", "--output"]. The first long name (without dashes) is the key. */
  names: string[];
  /** Takes a value (`-o FILE`, `-oFILE`, `--output=FILE`). */
  value?: boolean;
  /** Allowed values, checked as argparse's `choices`. */
  choices?: string[];
  /** Converts the value as argparse's `type=int`. */
  int?: boolean;
  /** May be given more than once; values collect in an array. */
  repeat?: boolean;
}

export class UsageError extends Error {
  constructor(readonly usage: string, readonly prog: string, message: string) {
    super(message);
  }
  /** The text argparse prints to stderr. */
  text(): string {
    return `${this.usage}\n${this.prog}: error: ${this.message}\n`;
  }
}

/** python3.10's start-up failing before Python runs (a bad PYTHONHASHSEED): the message goes to stderr as it is, the status is 1. */
export class FatalError extends Error {}

export interface Parsed {
  options: Map<string, string | number | boolean | string[]>;
  positionals: string[];
}

export function keyOf(spec: OptionSpec): string {
  const long = spec.names.find((n) => n.startsWith("--")) ?? spec.names[0]!;
  return long.replace(/^-+/, "");
}

export function parseArgs(argv: string[], specs: OptionSpec[], prog: string, usage: string): Parsed {
  const options = new Map<string, string | number | boolean | string[]>();
  const positionals: string[] = [];
  const fail = (msg: string): never => {
    throw new UsageError(usage, prog, msg);
  };
  const store = (spec: OptionSpec, name: string, raw: string | undefined) => {
    const key = keyOf(spec);
    if (!spec.value) return void options.set(key, true);
    if (raw === undefined) fail(`argument ${spec.names.join("/")}: expected one argument`);
    const value = raw as string;
    if (spec.choices && !spec.choices.includes(value)) {
      fail(`argument ${spec.names.join("/")}: invalid choice: '${value}' (choose from ${spec.choices.map((c) => `'${c}'`).join(", ")})`);
    }
    if (spec.int) {
      if (!/^\s*[-+]?\d+\s*$/.test(value)) fail(`argument ${spec.names.join("/")}: invalid int value: '${value}'`);
      options.set(key, Number.parseInt(value, 10));
    } else if (spec.repeat) {
      const list = (options.get(key) as string[] | undefined) ?? [];
      list.push(value);
      options.set(key, list);
    } else options.set(key, value);
    void name;
  };
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyPositionals || arg === "-" || !arg.startsWith("-")) {
      positionals.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyPositionals = true;
      continue;
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    let spec = specs.find((s) => s.names.includes(name));
    if (spec) {
      const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
      if (!spec.value && inline !== undefined) fail(`argument ${spec.names.join("/")}: ignored explicit argument '${inline}'`);
      store(spec, name, spec.value ? (inline ?? argv[++i]) : undefined);
      continue;
    }
    // A short option with its value attached (-i4) or grouped flags (-ab).
    if (!arg.startsWith("--") && arg.length > 2) {
      spec = specs.find((s) => s.names.includes(arg.slice(0, 2)));
      if (spec?.value) {
        store(spec, arg.slice(0, 2), arg.slice(2));
        continue;
      }
    }
    fail(`unrecognized arguments: ${argv.slice(i).filter((a) => a.startsWith("-")).join(" ")}`);
  }
  return { options, positionals };
}
