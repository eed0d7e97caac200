// The keyboard while Python code runs on a terminal. The VM runs synchronously on Node's only
// thread, so neither SIGINT nor a 'data' event can be delivered until the code ends. Instead the
// terminal is put in raw mode (Ctrl-C arrives as the byte 0x03 instead of a signal) and the VM's
// periodic call (Session's onTick, about every thousand instructions) reads what was typed, at most
// every POLL_MS: Ctrl-C becomes KeyboardInterrupt in the running code. Node keeps a terminal stdin in
// non-blocking mode, so these reads never wait. input() reads its line here too, with echo, Backspace,
// Ctrl-U, Ctrl-C (KeyboardInterrupt) and Ctrl-D (end of input), since raw mode has no line editing.
import { readSync, writeSync } from "node:fs";

const POLL_MS = 50;
const CTRL_C = 0x03, CTRL_D = 0x04, CTRL_U = 0x15, BS = 0x08, DEL = 0x7f, ESC = 0x1b, CR = 0x0d, LF = 0x0a;

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export class TerminalKeys {
  /** Bytes typed while code ran that were not Ctrl-C: the REPL hands them back to readline. */
  private typed: number[] = [];
  private last = 0;
  private readonly buf = Buffer.alloc(256);
  private wasRaw = false;

  constructor(
    /** Raises KeyboardInterrupt in the running code at its next instruction. */
    private readonly interrupt: () => void,
    /** The KeyboardInterrupt to throw from input(). */
    private readonly interruptError: () => unknown,
  ) {}

  /** Raw mode on (kept as it was found when `stop` runs). */
  start(): void {
    const stdin = process.stdin;
    this.wasRaw = stdin.isRaw;
    if (!this.wasRaw) stdin.setRawMode(true);
  }

  stop(): Buffer {
    if (!this.wasRaw) process.stdin.setRawMode(false);
    const rest = Buffer.from(this.typed);
    this.typed = [];
    return rest;
  }

  /** The periodic check while code runs. */
  poll(now: number): void {
    if (now - this.last < POLL_MS) return;
    this.last = now;
    for (let n = this.read(); n > 0; n = this.read()) {
      for (let i = 0; i < n; i++) {
        const b = this.buf[i]!;
        if (b === CTRL_C) {
          this.typed = [];
          this.interrupt();
        } else this.typed.push(b);
      }
    }
  }

  /** input() on the terminal: one edited line with its newline, "" for Ctrl-D on an empty line. */
  readLine(): string {
    const line: number[] = [];
    const echo = (text: string | Uint8Array) => {
      try {
        if (typeof text === "string") writeSync(1, text);
        else writeSync(1, text);
      } catch {
        // the terminal went away: nothing to echo to
      }
    };
    let escape = false;
    for (;;) {
      let b: number;
      if (this.typed.length) b = this.typed.shift()!;
      else {
        const n = this.read(1);
        if (n <= 0) {
          pause(20);
          continue;
        }
        b = this.buf[0]!;
      }
      if (escape) {
        // Arrow keys and other escape sequences: skipped up to their final letter or "~".
        if ((b >= 0x40 && b <= 0x7e && b !== 0x5b && b !== 0x4f) || b === 0x7e) escape = false;
        continue;
      }
      if (b === ESC) escape = true;
      else if (b === CR || b === LF) {
        echo("\r\n");
        return Buffer.from(line).toString("utf8") + "\n";
      } else if (b === CTRL_C) {
        echo("\r\n");
        throw this.interruptError();
      } else if (b === CTRL_D) {
        if (line.length === 0) return "";
      } else if (b === DEL || b === BS) {
        if (line.length === 0) continue;
        // Remove one character: its UTF-8 continuation bytes, then its first byte.
        while (line.length && (line[line.length - 1]! & 0xc0) === 0x80) line.pop();
        line.pop();
        echo("\b \b");
      } else if (b === CTRL_U) {
        echo("\r\x1b[K");
        line.length = 0;
      } else if (b >= 0x20 || b === 0x09) {
        line.push(b);
        echo(Uint8Array.of(b));
      }
    }
  }

  private read(max = this.buf.length): number {
    try {
      return readSync(0, this.buf, 0, max, null);
    } catch {
      return 0; // EAGAIN: nothing typed
    }
  }
}
