// dislab's REPL: CPython 3.10's interactive loop over a Session (src/vm/session.ts). Lines gather
// until codeop's test says the statement is complete (Session.runInteractive), then run in "single"
// mode: expression values are echoed through sys.displayhook, exceptions are printed and the session
// goes on, SystemExit (exit(), quit(), sys.exit()) leaves with its status, end of input leaves with 0.
//
// On a terminal (stdin and stdout both TTYs) Node's readline gives line editing, history (kept in
// ~/.dislab_history, as python keeps ~/.python_history) and tab completion of names and attributes;
// Ctrl-C at a prompt prints KeyboardInterrupt and drops the lines typed so far; Ctrl-C while code
// runs raises KeyboardInterrupt in it, also while input() waits (src/cli/terminal.ts); Ctrl-D on an
// empty line leaves. Otherwise (`dislab -i` with piped input) prompts go to stderr and lines are read
// synchronously, as python3.10 -i does with a pipe.
//
// The banner's first line names dislab, its version, the Python version it runs and Node's:
//   dislab 0.1.0 (Python 3.10.2 on Node 20.20.2) on linux
//   Type "help", "copyright", "credits" or "license" for more information.
import { readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { createInterface, type Interface } from "node:readline";
import { VERSION, type Session } from "../index.ts";
import type { Stdio } from "./stdio.ts";
import { TerminalKeys } from "./terminal.ts";

export function bannerText(): string {
  return `dislab ${VERSION} (Python 3.10.2 on Node ${process.versions.node}) on ${process.platform}\nType "help", "copyright", "credits" or "license" for more information.\n`;
}

/** Runs the REPL until end of input or SystemExit, then finalizes the session; returns the exit status. */
export async function interact(session: Session, stdio: Stdio, options: { banner: boolean }): Promise<number> {
  let code = session.exitCode;
  if (code === null) code = stdio.stdin.tty && stdio.stdout.tty ? await interactTerminal(session, stdio, options) : interactPiped(session, stdio, options);
  if (!session.finalize()) code = 120;
  stdio.flush();
  return code;
}

/** python3.10 -i with a pipe: prompts on stderr, no echo, one line at a time. */
function interactPiped(session: Session, stdio: Stdio, options: { banner: boolean }): number {
  if (options.banner) stdio.stderr.write(bannerText());
  let lines: string[] = [];
  for (;;) {
    stdio.stderr.write(session.prompt(lines.length > 0));
    const raw = stdio.stdin.readLine();
    if (raw === "") {
      stdio.stderr.write("\n");
      stdio.stdout.flush();
      return 0;
    }
    // The line without its end (\n, or \r\n: CPython reads stdin with universal newlines).
    lines.push(raw.replace(/\r?\n$/, ""));
    const r = session.runInteractive(lines.join("\n"));
    if (r === "incomplete") continue;
    lines = [];
    stdio.stdout.flush();
    if (r.status === "exit") return r.exitCode;
  }
}

const HISTORY_FILE = join(homedir(), ".dislab_history");
const HISTORY_SIZE = 1000;

function loadHistory(): string[] {
  try {
    // The file lists entries oldest first (as ~/.python_history); readline wants newest first.
    return readFileSync(HISTORY_FILE, "utf8").split("\n").filter((l) => l !== "").reverse().slice(0, HISTORY_SIZE);
  } catch {
    return [];
  }
}

function saveHistory(history: readonly string[]): void {
  try {
    writeFileSync(HISTORY_FILE, [...history].reverse().join("\n") + "\n");
  } catch {
    // No writable home: the session simply has no saved history.
  }
}

/** The terminal REPL: readline for editing, history and completion. */
function interactTerminal(session: Session, stdio: Stdio, options: { banner: boolean }): Promise<number> {
  if (options.banner) stdio.stderr.write(bannerText());
  return new Promise((resolve) => {
    let lines: string[] = [];
    let finished = false;
    const rl: Interface = createInterface({
      input: process.stdin,
      output: process.stdout,
      terminal: true,
      history: loadHistory(),
      historySize: HISTORY_SIZE,
      removeHistoryDuplicates: false,
      tabSize: 4,
      completer: (line: string) => completer(session, line),
    });
    const prompt = () => {
      // Output that did not end its line (print(x, end="")) stays in front of the prompt, as in
      // CPython: readline redraws from column 0, so the prompt it draws starts with that text.
      const tail = stdio.stdout.screen.tail;
      stdio.stdout.screen.tail = "";
      rl.setPrompt(tail + session.prompt(lines.length > 0));
      rl.prompt();
    };
    const finish = (code: number) => {
      if (finished) return;
      finished = true;
      saveHistory((rl as unknown as { history: string[] }).history);
      rl.close();
      stdio.stdout.flush();
      resolve(code);
    };
    rl.on("line", (line) => {
      lines.push(line);
      // While the code runs, Ctrl-C interrupts it and input() reads the terminal (src/cli/terminal.ts);
      // keys typed meanwhile go back to readline afterwards.
      const keys = new TerminalKeys(() => session.interrupt(), () => session.keyboardInterrupt());
      keys.start();
      stdio.onTick = (t) => keys.poll(t);
      stdio.stdin.lineSource = () => keys.readLine();
      let r;
      try {
        r = session.runInteractive(lines.join("\n"));
      } finally {
        stdio.onTick = null;
        stdio.stdin.lineSource = null;
        const typed = keys.stop();
        // Not now: this handler runs inside readline's keypress parser, which must not be re-entered.
        if (typed.length) setImmediate(() => process.stdin.unshift(typed));
      }
      if (r === "incomplete") return prompt();
      lines = [];
      stdio.stdout.flush();
      if (r.status === "exit") return finish(r.exitCode);
      prompt();
    });
    rl.on("SIGINT", () => {
      // As CPython's readline hook: the partial line and the pending block are dropped.
      stdio.stderr.write("\nKeyboardInterrupt\n");
      stdio.stdout.screen.tail = "";
      lines = [];
      const state = rl as unknown as { line: string; cursor: number };
      state.line = "";
      state.cursor = 0;
      prompt();
    });
    rl.on("close", () => {
      // Ctrl-D on an empty line (or the terminal went away): leave as python does, after a newline.
      if (!finished) stdio.stdout.write("\n");
      finish(0);
    });
    prompt();
  });
}
/** Tab: rlcompleter's matches for the name or dotted name before the cursor (Session.completions). */
function completer(session: Session, line: string): [string[], string] {
  const m = /[A-Za-z_\u0080-\uffff][\w.\u0080-\uffff]*$|$/u.exec(line);
  const text = m ? m[0] : "";
  // An empty line completes to an indent, as CPython's completer does.
  if (line.trim() === "") return [[line + "    "], line];
  return [session.completions(text), text];
}
