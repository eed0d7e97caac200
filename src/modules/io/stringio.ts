// io.StringIO (Modules/_io/stringio.c): an in-memory text stream. Positions count code points; the
// text is one JS string, appended to in place when writing at the end (the common case, which
// CPython speeds up with its accumulator). newline= works as in CPython: None translates '\r' and
// '\r\n' to '\n' on write, '' leaves text alone but reads lines ending in any of them, '\r' and
// '\r\n' translate '\n' on write.
import {
  type PyObj, PyList, None, StrType, defMethods, defGetters, bindArgs, asStr, typeOf, typeError, valueError, newExc, OSError, StopIteration,
  callMethod, tuple, PyTuple, PyDict, IntType, dictMerge, byArity,
} from "../../objects/index.ts";
import { cpLength, unitOffset, hasSurrogates } from "../../support/text/index.ts";
import { PyIOBase, TextIOBaseType, closedError, ioType, optSize, ssize } from "./iobase.ts";
import { NewlineState, findLineEnding } from "./newlines.ts";

export class PyStringIO extends PyIOBase {
  buf = "";
  /** Length of buf in code points. */
  size = 0;
  /** buf holds surrogate pairs, so unit and code point indices differ. */
  wide = false;
  pos = 0;
  ready = false;
  readnl: string | null = "\n";
  readuniversal = false;
  readtranslate = false;
  writenl: string | null = null;
  decoder: NewlineState | null = null;
}

export const StringIOType = ioType("StringIO", TextIOBaseType, (cls) => new PyStringIO(cls));

/** The StringIO, initialized and open; `closed` makes the error of the check, StringIO's own or (for what it inherits from IOBase) IOBase's. */
function SIO(x: PyObj, closed = () => valueError("I/O operation on closed file")): PyStringIO {
  const s = x as PyStringIO;
  if (!s.ready) throw valueError("I/O operation on uninitialized object");
  if (s.ioClosed) throw closed();
  return s;
}

const unitAt = (s: PyStringIO, cp: number): number => (s.wide ? unitOffset(s.buf, cp) : cp);

/** write_str: newline translation, then an overwrite or append at pos (padding with NULs past the end). */
function writeStr(s: PyStringIO, text: string): void {
  let t = text;
  if (s.decoder !== null) t = s.decoder.feed(t, true);
  if (s.writenl !== null && s.writenl !== "\n") t = t.replace(/\n/g, s.writenl);
  if (t.length === 0) return;
  const tWide = hasSurrogates(t);
  const n = tWide ? cpLength(t) : t.length;
  if (s.pos >= s.size) {
    if (s.pos > s.size) s.buf += "\0".repeat(s.pos - s.size);
    s.buf += t;
    s.size = s.pos + n;
  } else {
    const u0 = unitAt(s, s.pos);
    const end = s.pos + n;
    const u1 = end >= s.size ? s.buf.length : unitAt(s, end);
    s.buf = s.buf.slice(0, u0) + t + s.buf.slice(u1);
    if (end > s.size) s.size = end;
  }
  if (tWide) s.wide = true;
  s.pos += n;
}

function readChunk(s: PyStringIO, n: number): string {
  const avail = s.size - s.pos;
  if (avail <= 0) return "";
  const k = n < 0 || n > avail ? avail : n;
  const u0 = unitAt(s, s.pos);
  const out = s.wide ? s.buf.slice(u0, unitAt(s, s.pos + k)) : s.buf.slice(u0, u0 + k);
  s.pos += k;
  return out;
}

function readLine(s: PyStringIO, limit: number): string {
  if (s.pos >= s.size) return "";
  const u0 = unitAt(s, s.pos);
  let end = findLineEnding(s.buf, u0, s.readtranslate, s.readuniversal, s.readnl);
  if (end < -1) end = -end - 1; // a lone '\r' at the very end ends the line
  if (end < 0) end = s.buf.length;
  let line = s.buf.slice(u0, end);
  if (limit >= 0) {
    const n = s.wide ? cpLength(line) : line.length;
    if (n > limit) line = s.wide ? line.slice(0, unitOffset(line, limit)) : line.slice(0, limit);
  }
  s.pos += s.wide ? cpLength(line) : line.length;
  return line;
}

/** The instance dict for pickling: None while nothing was stored (CPython creates it lazily). */
export const dictState = (o: PyIOBase): PyObj => (o.dict !== null && o.dict.size > 0 ? o.dict.copyInto(new PyDict()) : None);

/**
 * The position item of a __setstate__ tuple: an int itself (not any __index__ object), not negative.
 * `notInt` is the message for another type (BytesIO and StringIO word it differently).
 */
export function statePosition(pos: PyObj, notInt: (typeName: string) => string): number {
  if (!typeOf(pos).isSubtype(IntType)) throw typeError(notInt(typeOf(pos).name));
  const n = ssize(pos);
  if (n < 0) throw valueError("position value cannot be negative");
  return n;
}

/** The dict item of a __setstate__ tuple: None, or a dict merged into the instance's own dict (CPython updates it, never replaces it). */
export function restoreDictState(o: PyIOBase, d: PyObj, ordinal: string): void {
  if (d === None) return;
  if (!(d instanceof PyDict)) throw typeError(`${ordinal} item of state should be a dict, got a ${typeOf(d).name}`);
  if (o.dict === null) o.dict = d;
  else dictMerge(o.dict, d);
}

function init(self: PyObj, args: PyObj[], kw: readonly string[] | null): PyObj {
  const [value, newlineArg] = bindArgs("StringIO", args, kw, ["initial_value", "newline"], 0);
  const s = self as PyStringIO;
  let newline: string | null = "\n";
  if (newlineArg !== undefined) {
    if (newlineArg === None) newline = null;
    else {
      newline = asStr(newlineArg);
      if (newline === null) throw typeError(`newline must be str or None, not ${typeOf(newlineArg).name}`);
    }
  }
  if (newline !== null && newline !== "" && newline !== "\n" && newline !== "\r" && newline !== "\r\n") throw valueError(`illegal newline value: ${quote(newline)}`);
  let initial: string | null = null;
  if (value !== undefined && value !== None) {
    initial = asStr(value);
    if (initial === null) throw typeError(`initial_value must be str or None, not ${typeOf(value).name}`);
  }
  s.readnl = newline;
  s.readuniversal = newline === null || newline === "";
  s.readtranslate = newline === null;
  s.writenl = newline !== null && newline.startsWith("\r") ? newline : null;
  s.decoder = s.readuniversal ? new NewlineState(s.readtranslate) : null;
  s.buf = "";
  s.size = 0;
  s.wide = false;
  s.pos = 0;
  s.ioClosed = false;
  s.ready = true;
  if (initial !== null && initial.length > 0) {
    writeStr(s, initial);
    s.pos = 0;
  }
  return None;
}
const quote = (t: string) => `'${t.replace(/\\/g, "\\\\").replace(/\r/g, "\\r").replace(/\n/g, "\\n").replace(/'/g, "\\'")}'`;

defMethods(StringIOType, [
  ["__init__", init],
  ["getvalue", (s) => SIO(s).buf, 0, 0],
  ["tell", (s) => SIO(s).pos, 0, 0],
  ["read", (s, args) => {
    const st = SIO(s);
    return readChunk(st, optSize(args[0]));
  }, 0, 1],
  ["readline", (s, args) => {
    const st = SIO(s);
    return readLine(st, optSize(args[0]));
  }, 0, 1],
  ["truncate", (s, args) => {
    const st = SIO(s);
    const size = args.length === 0 || args[0] === None ? st.pos : ssize(args[0]);
    if (size < 0) throw valueError(`Negative size value ${size}`);
    if (size < st.size) {
      st.buf = st.buf.slice(0, unitAt(st, size));
      st.size = size;
      if (st.wide) st.wide = hasSurrogates(st.buf);
    }
    return size;
  }, 0, 1],
  ["seek", (s, args) => {
    const st = SIO(s);
    const pos = ssize(args[0]);
    const whence = args.length > 1 ? ssize(args[1]) : 0;
    if (whence !== 0 && whence !== 1 && whence !== 2) throw valueError(`Invalid whence (${whence}, should be 0, 1 or 2)`);
    if (pos < 0 && whence === 0) throw valueError(`Negative seek position ${pos}`);
    if (whence !== 0 && pos !== 0) throw newExc(OSError, "Can't do nonzero cur-relative seeks");
    if (whence === 1) return st.pos;
    st.pos = whence === 2 ? st.size : pos;
    return st.pos;
  }, 1, 2],
  byArity("write", (s, v) => {
    const st = SIO(s);
    const text = asStr(v);
    if (text === null) throw typeError(`string argument expected, got '${typeOf(v).name}'`);
    const n = text.length === 0 ? 0 : hasSurrogates(text) ? cpLength(text) : text.length;
    if (n > 0) writeStr(st, text);
    return n;
  }),
  ["readable", (s) => (SIO(s), true), 0, 0],
  ["writable", (s) => (SIO(s), true), 0, 0],
  ["seekable", (s) => (SIO(s), true), 0, 0],
  ["close", (s) => {
    const st = s as PyStringIO;
    st.ioClosed = true;
    st.buf = "";
    return None;
  }, 0, 0],
  ["__next__", (s) => {
    let line: string;
    if (typeOf(s) === StringIOType) line = readLine(SIO(s), -1);
    else {
      SIO(s);
      const r = callMethod(s, "readline", []);
      const t = asStr(r);
      if (t === null) throw newExc(OSError, `readline() should have returned a str object, not '${typeOf(r).name}'`);
      line = t;
    }
    if (line.length === 0) throw newExc(StopIteration);
    return line;
  }, 0, 0],
  ["readlines", (s, args) => {
    // (IOBase's readlines, which iterates over the stream: iter() of a closed one refuses with IOBase's message)
    const st = SIO(s, closedError);
    const hint = optSize(args[0]);
    const out: PyObj[] = [];
    let total = 0;
    for (let line = readLine(st, -1); line.length > 0; line = readLine(st, -1)) {
      out.push(line);
      total += line.length;
      if (hint > 0 && total >= hint) break;
    }
    return new PyList(out);
  }, 0, 1],
  ["__getstate__", (s) => {
    const st = SIO(s);
    return tuple([st.buf, st.readnl === null ? None : st.readnl, st.pos, dictState(st)]);
  }, 0, 0],
  ["__setstate__", (s, [state]) => {
    const st = s as PyStringIO;
    if (st.ioClosed) throw valueError("I/O operation on closed file");
    if (!(state instanceof PyTuple) || state.items.length < 4) throw typeError(`${typeOf(s).name}.__setstate__ argument should be 4-tuple, got ${typeOf(state).name}`);
    const [value, nl, pos, d] = state.items;
    // __init__ checks the value and newline; the buffer is then the value as it is, untranslated
    init(st, [value, nl], null);
    st.buf = asStr(value) ?? "";
    st.wide = hasSurrogates(st.buf);
    st.size = st.wide ? cpLength(st.buf) : st.buf.length;
    st.pos = statePosition(pos, (t) => `third item of state must be an integer, got ${t}`);
    restoreDictState(st, d, "fourth");
    return None;
  }, 1, 1],
]);
defGetters(StringIOType, [
  ["closed", (s) => {
    const st = s as PyStringIO;
    if (!st.ready) throw valueError("I/O operation on uninitialized object");
    return st.ioClosed;
  }],
  ["line_buffering", (s) => (SIO(s), false)],
  ["newlines", (s) => {
    const st = SIO(s);
    return st.decoder === null ? None : st.decoder.newlines;
  }],
]);
void StrType;
