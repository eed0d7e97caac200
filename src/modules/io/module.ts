// The _io module (Modules/_io/_iomodule.c): its types, DEFAULT_BUFFER_SIZE, the exceptions, and
// open() (also builtins.open), which stacks FileIO, a buffered stream and a TextIOWrapper as the
// mode asks, with CPython's argument checks and messages.
import {
  type PyObj, PyModule, PyBytesObj, None, bindArgs, asStr, asInt, typeOf, argTypeName, typeError, valueError, call, callMethod, truthy, setattr, newExc,
  exceptionTypes, getattrOpt, getattr, PyBaseException, vm, PyBuiltinFunction, ComplexType, OSError,
} from "../../objects/index.ts";
import { makeModule, type Fn } from "../util.ts";
import { setBuiltinModule } from "../../objects/funcobject.ts";
import { interp } from "../../vm/interp.ts";
import {
  DEFAULT_BUFFER_SIZE, UnsupportedOperation, IOBaseType, RawIOBaseType, BufferedIOBaseType, TextIOBaseType,
} from "./iobase.ts";
import { StringIOType } from "./stringio.ts";
import { BytesIOType } from "./bytesio.ts";
import { FileIOType, fspath } from "./fileio.ts";
import { BufferedReaderType, BufferedWriterType, BufferedRandomType, BufferedRWPairType } from "./buffered.ts";
import { TextIOWrapperType } from "./textio.ts";
import { IncrementalNewlineDecoderType } from "./newlines.ts";

const OPEN_ARGS = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"];

function optStr(v: PyObj | undefined, what: string): string | null {
  if (v === undefined || v === None) return null;
  const s = asStr(v);
  if (s === null) throw typeError(`open() argument '${what}' must be str or None, not ${argTypeName(v)}`);
  return s;
}

/** io.open (_io_open_impl). */
export function ioOpen(args: PyObj[], kw: readonly string[] | null): PyObj {
  const [file, modeArg, bufArg, encArg, errArg, nlArg, closefdArg, opener] = bindArgs("open", args, kw, OPEN_ARGS, 1);
  // a number goes to FileIO as it is (to be taken as a descriptor); anything else is a path, through
  // os.fspath before the mode is looked at (which leaves a str or bytes: "invalid file" cannot happen)
  const f = isNumber(file!) ? file! : fspath(file!);
  let mode = "r";
  if (modeArg !== undefined) {
    const m = asStr(modeArg);
    if (m === null) throw typeError(`open() argument 'mode' must be str, not ${argTypeName(modeArg)}`);
    mode = m;
  }
  let buffering = -1;
  if (bufArg !== undefined) {
    const b = asInt(bufArg);
    if (b === null) throw typeError(`'${typeOf(bufArg).name}' object cannot be interpreted as an integer`);
    buffering = Number(b);
  }
  const encoding = optStr(encArg, "encoding");
  const errors = optStr(errArg, "errors");
  const newline = optStr(nlArg, "newline");
  let creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
  const seen = new Set<string>();
  for (const c of mode) {
    if (!"xrwabt+U".includes(c) || seen.has(c)) throw valueError(`invalid mode: '${mode}'`);
    seen.add(c);
    switch (c) {
      case "x": creating = true; break;
      case "r": reading = true; break;
      case "w": writing = true; break;
      case "a": appending = true; break;
      case "+": updating = true; break;
      case "t": text = true; break;
      case "b": binary = true; break;
      case "U": reading = true; break;
    }
  }
  if (seen.has("U")) {
    if (creating || writing || appending || updating) throw valueError("mode U cannot be combined with 'x', 'w', 'a', or '+'");
    warn("DeprecationWarning", "'U' mode is deprecated");
  }
  if (text && binary) throw valueError("can't have text and binary mode at once");
  if (Number(creating) + Number(reading) + Number(writing) + Number(appending) > 1) throw valueError("must have exactly one of create/read/write/append mode");
  if (!(creating || reading || writing || appending)) throw valueError("Must have exactly one of create/read/write/append mode and at most one plus");
  if (binary && encoding !== null) throw valueError("binary mode doesn't take an encoding argument");
  if (binary && errors !== null) throw valueError("binary mode doesn't take an errors argument");
  if (binary && newline !== null) throw valueError("binary mode doesn't take a newline argument");
  if (binary && buffering === 1) {
    warn("RuntimeWarning", "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used");
  }
  const rawmode = (creating ? "x" : reading ? "r" : writing ? "w" : "a") + (updating ? "+" : "");
  const closefd = closefdArg === undefined ? true : truthy(closefdArg);
  const raw = call(FileIOType, [f, rawmode, closefd, opener ?? None]);
  let result: PyObj = raw;
  try {
    let lineBuffering = false;
    if (buffering === 1 || (buffering < 0 && truthy(callMethod(raw, "isatty", [])))) {
      buffering = -1;
      lineBuffering = true;
    }
    if (buffering < 0) {
      const bs = asInt(getattrOpt(raw, "_blksize") ?? DEFAULT_BUFFER_SIZE);
      buffering = bs !== null && bs > 1 ? Number(bs) : DEFAULT_BUFFER_SIZE;
    }
    if (buffering < 0) throw valueError("invalid buffering size");
    if (buffering === 0) {
      if (binary) return raw;
      throw valueError("can't have unbuffered text I/O");
    }
    const bufType = updating ? BufferedRandomType : creating || writing || appending ? BufferedWriterType : BufferedReaderType;
    const buffer = call(bufType, [raw, buffering]);
    result = buffer;
    if (binary) return buffer;
    const wrapper = call(TextIOWrapperType, [buffer, encoding ?? None, errors ?? None, newline ?? None, lineBuffering]);
    result = wrapper;
    setattr(wrapper, "mode", mode);
    return wrapper;
  } catch (e) {
    try {
      callMethod(result, "close", []);
    } catch {
      // the original error is the one to report
    }
    throw e;
  }
}

/** PyNumber_Check: an __index__, __int__ or __float__, or a complex. */
function isNumber(x: PyObj): boolean {
  if (typeof x === "number" || typeof x === "bigint" || typeof x === "boolean") return true;
  const t = typeOf(x);
  return t.isSubtype(ComplexType) || ["__index__", "__int__", "__float__"].some((n) => t.lookup(n) !== undefined);
}

/** warnings.warn(message, category) through the warnings module. */
function warn(category: string, message: string): void {
  const warnings = vm.importModule("warnings");
  call(getattr(warnings, "warn"), [message, exceptionTypes.get(category)!]);
}

/** io.text_encoding: the encoding open() uses when none is given ("locale"). */
const textEncoding: Fn = (args, kw) => {
  const [encoding] = bindArgs("text_encoding", args, kw, ["encoding", "stacklevel"], 1, 2);
  return encoding === None ? "locale" : encoding!;
};

export function makeIo(): PyModule {
  const fns: [string, Fn][] = [
    ["open", ioOpen],
    ["open_code", (args, kw) => {
      const [path] = bindArgs("open_code", args, kw, ["path"], 1);
      const p = asStr(path!);
      if (p === null) throw typeError(`open_code() argument 'path' must be str, not ${argTypeName(path!)}`);
      try {
        return ioOpen([p, "rb"], null);
      } catch (e) {
        // code the granted file system lacks may be what the embedder's readFile serves, as imports
        // read it (a bundled standard library): importlib's loaders read source through here
        const served = e instanceof PyBaseException && e.cls.isSubtype(OSError) ? interp.host.readFile?.(p) ?? null : null;
        if (served === null) throw e;
        return call(BytesIOType, [new PyBytesObj(served)]);
      }
    }],
    ["text_encoding", textEncoding],
  ];
  const m = makeModule("_io", fns, [
    ["DEFAULT_BUFFER_SIZE", DEFAULT_BUFFER_SIZE],
    ["UnsupportedOperation", UnsupportedOperation],
    ["BlockingIOError", exceptionTypes.get("BlockingIOError")!],
    ["_IOBase", IOBaseType],
    ["_RawIOBase", RawIOBaseType],
    ["_BufferedIOBase", BufferedIOBaseType],
    ["_TextIOBase", TextIOBaseType],
    ["FileIO", FileIOType],
    ["BytesIO", BytesIOType],
    ["StringIO", StringIOType],
    ["BufferedReader", BufferedReaderType],
    ["BufferedWriter", BufferedWriterType],
    ["BufferedRandom", BufferedRandomType],
    ["BufferedRWPair", BufferedRWPairType],
    ["TextIOWrapper", TextIOWrapperType],
    ["IncrementalNewlineDecoder", IncrementalNewlineDecoderType],
  ], "The io module provides the Python interfaces to stream handling. The\nbuiltin open function is defined in this module.");
  for (const [name] of fns) {
    const f = m.dict.getStr(name);
    if (f instanceof PyBuiltinFunction) setBuiltinModule(f, "io");
  }
  // builtins.open is this very function (io.open is open).
  const builtinOpen = interp.builtins?.getStr("open");
  if (builtinOpen instanceof PyBuiltinFunction && builtinOpen.fn === ioOpen) m.dict.setStr("open", builtinOpen);
  return m;
}

export { newExc, PyBaseException };
