// The process's standard streams as the VM's host sees them: synchronous, so output reaches the
// terminal while a program still runs and input() reads real stdin line by line, and nothing is
// left in a Node stream buffer when the process exits.
//
// Output to a terminal is written at once. Output to a pipe or file is collected (a program that
// prints a million lines would otherwise make two million system calls) and written when 8 KB have
// gathered, before stdin is read, before anything is written to stderr, at the end, and whenever the
// oldest pending text is older than FLUSH_AFTER_MS (checked at each write and by `tick`, which the
// VM calls while it runs), so a program that prints and then computes for a while still shows its
// output promptly even through a pipe (CPython would keep it in its buffer).
import { readSync, writeSync } from "node:fs";
import { PyOSError } from "../support/py-error.ts";
import { isTerminal } from "./io.ts";

const FLUSH_AT = 8192;
const FLUSH_AFTER_MS = 50;

/** Sleeps the thread (the VM is synchronous, so there is nothing else to do). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

const brokenPipe = () => new PyOSError("BrokenPipeError", 32, "Broken pipe");

function errnoOf(e: unknown): string {
  return (e as NodeJS.ErrnoException)?.code ?? "";
}

export class OutputStream {
  readonly tty: boolean;
  private pending = "";
  private since = 0;
  private broken = false;
  /** Flushed before this stream writes (stdout before stderr keeps their text in order). */
  before: OutputStream | null = null;
  /** -u: every write goes out at once, as to a terminal. */
  writeThrough = false;
  /** On a terminal: the text after the last newline written to it by either stream (the REPL's prompt continues that line). */
  screen = { tail: "" };

  constructor(readonly fd: 1 | 2) {
    this.tty = isTerminal(fd);
  }

  /**
   * Called by the program's writes. Once the reader of a pipe has gone (EPIPE), every write raises
   * BrokenPipeError in the program, as CPython's do, instead of running on with nobody reading.
   */
  write(text: string): void {
    if (this.broken) throw brokenPipe();
    this.write1(text);
    if (this.broken) throw brokenPipe();
  }

  private write1(text: string): void {
    if (text === "") return;
    this.before?.flush();
    if (this.tty || this.fd === 2 || this.writeThrough) {
      if (this.tty) {
        const nl = text.lastIndexOf("\n");
        this.screen.tail = (nl < 0 ? this.screen.tail + text : text.slice(nl + 1)).slice(-200);
      }
      this.writeOut(text);
      return;
    }
    if (this.pending === "") this.since = Date.now();
    this.pending += text;
    if (this.pending.length >= FLUSH_AT || Date.now() - this.since >= FLUSH_AFTER_MS) this.flush();
  }

  /** Writes pending text that has waited long enough (called periodically while code runs). */
  tick(now: number): void {
    if (this.pending !== "" && now - this.since >= FLUSH_AFTER_MS) this.flush();
  }

  flush(): void {
    if (this.pending === "") return;
    const text = this.pending;
    this.pending = "";
    this.writeOut(text);
  }

  private writeOut(text: string): void {
    if (this.broken) return;
    let bytes = Buffer.from(text, "utf8");
    while (bytes.length > 0) {
      try {
        const n = writeSync(this.fd, bytes);
        bytes = bytes.subarray(n);
      } catch (e) {
        // A non-blocking descriptor that is full: wait for the reader. A closed pipe (EPIPE, or any
        // other failure): drop the rest; the program's next write raises BrokenPipeError.
        if (errnoOf(e) === "EAGAIN") pause(5);
        else {
          this.broken = true;
          return;
        }
      }
    }
  }
}

/** Standard input read synchronously, line by line, decoded as UTF-8. */
export class InputStream {
  private buffered = "";
  private eof = false;
  private readonly decoder = new TextDecoder("utf-8");
  private readonly chunk = Buffer.alloc(65536);
  /** Flushed before each read, so a prompt written by input() is visible. */
  before: OutputStream | null = null;
  /** Replaces reading fd 0 while set: a terminal in raw mode reads lines itself (src/cli/terminal.ts). */
  lineSource: (() => string) | null = null;
  readonly tty = isTerminal(0);

  /** One line with its newline; "" at end of input (on a terminal, Ctrl-D; later reads go on). */
  readLine(): string {
    if (this.lineSource !== null) {
      this.before?.flush();
      const line = this.lineSource();
      // The terminal echoed the line and its newline.
      if (this.before) this.before.screen.tail = "";
      return line;
    }
    for (;;) {
      const nl = this.buffered.indexOf("\n");
      if (nl >= 0) {
        const line = this.buffered.slice(0, nl + 1);
        this.buffered = this.buffered.slice(nl + 1);
        return line;
      }
      if (!this.fill()) {
        const rest = this.buffered;
        this.buffered = "";
        return rest;
      }
    }
  }

  /** Everything up to the end of input. */
  readAll(): string {
    if (this.lineSource !== null) {
      let all = "";
      for (let l = this.readLine(); l !== ""; l = this.readLine()) all += l;
      return all;
    }
    while (this.fill());
    const rest = this.buffered;
    this.buffered = "";
    return rest;
  }

  /** Reads one chunk; false at end of input. */
  private fill(): boolean {
    if (this.eof) return false;
    this.before?.flush();
    for (;;) {
      let n: number;
      try {
        n = readSync(0, this.chunk, 0, this.chunk.length, null);
      } catch (e) {
        const code = errnoOf(e);
        // A terminal Node has put in non-blocking mode answers EAGAIN until a line is typed.
        if (code === "EAGAIN") {
          pause(20);
          continue;
        }
        if (code === "EINTR") continue;
        n = 0;
      }
      if (n === 0) {
        this.buffered += this.decoder.decode();
        // At a terminal, Ctrl-D ends one read, not the stream.
        if (!this.tty) this.eof = true;
        return false;
      }
      this.buffered += this.decoder.decode(this.chunk.subarray(0, n), { stream: true });
      return true;
    }
  }
}

/** The process's three streams, wired so output and input interleave as a user expects. */
export class Stdio {
  readonly stdout = new OutputStream(1);
  readonly stderr = new OutputStream(2);
  readonly stdin = new InputStream();
  /** Called with the time at each of the VM's periodic checks while code runs (the REPL watches Ctrl-C). */
  onTick: ((now: number) => void) | null = null;

  constructor() {
    this.stderr.before = this.stdout;
    this.stdin.before = this.stdout;
    this.stderr.screen = this.stdout.screen;
  }

  /** The VM's periodic call while code runs: lets aged pipe output out and runs onTick. */
  tick(now: number): void {
    this.stdout.tick(now);
    this.onTick?.(now);
  }

  flush(): void {
    this.stdout.flush();
    this.stderr.flush();
  }
}
