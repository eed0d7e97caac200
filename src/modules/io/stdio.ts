// sys.stdin, sys.stdout and sys.stderr as CPython's create_stdio makes them (Python/pylifecycle.c):
// TextIOWrapper over a Buffered{Reader,Writer} over FileIO(0/1/2, closefd=False), UTF-8, stdout
// 'strict' and stderr 'backslashreplace' and line-buffered, as for pipes (test/programs/README.md).
// One deviation keeps output prompt for the REPL and streaming: text written to stdout/stderr
// reaches host.write at once instead of waiting for a full buffer (a write-through that only the
// order of text against direct sys.stdout.buffer writes could reveal). print() to these streams
// takes the fast path in textio.ts's consoleWrite: no encoding round trip unless the text has surrogates.
import { type PyObj, PyDict, call, setattr } from "../../objects/index.ts";
import { FileIOType, PyFileIO, consoleIsatty } from "./fileio.ts";
import { BufferedReaderType, BufferedWriterType } from "./buffered.ts";
import { PyTextIO, TextIOWrapperType } from "./textio.ts";

function stream(fd: 0 | 1 | 2): PyTextIO {
  const raw = call(FileIOType, [fd, fd === 0 ? "rb" : "wb", false]) as PyFileIO;
  const name = fd === 0 ? "<stdin>" : fd === 1 ? "<stdout>" : "<stderr>";
  (raw.dict ??= new PyDict()).setStr("name", name);
  const buffer = call(fd === 0 ? BufferedReaderType : BufferedWriterType, [raw]);
  // create_stdio: line-buffered on a terminal, and stderr always
  const t = call(TextIOWrapperType, [buffer, "utf-8", fd === 2 ? "backslashreplace" : "strict", "\n", fd === 2 || consoleIsatty(fd)]) as PyTextIO;
  setattr(t, "mode", fd === 0 ? "r" : "w");
  if (fd !== 0) t.console = fd;
  return t;
}

/** The three standard streams of a new interpreter. */
export function makeStdStreams(): [PyObj, PyObj, PyObj] {
  return [stream(0), stream(1), stream(2)];
}

