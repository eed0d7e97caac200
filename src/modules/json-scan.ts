// The decoding side of _json (Modules/_json.c): scanstring and the scanner make_scanner builds,
// which json.decoder uses instead of its pure-Python ones. Positions are code point indices, as
// CPython's; errors are json.decoder.JSONDecodeError with the C scanner's messages and positions
// ("Invalid \\escape" at the backslash), and a missing value raises StopIteration(idx) for
// raw_decode to turn into "Expecting value", as the C scanner does. Strings are read and built as
// code points, so lone surrogates stay apart (a str's false pairs, an escape next to one).
import {
  type PyObj, PyObject, PyType, PyList, PyDict, PyFloat, None, TypeType, ObjectType, defMethods, defGetters, bindArgs, asInt, typeOf, typeError,
  valueError, newExc, call, getattr, vm, tuple, recursion, RecursionError, StopIteration, truthy, PyTuple, FloatType, IntType, asText, textObj,
} from "../objects/index.ts";
import { hasSurrogates, normInt, textCodePoints, textFromCodePoints, TextBuilder, type Text } from "../support/text/index.ts";
import { ssizeArg } from "./util.ts";

/**
 * A str as code points: the string itself when it has no surrogates (indexed by charCodeAt),
 * otherwise its code points; `text` is the str. One class, so every read is one monomorphic call.
 */
class Cps {
  readonly length: number;
  constructor(
    private readonly plain: string | null,
    private readonly cps: number[] | null,
    readonly text: PyObj,
  ) {
    this.length = plain !== null ? plain.length : cps!.length;
  }
  at(i: number): number {
    return this.plain !== null ? this.plain.charCodeAt(i) : this.cps![i];
  }
  slice(a: number, b: number): Text {
    return this.plain !== null ? this.plain.slice(a, b) : textFromCodePoints(this.cps!, a, b);
  }
}
function cpsOf(t: Text): Cps {
  if (typeof t === "string" && !hasSurrogates(t)) return new Cps(t, null, t);
  return new Cps(null, textCodePoints(t), textObj(t));
}

/**
 * Where the value the last scan function returned ends (the index after it): set just before each
 * returns, after any hook it called (a hook may decode JSON itself).
 */
let scanEnd = 0;
const ended = (v: PyObj, end: number): PyObj => {
  scanEnd = end;
  return v;
};

/** The str argument of scanstring and scan_once. */
function strArg(s: PyObj): Cps {
  const t = asText(s);
  if (t === null) throw typeError(`first argument must be a string, not ${typeOf(s).name}`);
  return cpsOf(t);
}

function decodeError(msg: string, s: PyObj, pos: number): never {
  const decoder = vm.importModule("json.decoder");
  throw call(getattr(decoder, "JSONDecodeError"), [msg, s, pos]);
}

const hexVal = (c: number) => (c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 87 : c >= 0x41 && c <= 0x46 ? c - 55 : -1);

/** scanstring_unicode: the string starting after the quote at end-1, ending (scanEnd) after the closing quote. */
function scanString(p: Cps, end: number, strict: boolean): PyObj {
  const len = p.length;
  const begin = end - 1;
  if (end < 0 || len < end) throw valueError("end is out of bounds");
  let out: TextBuilder | null = null;
  for (;;) {
    let c = 0;
    let next = end;
    for (; next < len; next++) {
      c = p.at(next);
      if (c === 0x22 || c === 0x5c) break;
      if (c <= 0x1f && strict) decodeError("Invalid control character at", p.text, next);
    }
    if (!(c === 0x22 || c === 0x5c)) decodeError("Unterminated string starting at", p.text, begin);
    // a string with no escape is a slice of the document
    if (out === null && c === 0x22) return ended(textObj(p.slice(end, next)), next + 1);
    out ??= new TextBuilder();
    if (next > end) out.add(p.slice(end, next));
    next++;
    if (c === 0x22) {
      end = next;
      break;
    }
    if (next === len) decodeError("Unterminated string starting at", p.text, begin);
    c = p.at(next);
    if (c !== 0x75) {
      end = next + 1;
      switch (c) {
        case 0x22: case 0x5c: case 0x2f: break;
        case 0x62: c = 8; break;
        case 0x66: c = 12; break;
        case 0x6e: c = 10; break;
        case 0x72: c = 13; break;
        case 0x74: c = 9; break;
        default: c = -1;
      }
      if (c < 0) decodeError("Invalid \\escape", p.text, end - 2);
      out.addCodePoint(c);
      continue;
    }
    c = 0;
    next++;
    end = next + 4;
    if (end >= len) decodeError("Invalid \\uXXXX escape", p.text, next - 1);
    for (; next < end; next++) {
      const h = hexVal(p.at(next));
      if (h < 0) decodeError("Invalid \\uXXXX escape", p.text, end - 5);
      c = (c << 4) | h;
    }
    if (c >= 0xd800 && c <= 0xdbff && end + 6 < len && p.at(next++) === 0x5c && p.at(next++) === 0x75) {
      let c2 = 0;
      end += 6;
      for (; next < end; next++) {
        const h = hexVal(p.at(next));
        if (h < 0) decodeError("Invalid \\uXXXX escape", p.text, end - 5);
        c2 = (c2 << 4) | h;
      }
      if (c2 >= 0xdc00 && c2 <= 0xdfff) c = 0x10000 + ((c - 0xd800) << 10) + (c2 - 0xdc00);
      else end -= 6;
    }
    out.addCodePoint(c);
  }
  return ended(textObj(out.result()), end);
}

export function scanstring(args: PyObj[], kw: readonly string[] | null): PyObj {
  const [s, endArg, strictArg] = bindArgs("scanstring", args, kw, ["string", "end", "strict"], 2, 3);
  // clinic converts `end` (a Py_ssize_t) before the body checks the string
  const end = ssizeArg(endArg!);
  const str = scanString(strArg(s!), end, strictArg === undefined ? true : truthy(strictArg));
  return tuple([str, scanEnd]);
}

// ---- the scanner --------------------------------------------------------------------------------------

export const ScannerType = new PyType(TypeType, "Scanner", [ObjectType]);
ScannerType.staticModule = "_json";
ScannerType.solid = ScannerType;
ScannerType.baseAllowed = false;

class PyScanner extends PyObject {
  /** The object keys holding false pairs met in this scan, by units and cuts (see memoized). */
  readonly memo = new Map<string, PyObj>();
  constructor(
    readonly strict: boolean,
    readonly objectHook: PyObj,
    readonly objectPairsHook: PyObj,
    readonly parseFloat: PyObj,
    readonly parseInt: PyObj,
    readonly parseConstant: PyObj,
  ) {
    super(ScannerType);
  }
}

const isWhitespace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const stop = (idx: number): never => {
  throw newExc(StopIteration, idx);
};

function enter(what: string): void {
  if (++recursion.depth > recursion.limit) {
    recursion.depth--;
    throw newExc(RecursionError, `maximum recursion depth exceeded${what}`);
  }
}

/** Does the document hold `word` at idx? */
function holds(p: Cps, idx: number, word: string): boolean {
  if (idx + word.length > p.length) return false;
  for (let i = 0; i < word.length; i++) if (p.at(idx + i) !== word.charCodeAt(i)) return false;
  return true;
}

/** scan_once_unicode: the value at idx, ending at scanEnd; StopIteration(idx) when there is none. */
function scanOnce(sc: PyScanner, p: Cps, idx: number): PyObj {
  if (idx < 0) throw valueError("idx cannot be negative");
  const len = p.length;
  if (idx >= len) stop(idx);
  switch (p.at(idx)) {
    case 0x22: return scanString(p, idx + 1, sc.strict);
    case 0x7b: {
      enter(" while decoding a JSON object from a unicode string");
      try {
        return parseObject(sc, p, idx + 1);
      } finally {
        recursion.depth--;
      }
    }
    case 0x5b: {
      enter(" while decoding a JSON array from a unicode string");
      try {
        return parseArray(sc, p, idx + 1);
      } finally {
        recursion.depth--;
      }
    }
    case 0x6e: if (holds(p, idx, "null")) return ended(None, idx + 4); break;
    case 0x74: if (holds(p, idx, "true")) return ended(true, idx + 4); break;
    case 0x66: if (holds(p, idx, "false")) return ended(false, idx + 5); break;
    case 0x4e: if (holds(p, idx, "NaN")) return ended(call(sc.parseConstant, ["NaN"]), idx + 3); break;
    case 0x49: if (holds(p, idx, "Infinity")) return ended(call(sc.parseConstant, ["Infinity"]), idx + 8); break;
    case 0x2d: if (holds(p, idx, "-Infinity")) return ended(call(sc.parseConstant, ["-Infinity"]), idx + 9); break;
  }
  return matchNumber(sc, p, idx);
}

/**
 * The memo's key: an object key the scanner met before is that same str object. A plain str has
 * no identity to keep (equal plain strs are one value here); a str holding a false pair does.
 */
function memoized(sc: PyScanner, key: PyObj): PyObj {
  if (typeof key === "string") return key;
  const t = asText(key) as Exclude<Text, string>;
  const k = `${t.units}\0${t.cuts.join(",")}`;
  const known = sc.memo.get(k);
  if (known !== undefined) return known;
  sc.memo.set(k, key);
  return key;
}

function parseObject(sc: PyScanner, p: Cps, idx: number): PyObj {
  const end = p.length - 1;
  const pairs: PyObj[] = [];
  const usePairs = sc.objectPairsHook !== None;
  const rval = new PyDict();
  while (idx <= end && isWhitespace(p.at(idx))) idx++;
  if (idx > end || p.at(idx) !== 0x7d) {
    for (;;) {
      if (idx > end || p.at(idx) !== 0x22) decodeError("Expecting property name enclosed in double quotes", p.text, idx);
      const key = memoized(sc, scanString(p, idx + 1, sc.strict));
      idx = scanEnd;
      while (idx <= end && isWhitespace(p.at(idx))) idx++;
      if (idx > end || p.at(idx) !== 0x3a) decodeError("Expecting ':' delimiter", p.text, idx);
      idx++;
      while (idx <= end && isWhitespace(p.at(idx))) idx++;
      const val = scanOnce(sc, p, idx);
      idx = scanEnd;
      if (usePairs) pairs.push(tuple([key, val]));
      else rval.set(key, val);
      while (idx <= end && isWhitespace(p.at(idx))) idx++;
      if (idx <= end && p.at(idx) === 0x7d) break;
      if (idx > end || p.at(idx) !== 0x2c) decodeError("Expecting ',' delimiter", p.text, idx);
      idx++;
      while (idx <= end && isWhitespace(p.at(idx))) idx++;
    }
  }
  idx++;
  if (usePairs) return ended(call(sc.objectPairsHook, [new PyList(pairs)]), idx);
  if (sc.objectHook !== None) return ended(call(sc.objectHook, [rval]), idx);
  return ended(rval, idx);
}

function parseArray(sc: PyScanner, p: Cps, idx: number): PyObj {
  const end = p.length - 1;
  const items: PyObj[] = [];
  while (idx <= end && isWhitespace(p.at(idx))) idx++;
  if (idx > end || p.at(idx) !== 0x5d) {
    for (;;) {
      items.push(scanOnce(sc, p, idx));
      idx = scanEnd;
      while (idx <= end && isWhitespace(p.at(idx))) idx++;
      if (idx <= end && p.at(idx) === 0x5d) break;
      if (idx > end || p.at(idx) !== 0x2c) decodeError("Expecting ',' delimiter", p.text, idx);
      idx++;
      while (idx <= end && isWhitespace(p.at(idx))) idx++;
    }
  }
  // An unterminated array ("[1") ends here too: the loop above stops only at ']'.
  if (idx > end || p.at(idx) !== 0x5d) decodeError("Expecting value", p.text, end);
  return ended(new PyList(items), idx + 1);
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** _match_number_unicode: an int or float literal at start, or StopIteration(start). */
function matchNumber(sc: PyScanner, p: Cps, start: number): PyObj {
  const end = p.length - 1;
  let idx = start;
  if (p.at(idx) === 0x2d) {
    idx++;
    if (idx > end) stop(start);
  }
  const c = p.at(idx);
  if (c >= 0x31 && c <= 0x39) {
    idx++;
    while (idx <= end && isDigit(p.at(idx))) idx++;
  } else if (c === 0x30) idx++;
  else stop(start);
  let isFloat = false;
  if (idx < end && p.at(idx) === 0x2e && isDigit(p.at(idx + 1))) {
    isFloat = true;
    idx += 2;
    while (idx <= end && isDigit(p.at(idx))) idx++;
  }
  if (idx < end && (p.at(idx) === 0x65 || p.at(idx) === 0x45)) {
    const eStart = idx;
    idx++;
    if (idx < end && (p.at(idx) === 0x2d || p.at(idx) === 0x2b)) idx++;
    while (idx <= end && isDigit(p.at(idx))) idx++;
    if (isDigit(p.at(idx - 1))) isFloat = true;
    else idx = eStart;
  }
  const numstr = p.slice(start, idx) as string; // ASCII: never split
  if (isFloat) {
    if (sc.parseFloat === FloatType) return ended(new PyFloat(Number(numstr)), idx);
    return ended(call(sc.parseFloat, [numstr]), idx);
  }
  if (sc.parseInt === IntType) return ended(idx - start <= 15 ? Number(numstr) + 0 : normInt(BigInt(numstr)), idx) // (+ 0: "-0" is 0);
  return ended(call(sc.parseInt, [numstr]), idx);
}

defMethods(ScannerType, [
  ["__new__", (_cls, args, kw) => {
    const [ctx] = bindArgs("make_scanner", args, kw, ["context"], 1);
    const c = ctx!;
    return new PyScanner(truthy(getattr(c, "strict")), getattr(c, "object_hook"), getattr(c, "object_pairs_hook"), getattr(c, "parse_float"), getattr(c, "parse_int"), getattr(c, "parse_constant"));
  }],
  ["__call__", (s, args, kw) => {
    const [str, idxArg] = bindArgs("scan_once", args, kw, ["string", "idx"], 2);
    const idx = ssizeArg(idxArg!); // "On:scan_once": the index is converted before the string is checked
    const p = strArg(str!);
    const sc = s as PyScanner;
    try {
      const v = scanOnce(sc, p, idx);
      return tuple([v, scanEnd]);
    } finally {
      sc.memo.clear();
    }
  }],
]);
const SC = (x: PyObj) => x as PyScanner;
defGetters(ScannerType, [
  ["strict", (s) => SC(s).strict],
  ["object_hook", (s) => SC(s).objectHook],
  ["object_pairs_hook", (s) => SC(s).objectPairsHook],
  ["parse_float", (s) => SC(s).parseFloat],
  ["parse_int", (s) => SC(s).parseInt],
  ["parse_constant", (s) => SC(s).parseConstant],
]);
export { PyTuple };
