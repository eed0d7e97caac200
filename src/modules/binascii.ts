// The binascii module (Modules/binascii.c, 3.10): base64, hex, uuencode, CRC-32 and CRC-CCITT,
// which base64, uu, zipfile and the encodings package's hex/base64 codecs are built on, with
// CPython's binascii.Error messages. Arguments are bytes-like, or ASCII-only str for the a2b_
// functions. Also quoted-printable (which quopri uses when present) and the binhex4 coders (hqx and
// its run-length coding), deprecated in 3.10 but still there.
import {
  type PyObj, PyType, PyModule, PyBytesObj, TypeType, None, ValueError, Exception, bindArgs, asStr, asInt, asCInt, typeOf,
  typeError, valueError, newExc, truthy, hexSep, bufferBytes, PyMemoryView, PyTuple, warnEx,
} from "../objects/index.ts";
import { makeModule, posFn, type Fn } from "./util.ts";
import { crc32 } from "./zlib/checksum.ts";

let BinasciiError: PyType;
let Incomplete: PyType;
function errorTypes(): void {
  BinasciiError = new PyType(TypeType, "Error", [ValueError]);
  Incomplete = new PyType(TypeType, "Incomplete", [Exception]);
  for (const t of [BinasciiError, Incomplete]) {
    t.heap = true;
    t.hasDict = true;
    t.ns.set("__module__", "binascii");
  }
}
errorTypes();
const error = (msg: string) => newExc(BinasciiError, msg);

/** A simple buffer request's bytes: a memoryview that is not C-contiguous raises BufferError as PyObject_GetBuffer does. */
const simpleBuffer = (x: PyObj): Uint8Array | null => (x instanceof PyMemoryView ? x.bytes() : bufferBytes(x));

/** A bytes-like argument (Py_buffer). */
function binaryArg(x: PyObj, _fname: string): Uint8Array {
  const b = simpleBuffer(x);
  if (b !== null) return b;
  throw typeError(`a bytes-like object is required, not '${typeOf(x).name}'`);
}

/** ascii_buffer_converter: bytes-like, or a str of ASCII characters only. */
function asciiArg(x: PyObj, _fname: string): Uint8Array {
  const s = asStr(x);
  if (s !== null) {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > 0x7f) throw valueError("string argument should contain only ASCII characters");
      out[i] = c;
    }
    return out;
  }
  const b = simpleBuffer(x);
  if (b !== null) return b;
  throw typeError(`argument should be bytes, buffer or ASCII string, not '${typeOf(x).name}'`);
}

const bytes = (b: Uint8Array | number[]): PyBytesObj => new PyBytesObj(b instanceof Uint8Array ? b : Uint8Array.from(b));

// ---- base64 ---------------------------------------------------------------------------------------------

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_VALUE = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64_VALUE[B64.charCodeAt(i)] = i;

function a2bBase64(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  let quadPos = 0;
  let left = 0;
  let pads = 0;
  for (const c of data) {
    if (c === 0x3d) {
      if (quadPos >= 2 && quadPos + ++pads >= 4) return Uint8Array.from(out);
      continue;
    }
    const v = B64_VALUE[c];
    if (v < 0) continue;
    pads = 0;
    switch (quadPos) {
      case 0: quadPos = 1; left = v; break;
      case 1: quadPos = 2; out.push(((left << 2) | (v >> 4)) & 0xff); left = v & 0x0f; break;
      case 2: quadPos = 3; out.push(((left << 4) | (v >> 2)) & 0xff); left = v & 0x03; break;
      default: quadPos = 0; out.push(((left << 6) | v) & 0xff); left = 0;
    }
  }
  if (quadPos === 1) throw error(`Invalid base64-encoded string: number of data characters (${Math.floor(out.length / 3) * 4 + 1}) cannot be 1 more than a multiple of 4`);
  if (quadPos !== 0) throw error("Incorrect padding");
  return Uint8Array.from(out);
}

function b2aBase64(data: Uint8Array, newline: boolean): Uint8Array {
  let s = "";
  let i = 0;
  for (; i + 2 < data.length; i += 3) {
    const n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    s += B64[n >> 18] + B64[(n >> 12) & 63] + B64[(n >> 6) & 63] + B64[n & 63];
  }
  if (data.length - i === 1) s += B64[data[i] >> 2] + B64[(data[i] & 3) << 4] + "==";
  else if (data.length - i === 2) s += B64[data[i] >> 2] + B64[((data[i] & 3) << 4) | (data[i + 1] >> 4)] + B64[(data[i + 1] & 15) << 2] + "=";
  if (newline) s += "\n";
  const out = new Uint8Array(s.length);
  for (let k = 0; k < s.length; k++) out[k] = s.charCodeAt(k);
  return out;
}

// ---- hex ------------------------------------------------------------------------------------------------------

const HEX = "0123456789abcdef";

/** _Py_strhex_impl: hex digits, with `sep` every |perSep| bytes counted from the right (positive) or left. */
function hexlify(data: Uint8Array, sep: string | null, perSep: number): Uint8Array {
  let s = "";
  if (sep === null || perSep === 0 || data.length === 0) {
    for (const b of data) s += HEX[b >> 4] + HEX[b & 15];
  } else {
    const n = Math.abs(perSep);
    for (let i = 0; i < data.length; i++) {
      const fromEnd = data.length - i;
      if (i > 0 && (perSep > 0 ? fromEnd % n === 0 : i % n === 0)) s += sep;
      s += HEX[data[i] >> 4] + HEX[data[i] & 15];
    }
  }
  const out = new Uint8Array(s.length);
  for (let k = 0; k < s.length; k++) out[k] = s.charCodeAt(k);
  return out;
}

function unhexlify(data: Uint8Array): Uint8Array {
  if (data.length % 2) throw error("Odd-length string");
  const out = new Uint8Array(data.length / 2);
  const val = (c: number) => (c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 87 : c >= 0x41 && c <= 0x46 ? c - 55 : -1);
  for (let i = 0; i < out.length; i++) {
    const hi = val(data[2 * i]);
    const lo = val(data[2 * i + 1]);
    if (hi < 0 || lo < 0) throw error("Non-hexadecimal digit found");
    out[i] = (hi << 4) | lo;
  }
  return out;
}

function sepArgs(fname: string, args: PyObj[], kw: readonly string[] | null): [Uint8Array, string | null, number] {
  const [data, sepObj, perObj] = bindArgs(fname, args, kw, ["data", "sep", "bytes_per_sep"], 1);
  const b = binaryArg(data!, fname);
  const per = perObj === undefined ? 1 : asCInt(perObj);
  // _Py_strhex_with_sep as bytes.hex reads it (None has no len() either), except that a separator
  // in the Latin-1 range is allowed: the result is bytes
  const sep = hexSep(sepObj);
  if (sep !== null) {
    if ([...sep].length !== 1) throw valueError("sep must be length 1.");
    if (sep.charCodeAt(0) > 0xff) throw valueError("sep must be ASCII.");
  }
  return [b, sep, per];
}

// ---- uuencode ------------------------------------------------------------------------------------------------

function a2bUu(data: Uint8Array): Uint8Array {
  // An empty line reads the terminating NUL as its length byte, as CPython's buffer does.
  if (data.length === 0) return new Uint8Array(32);
  const binLen = ((data[0] ?? 0x20) - 0x20) & 0x3f;
  const out = new Uint8Array(binLen);
  let o = 0;
  let left = 0;
  let bits = 0;
  let i = 1;
  for (; o < binLen; i++) {
    let c: number;
    if (i >= data.length || data[i] === 0x0a || data[i] === 0x0d) c = 0;
    else {
      c = data[i];
      if (c < 0x20 || c > 0x60) throw error("Illegal char");
      c = (c - 0x20) & 0x3f;
    }
    left = (left << 6) | c;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (left >> bits) & 0xff;
      left &= (1 << bits) - 1;
    }
  }
  // What follows must be whitespace, or the padding characters ' ' and '`' (and '\n').
  for (; i < data.length; i++) {
    const c = data[i];
    if (c !== 0x20 && c !== 0x60 && c !== 0x0a && c !== 0x0d) throw error("Trailing garbage");
  }
  return out;
}

function b2aUu(data: Uint8Array, backtick: boolean): Uint8Array {
  if (data.length > 45) throw error("At most 45 bytes at once");
  const out: number[] = [];
  const enc = (v: number) => (backtick && v === 0 ? 0x60 : 0x20 + v);
  out.push(backtick && data.length === 0 ? 0x60 : 0x20 + (data.length & 0x3f));
  for (let i = 0; i < data.length; i += 3) {
    const n = (data[i] << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0);
    out.push(enc(n >> 18), enc((n >> 12) & 63), enc((n >> 6) & 63), enc(n & 63));
  }
  out.push(0x0a);
  return Uint8Array.from(out);
}

// ---- quoted-printable (RFC 1521) -------------------------------------------------------------------------------

const HEX_UPPER = "0123456789ABCDEF";
const hexVal = (c: number) => (c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 87 : c >= 0x41 && c <= 0x46 ? c - 55 : -1);

/** a2b_qp: '=XX' escapes and soft line breaks ('=' before a newline); a malformed '=' stays as is. */
function a2bQp(data: Uint8Array, header: boolean): Uint8Array {
  const out: number[] = [];
  const n = data.length;
  let i = 0;
  while (i < n) {
    const c = data[i];
    if (c === 0x3d) {
      i++;
      if (i >= n) break;
      if (data[i] === 0x0a || data[i] === 0x0d) {
        // soft line break: skip to just past the next '\n'
        while (i < n && data[i] !== 0x0a) i++;
        if (i < n) i++;
      } else if (data[i] === 0x3d) {
        out.push(0x3d); // '==' (written by old broken encoders) is one '='
        i++;
      } else if (i + 1 < n && hexVal(data[i]) >= 0 && hexVal(data[i + 1]) >= 0) {
        out.push((hexVal(data[i]) << 4) | hexVal(data[i + 1]));
        i += 2;
      } else out.push(0x3d);
    } else {
      out.push(header && c === 0x5f ? 0x20 : c);
      i++;
    }
  }
  return Uint8Array.from(out);
}

/**
 * b2a_qp: lines of at most 76 characters (soft breaks '=' + newline), line ends written as the
 * data's first one ('\r\n' or '\n'); with istext newlines pass through and a space or tab before
 * one is escaped, with quotetabs every space and tab is, with header ' ' is written '_'.
 */
function b2aQp(data: Uint8Array, quotetabs: boolean, istext: boolean, header: boolean): Uint8Array {
  const MAXLINE = 76;
  const n = data.length;
  const nl = data.indexOf(0x0a);
  const crlf = nl > 0 && data[nl - 1] === 0x0d;
  const out: number[] = [];
  const softBreak = () => (crlf ? out.push(0x3d, 0x0d, 0x0a) : out.push(0x3d, 0x0a));
  const escape = (c: number) => out.push(0x3d, HEX_UPPER.charCodeAt(c >> 4), HEX_UPPER.charCodeAt(c & 15));
  let lineLen = 0;
  let i = 0;
  while (i < n) {
    const c = data[i];
    const next = i + 1 < n ? data[i + 1] : -1;
    const mustEscape = c > 126 || c === 0x3d || (header && c === 0x5f) ||
      (c === 0x2e && lineLen === 0 && (next === -1 || next === 0x0a || next === 0x0d || next === 0)) ||
      (!istext && (c === 0x0d || c === 0x0a)) ||
      ((c === 0x09 || c === 0x20) && next === -1) ||
      (c < 33 && c !== 0x0d && c !== 0x0a && (quotetabs || (c !== 0x09 && c !== 0x20)));
    if (mustEscape) {
      if (lineLen + 3 >= MAXLINE) {
        softBreak();
        lineLen = 0;
      }
      escape(c);
      i++;
      lineLen += 3;
    } else if (istext && (c === 0x0a || (c === 0x0d && next === 0x0a))) {
      lineLen = 0;
      const last = out.length ? out[out.length - 1] : -1;
      if (last === 0x20 || last === 0x09) {
        out.pop();
        escape(last);
      }
      if (crlf) out.push(0x0d);
      out.push(0x0a);
      i += c === 0x0d ? 2 : 1;
    } else {
      if (next !== -1 && next !== 0x0a && lineLen + 1 >= MAXLINE) {
        softBreak();
        lineLen = 0;
      }
      lineLen++;
      out.push(header && c === 0x20 ? 0x5f : c);
      i++;
    }
  }
  return Uint8Array.from(out);
}

// ---- binhex4 (deprecated in 3.10) --------------------------------------------------------------------------

const HQX = "!\"#$%&'()*+,-012345689@ABCDEFGHIJKLMNPQRSTUVXYZ[`abcdefhijklmpqr";
const HQX_VALUE = new Int8Array(256).fill(-1); // -1 illegal, -2 skipped (newlines), -3 the end (':')
for (let i = 0; i < 64; i++) HQX_VALUE[HQX.charCodeAt(i)] = i;
HQX_VALUE[0x0a] = HQX_VALUE[0x0d] = -2;
HQX_VALUE[0x3a] = -3;
const RUNCHAR = 0x90;

function deprecated(fname: string): void {
  warnEx("DeprecationWarning", `binascii.${fname}() is deprecated`);
}

/** a2b_hqx: (the decoded bytes, whether the ':' end mark was seen). */
function a2bHqx(data: Uint8Array): [Uint8Array, boolean] {
  const out: number[] = [];
  let left = 0;
  let bits = 0;
  let done = false;
  for (const c of data) {
    const v = HQX_VALUE[c];
    if (v === -2) continue;
    if (v === -1) throw error("Illegal char");
    if (v === -3) {
      done = true;
      break;
    }
    left = (left << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((left >> bits) & 0xff);
      left &= (1 << bits) - 1;
    }
  }
  if (bits && !done) throw newExc(Incomplete, "String has incomplete number of bytes");
  return [Uint8Array.from(out), done];
}

function b2aHqx(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  let left = 0;
  let bits = 0;
  for (const c of data) {
    left = ((left << 8) | c) & 0xffff;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out.push(HQX.charCodeAt((left >> bits) & 0x3f));
    }
  }
  if (bits) out.push(HQX.charCodeAt((left << (6 - bits)) & 0x3f));
  return Uint8Array.from(out);
}

/** rlecode_hqx: a run of 4 to 255 equal bytes is byte, 0x90, count; 0x90 itself is 0x90 0x00. */
function rlecodeHqx(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    if (c === RUNCHAR) {
      out.push(RUNCHAR, 0);
      continue;
    }
    let end = i + 1;
    while (end < data.length && data[end] === c && end < i + 255) end++;
    if (end - i > 3) {
      out.push(c, RUNCHAR, end - i);
      i = end - 1;
    } else out.push(c);
  }
  return Uint8Array.from(out);
}

function rledecodeHqx(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  let i = 0;
  const next = (): number => {
    if (i >= data.length) throw newExc(Incomplete, "");
    return data[i++];
  };
  if (data.length === 0) return new Uint8Array(0);
  // a run code needs a byte before it to repeat
  const first = next();
  if (first === RUNCHAR) {
    if (next() !== 0) throw error("Orphaned RLE code at start");
  }
  out.push(first);
  while (i < data.length) {
    const c = next();
    if (c === RUNCHAR) {
      const count = next();
      if (count === 0) out.push(RUNCHAR);
      else {
        const b = out[out.length - 1];
        for (let k = 1; k < count; k++) out.push(b);
      }
    } else out.push(c);
  }
  return Uint8Array.from(out);
}

// ---- CRCs ---------------------------------------------------------------------------------------------------------

// binascii.crc32 is zlib's crc32 (CPython builds binascii with USE_ZLIB_CRC32): zlib/checksum.ts

function crcHqx(data: Uint8Array, crc: number): number {
  let c = crc & 0xffff;
  for (const b of data) {
    c ^= b << 8;
    for (let k = 0; k < 8; k++) c = c & 0x8000 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
  }
  return c;
}

/** An unsigned int argument reduced as CPython's 'I' converter without overflow checking does. */
function uint(x: PyObj | undefined, dflt: number): number {
  if (x === undefined) return dflt;
  const v = asInt(x);
  if (v === null) throw typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
  return Number(BigInt.asUintN(32, BigInt(v)));
}

export function makeBinascii(): PyModule {
  const fns: [string, Fn][] = [
    ["a2b_base64", posFn("binascii.a2b_base64", 1, 1, ([data]) => bytes(a2bBase64(asciiArg(data, "a2b_base64"))))],
    ["b2a_base64", (args, kw) => {
      const [data, newline] = bindArgs("b2a_base64", args, kw, ["data", "newline"], 1, 1, 1);
      return bytes(b2aBase64(binaryArg(data!, "b2a_base64"), newline === undefined || truthy(newline)));
    }],
    ["a2b_hex", posFn("binascii.a2b_hex", 1, 1, ([h]) => bytes(unhexlify(asciiArg(h, "a2b_hex"))))],
    ["unhexlify", posFn("binascii.unhexlify", 1, 1, ([h]) => bytes(unhexlify(asciiArg(h, "unhexlify"))))],
    ["b2a_hex", (args, kw) => bytes(hexlify(...sepArgs("b2a_hex", args, kw)))],
    ["hexlify", (args, kw) => bytes(hexlify(...sepArgs("hexlify", args, kw)))],
    ["a2b_uu", posFn("binascii.a2b_uu", 1, 1, ([data]) => bytes(a2bUu(asciiArg(data, "a2b_uu"))))],
    ["b2a_uu", (args, kw) => {
      const [data, backtick] = bindArgs("b2a_uu", args, kw, ["data", "backtick"], 1, 1, 1);
      return bytes(b2aUu(binaryArg(data!, "b2a_uu"), backtick !== undefined && truthy(backtick)));
    }],
    ["crc32", (args, kw) => {
      const [data, crc] = bindArgs("binascii.crc32", args, kw, ["data", "crc"], 1, 2);
      return crc32(uint(crc, 0), binaryArg(data!, "crc32"));
    }],
    ["crc_hqx", (args, kw) => {
      const [data, crc] = bindArgs("binascii.crc_hqx", args, kw, ["data", "crc"], 2, 2);
      return crcHqx(binaryArg(data!, "crc_hqx"), uint(crc, 0));
    }],
    ["a2b_qp", (args, kw) => {
      const [data, header] = bindArgs("a2b_qp", args, kw, ["data", "header"], 1);
      return bytes(a2bQp(asciiArg(data!, "a2b_qp"), header !== undefined && truthy(header)));
    }],
    ["b2a_qp", (args, kw) => {
      const [data, quotetabs, istext, header] = bindArgs("b2a_qp", args, kw, ["data", "quotetabs", "istext", "header"], 1);
      const flag = (x: PyObj | undefined, dflt: boolean) => (x === undefined ? dflt : truthy(x));
      return bytes(b2aQp(binaryArg(data!, "b2a_qp"), flag(quotetabs, false), flag(istext, true), flag(header, false)));
    }],
    ["a2b_hqx", posFn("binascii.a2b_hqx", 1, 1, ([data]) => {
      const buf = asciiArg(data, "a2b_hqx");
      deprecated("a2b_hqx");
      const [b, done] = a2bHqx(buf);
      return new PyTuple([bytes(b), done ? 1 : 0]);
    })],
    ["b2a_hqx", posFn("binascii.b2a_hqx", 1, 1, ([data]) => {
      const buf = binaryArg(data, "b2a_hqx"); // the arguments are converted before the warning
      deprecated("b2a_hqx");
      return bytes(b2aHqx(buf));
    })],
    ["rlecode_hqx", posFn("binascii.rlecode_hqx", 1, 1, ([data]) => {
      const buf = binaryArg(data, "rlecode_hqx"); // the arguments are converted before the warning
      deprecated("rlecode_hqx");
      return bytes(rlecodeHqx(buf));
    })],
    ["rledecode_hqx", posFn("binascii.rledecode_hqx", 1, 1, ([data]) => {
      const buf = binaryArg(data, "rledecode_hqx"); // the arguments are converted before the warning
      deprecated("rledecode_hqx");
      return bytes(rledecodeHqx(buf));
    })],
  ];
  return makeModule("binascii", fns, [["Error", BinasciiError], ["Incomplete", Incomplete]], "Conversion between binary data and ASCII");
}
