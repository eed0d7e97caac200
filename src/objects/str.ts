// str (Objects/unicodeobject.c): methods over JS strings by code point, all text work delegated to
// src/support/text (search, split, case, padding, format, %-format, codecs). `self` may be a JS
// string or a PyStrSubclass; results are plain str. Also format(obj, spec) and ascii().
import type { PyObj } from "./object.ts";
import type { PyType } from "./type.ts";
import { StrType, None, NotImplemented, FloatType, ListType, TupleType } from "./builtin-types.ts";
import { newExc, typeError, valueError, IndexError, keyError } from "./exceptions.ts";
import { Cmp, cmpResult, strCompare, asInt, asStr, call, callDescr, getattr, getitem, repr, reprObject, str, strObject, toArray, typeOf, argTypeName, isNumber, isTypeError } from "./protocols.ts";
import { PyByteArray, PyBytesObj, PyFloat, PyStrSubclass, PySplitStr, asText, textObj } from "./boxes.ts";
import { arityError, bindArgs, byArity, defMethods, markVarargs, newForm1, noKwargs, PyBuiltinFunction } from "./function.ts";
import { PyTuple, tuple, isIndexable, repeatCount } from "./tuple.ts";
import { PyList, splitResult } from "./list.ts";
import { PyDict } from "./dict.ts";
import { PySlice, asCInt, asClinicSize, asIndex, asSize, clampIndex, sliceIndices } from "./slice.ts";
import * as X from "../support/text/index.ts";
import { hashStr } from "../support/hash.ts";
import { textJoin, textRepeat, withFalsePairs } from "./str-false-pairs.ts";
export { strAddLow, strJoinExact } from "./str-false-pairs.ts";
import { strRepr } from "../support/repr.ts";
import { PyStrIter } from "./seq-iters.ts";
import { intFromObject } from "./int.ts";
import { floatAsDouble } from "./float.ts";
import { LookupError as LookupErrorT } from "./exceptions.ts";
let viewBytes: (x: PyObj) => Uint8Array | null = () => null;
export const setStrViewBytes = (f: typeof viewBytes) => (viewBytes = f);

StrType.factory = (cls) => new PyStrSubclass("", cls);
const S = (x: PyObj): string => asStr(x)!;

/** PyUnicode_Partition's separator: a str (its TypeError names the type, None's too). */
function sepStr(x: PyObj): string {
  const s = asStr(x);
  if (s === null) throw typeError(`must be str, not ${typeOf(x).name}`);
  return s;
}

/** A str argument; `n` is its position (0: the only one, unnumbered), or its name for a parameter that may be passed by keyword. */
export function argStr(x: PyObj, fname: string, n: number | string = 1): string {
  const s = asStr(x);
  if (s === null) throw typeError(`${fname}() argument${typeof n === "string" ? ` '${n}'` : n === 0 ? "" : ` ${n}`} must be str, not ${argTypeName(x)}`);
  return s;
}
/**
 * A str that C code reads as a char * (clinic's and getargs' "s": PyUnicode_AsUTF8AndSize, then the
 * NUL check), as codec and error handler names are: a lone surrogate is the UTF-8 codec's
 * UnicodeEncodeError, a NUL "embedded null character".
 */
export function cString(s: string): string {
  if (/[\ud800-\udfff]/.test(s)) X.encode(s, "utf-8", "strict");
  if (s.includes("\0")) throw valueError("embedded null character");
  return s;
}
const optStr = (x: PyObj | undefined, fname: string, n = 1): string | null => (x === undefined || x === None ? null : argStr(x, fname, n));
// (the start and end of find, count, startswith...: _PyEval_SliceIndex, so a huge int saturates)
const optIdx = (x: PyObj | undefined): number | null => (x === undefined || x === None ? null : clampIndex(x));

/** format(obj, spec). */
export function format(obj: PyObj, spec: string): string {
  const r = formatObj(obj, spec);
  return typeof r === "string" ? r : asStr(r)!;
}

/** format(obj, spec) as PyObject_Format gives it: what __format__ returned, a str or an instance of a str subclass. */
export function formatObj(obj: PyObj, spec: string): PyObj {
  // (exact str, int and float: what their __format__ gives, without its lookup, argument array and call)
  if (typeof obj === "string") return spec === "" ? obj : X.formatStr(obj, spec);
  if (typeof obj === "number" || typeof obj === "bigint") return X.formatInt(obj, spec);
  if (obj instanceof PyFloat && obj.cls === FloatType) return X.formatFloat(obj.value, spec);
  const f = typeOf(obj).lookup("__format__");
  if (f === undefined) throw typeError(`Type ${typeOf(obj).name} doesn't define __format__`);
  const r = callDescr(f, obj, [spec]);
  if (asStr(r) === null) throw typeError(`__format__ must return a str, not ${typeOf(r).name}`);
  return r;
}

export const ascii = (x: PyObj): string => asStr(asciiObject(x))!;
/** PyObject_ASCII: repr(x) with non-ASCII characters escaped; an all-ASCII repr as it is (a str subclass instance included). */
export function asciiObject(x: PyObj): PyObj {
  const r = reprObject(x);
  const text = asStr(r)!;
  const escaped = X.asciiEscape(text);
  return escaped === text ? r : escaped;
}

/** str(obj) and str(bytes, encoding, errors) (unicode_new). */
/** str(x): str.__new__ with one argument, no argument binding. */
function strNew1(cls: PyObj, x: PyObj): PyObj {
  if (cls !== StrType) return strNew(cls as PyType, [x], null);
  if (typeof x === "number" || typeof x === "string") return str(x);
  if (x instanceof PySplitStr && typeOf(x).lookup("__str__") === StrType.lookup("__str__")) return x.cls === StrType ? x : new PySplitStr(x.text, StrType);
  return strObject(x);
}

export function strNew(cls: PyType, args: PyObj[], kw: readonly string[] | null): PyObj {
  if (cls === StrType && args.length === 1 && (kw === null || kw.length === 0)) return strNew1(cls, args[0]!);
  const [obj, enc, errs] = bindArgs("str", args, kw, ["object", "encoding", "errors"], 0);
  let v: string;
  if (obj === undefined) v = "";
  else if (obj instanceof PySplitStr && enc === undefined && errs === undefined && typeOf(obj).lookup("__str__") === StrType.lookup("__str__")) {
    return cls === StrType && obj.cls === StrType ? obj : new PySplitStr(obj.text, cls);
  }
  else if (enc === undefined && errs === undefined) {
    if (cls === StrType) return strObject(obj);
    v = str(obj);
  }
  else {
    const e = enc === undefined ? "utf-8" : asStr(enc);
    if (e === null) throw typeError(`str() argument 'encoding' must be str, not ${argTypeName(enc!)}`);
    cString(e);
    const er = errs === undefined ? "strict" : asStr(errs);
    if (er === null) throw typeError(`str() argument 'errors' must be str, not ${argTypeName(errs!)}`);
    cString(er);
    const vb = viewBytes(obj);
    const b = obj instanceof PyBytesObj || obj instanceof PyByteArray ? obj.bytes : vb;
    if (b !== null) {
      const t = X.decodeExact(b, e, er);
      if (typeof t !== "string") return new PySplitStr(t, cls);
      v = t;
    }
    else if (typeof obj === "string" || obj instanceof PyStrSubclass) throw typeError("decoding str is not supported");
    else throw typeError(`decoding to str: need a bytes-like object, ${typeOf(obj).name} found`);
  }
  return cls === StrType ? v : new PyStrSubclass(v, cls);
}

/**
 * A format's driver with `last`: the object of the last field it formatted when that field's text
 * is an instance of a str subclass written as it is. CPython's writer returns such a field's
 * object itself when it is the whole output (_PyUnicodeWriter's readonly buffer): `"%s" % x` and
 * `"{}".format(x)` give what x's __str__ or __format__ returned, a str subclass instance included.
 */
type Recording<H> = H & { last: PyObj | null };
const wholeOr = (out: string, host: Recording<unknown>): PyObj => (host.last !== null && asStr(host.last) === out ? host.last : out);
const subclassText = (o: PyObj): PyObj | null => (typeof o === "string" || typeOf(o) === StrType ? null : o);

function percentHost(args: PyObj): Recording<X.PercentHost<PyObj>> {
  const isTuple = args instanceof PyTuple;
  const mapping = !isTuple && typeof args !== "string" && !(args instanceof PyStrSubclass) && typeOf(args).lookup("__getitem__") !== undefined;
  const host: Recording<X.PercentHost<PyObj>> = {
    tuple: isTuple ? (args as PyTuple).items : null,
    args,
    mapping,
    getItem: (k) => getitem(args, k),
    starArg: (v) => {
      const i = asInt(v);
      if (i === null) throw typeError("* wants int");
      return i;
    },
    convert: (v, conv) => {
      host.last = null;
      const ch = conv.ch;
      if (ch !== "s" && ch !== "r" && ch !== "a") return percentConvert(v, ch);
      const o = ch === "s" ? strObject(v) : ch === "r" ? reprObject(v) : asciiObject(v);
      const text = asStr(o)!;
      // unicode_format_arg_output writes the object itself when neither width nor precision changes it
      if ((conv.flags & (X.F_SIGN | X.F_BLANK)) === 0 && subclassText(o) !== null) {
        const n = X.cpLength(text);
        if ((conv.width === -1 || conv.width <= n) && (conv.prec === -1 || conv.prec >= n)) host.last = o;
      }
      return { kind: "str", value: text };
    },
    last: null,
  };
  return host;
}

/** One %-conversion's value; `floatWhat` completes the TypeError of a float conversion given no number ("float argument required" for bytes' formatfloat). */
export function percentConvert(v: PyObj, ch: string): X.PercentValue {
  switch (ch) {
    case "s": return { kind: "str", value: str(v) };
    case "r": return { kind: "str", value: repr(v) };
    case "a": return { kind: "str", value: ascii(v) };
    case "c": {
      const s = asStr(v);
      if (s !== null) {
        if (X.cpLength(s) !== 1) throw typeError("%c requires int or char");
        return { kind: "char", value: s.codePointAt(0)! };
      }
      // (PyLong_AsLongAndOverflow: any TypeError of __index__ reads as the wrong type)
      let i: number | bigint;
      try {
        i = asIndex(v);
      } catch (e) {
        if (isTypeError(e)) throw typeError("%c requires int or char");
        throw e;
      }
      return { kind: "char", value: X.percentCharFromInt(i) };
    }
    case "d": case "i": case "u": case "o": case "x": case "X": {
      const i = asInt(v);
      if (i !== null) return { kind: "int", value: i };
      if (v instanceof PyFloat && v.cls === FloatType && ch !== "o" && ch !== "x" && ch !== "X") return { kind: "int", value: X.floatToInt(v.value) };
      // PyNumber_Index for o, x, X, else PyNumber_Long; a TypeError of either (a __int__ that
      // returned a str) reads as the wrong type
      const hex = ch === "o" || ch === "x" || ch === "X";
      const wrongType = () => typeError(`%${ch} format: ${hex ? "an integer" : "a real number"} is required, not ${typeOf(v).name}`);
      if (!isNumber(v)) throw wrongType();
      try {
        return { kind: "int", value: hex ? asIndex(v) : intFromObject(v) };
      } catch (e) {
        if (isTypeError(e)) throw wrongType();
        throw e;
      }
    }
    default:
      return { kind: "float", value: floatAsDouble(v) };
  }
}

export function formatHost(args: PyObj[], kwargs: PyObj | null, positional: boolean): Recording<X.FormatHost<PyObj>> {
  const host: Recording<X.FormatHost<PyObj>> = {
    positional: (i) => args[i],
    hasPositional: positional,
    keyword: (k) => {
      if (kwargs === null) throw keyError(k);
      if (kwargs instanceof PyDict && kwargs.cls === (kwargs as PyDict).cls) {
        const v = kwargs.get(k);
        if (v !== undefined) return v;
        if (kwargs.cls.name === "dict") throw keyError(k);
      }
      return getitem(kwargs, k);
    },
    getAttr: (o, n) => getattr(o, n),
    getItem: (o, k) => getitem(o, k),
    convert: (o, c) => (c === "r" ? repr(o) : c === "s" ? str(o) : ascii(o)),
    format: (o, spec) => {
      const r = formatObj(o, spec);
      host.last = subclassText(r);
      return asStr(r)!;
    },
    last: null,
  };
  return host;
}


function strGetItem(s: string, k: PyObj): PyObj {
  if (k instanceof PySlice) {
    const n = X.cpLength(s);
    const [start, stop, step, count] = sliceIndices(k, n);
    if (step === 1) return X.cpSlice(s, start, Math.max(start, stop));
    const v = X.cpView(s);
    const cps: number[] = new Array(count);
    for (let i = 0, j = start; i < count; i++, j += step) cps[i] = typeof v === "string" ? v.charCodeAt(j) : v[j];
    return typeof v === "string" ? String.fromCharCode(...cps) : textObj(X.textFromCodePoints(cps));
  }
  if (!isIndexable(k)) throw typeError(`string indices must be integers`);
  const n = X.cpLength(s);
  let i = asSize(k, undefined, IndexError);
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw newExc(IndexError, "string index out of range");
  return X.cpCharAt(s, i);
}

/** s * n: a plain repeat unless the copies' ends meet in a false pair. */
// (the count alone bounds a str's repeat; an empty str repeats any number of times)
const strRepeatCount = (s: string, n: PyObj): number => repeatCount(n, s.length === 0 ? 0 : 1);
const strRepeat = (s: string, n: number): PyObj => (n > 1 && X.junctionSplits(s, s) ? textRepeat(s, n) : X.strRepeat(s, n));

function prefixes(x: PyObj, fname: string): string[] {
  if (x instanceof PyTuple) return x.items.map((p) => {
    const s = asStr(p);
    if (s === null) throw typeError(`tuple for ${fname} must only contain str, not ${typeOf(p).name}`);
    return s;
  });
  const s = asStr(x);
  if (s === null) throw typeError(`${fname} first arg must be str or a tuple of str, not ${typeOf(x).name}`);
  return [s];
}

const cmp = (op: Cmp) => (s: PyObj, [o]: PyObj[]) => {
  const b = asStr(o);
  if (b === null) return NotImplemented;
  const a = S(s);
  return cmpResult(strCompare(a, b), op);
};

function translateLookup(table: PyObj): (cp: number) => number | string | null | undefined {
  return (cp) => {
    let v: PyObj;
    try {
      v = getitem(table, cp);
    } catch (e) {
      if (e && typeof e === "object" && (e as { cls?: PyType }).cls?.isSubtype(LookupErrorT)) return undefined;
      throw e;
    }
    if (v === None) return null;
    const i = asInt(v);
    if (i !== null) {
      if (typeof i !== "number" || i < 0 || i > 0x10ffff) throw valueError("character mapping must be in range(0x110000)");
      return i;
    }
    const st = asStr(v);
    if (st !== null) return st;
    throw typeError("character mapping must return integer, None or str");
  };
}

const strip = (which: 0 | 1 | 2, name: string) => (s: PyObj, args: PyObj[]) => {
  const c = args[0];
  if (c !== undefined && c !== None && asStr(c) === null) throw typeError(`${name} arg must be None or str`);
  return X.strStrip(S(s), c === undefined || c === None ? null : asStr(c), which);
};
const pred = (f: (s: string) => boolean) => (s: PyObj) => f(S(s));
const pad = (f: (s: string, w: number, fill: string) => string, name: string) => (s: PyObj, args: PyObj[]) => {
  const w = asClinicSize(args[0]);
  let fill = " ";
  if (args.length > 1) {
    const fs = asStr(args[1]);
    if (fs === null) throw typeError(`The fill character must be a unicode character, not ${typeOf(args[1]).name}`);
    if (X.cpLength(fs) !== 1) throw typeError("The fill character must be exactly one character long");
    fill = fs;
  }
  return f(S(s), w, fill);
};
/** The str, bytes and bytearray methods that take their arguments as METH_VARARGS (through findsArgs). */
export const FINDS_METHODS = ["find", "rfind", "index", "rindex", "count", "startswith", "endswith"];
/**
 * stringlib's parse_args_finds: (sub[, start[, end]]) with its own messages; start and end are
 * converted (None allowed) before the caller looks at sub, as there.
 */
export function findsArgs(name: string, args: PyObj[], kw: readonly string[] | null): [start: number | null, end: number | null] {
  if (kw && kw.length) throw typeError(`${name}() takes no keyword arguments`);
  if (args.length < 1) throw typeError(`${name}() takes at least 1 argument (0 given)`);
  if (args.length > 3) throw typeError(`${name}() takes at most 3 arguments (${args.length} given)`);
  return [optIdx(args[1]), optIdx(args[2])];
}
const search = (f: (s: string, sub: string, a: number | null, b: number | null) => PyObj, name: string) => (s: PyObj, args: PyObj[], kw: readonly string[] | null) => {
  const [a, b] = findsArgs(name, args, kw);
  const sub = asStr(args[0]);
  if (sub === null) throw typeError(`must be str, not ${typeOf(args[0]).name}`);
  return f(S(s), sub, a, b);
};
const affix = (f: (s: string, p: string, a: number | null, b: number | null) => boolean, name: string) => (s: PyObj, args: PyObj[], kw: readonly string[] | null) => {
  const [a, b] = findsArgs(name, args, kw);
  return prefixes(args[0], name).some((p) => f(S(s), p, a, b));
};
const splitter = (f: (s: string, sep: string | null, n: number) => string[], name: string) => (s: PyObj, args: PyObj[], kw: readonly string[] | null) => {
  // (s.split(), the usual call: no arguments to bind)
  if (args.length === 0) return splitResult(f(S(s), null, -1), -1);
  const [sep, maxsplit] = bindArgs(name, args, kw, ["sep", "maxsplit"], 0);
  const n = maxsplit === undefined ? -1 : asClinicSize(maxsplit);
  if (sep !== undefined && sep !== None && asStr(sep) === null) throw typeError(`must be str or None, not ${typeOf(sep).name}`);
  const sp = optStr(sep, name);
  if (sp === "") throw valueError("empty separator");
  return splitResult(f(S(s), sp, n), n);
};

/**
 * unicode__sizeof__ on 64-bit CPython: the header, then a NUL-terminated array of code points of
 * 1, 2 or 4 bytes each, as wide as the widest (an exact str is compact: a 48-byte header when it is
 * ASCII, else 72; a subclass's instance keeps them apart, after an 80-byte header). A UTF-8 copy
 * that CPython caches once a non-ASCII str has been encoded is not counted.
 */
function strSizeof(s: PyObj): number {
  let n = 0;
  let max = 0;
  for (const ch of S(s)) {
    n++;
    max = Math.max(max, ch.codePointAt(0)!);
  }
  const kind = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  if (typeof s !== "string") return 80 + (n + 1) * kind;
  return max < 0x80 ? 48 + n + 1 : 72 + (n + 1) * kind;
}

defMethods(StrType, withFalsePairs([
  ["__new__", (cls, args, kw) => strNew(cls as PyType, args, kw)],
  ["__repr__", (s) => strRepr(S(s)), 0, 0],
  ["__str__", (s) => S(s), 0, 0],
  ["__hash__", (s) => X.normInt(hashStr(S(s))), 0, 0],
  ["__len__", (s) => X.cpLength(S(s)), 0, 0],
  ["__getitem__", (s, [k]) => strGetItem(S(s), k), 1, 1],
  ["__contains__", (s, [x]) => {
    const sub = asStr(x);
    if (sub === null) throw typeError(`'in <string>' requires string as left operand, not ${typeOf(x).name}`);
    // (a match may not split a surrogate pair: '\ud800' in '\U00010000' is False)
    return X.strContains(S(s), sub);
  }, 1, 1],
  ["__iter__", (s) => new PyStrIter(s, S(s)), 0, 0],
  ["__add__", (s, [o]) => {
    const b = asStr(o);
    if (b === null) throw typeError(`can only concatenate str (not "${typeOf(o).name}") to str`);
    const a = S(s);
    return X.junctionSplits(a, b) ? textObj(X.textConcat(a, b)) : a + b;
  }, 1, 1],
  ["__mul__", (s, [n]) => strRepeat(S(s), strRepeatCount(S(s), n)), 1, 1],
  ["__rmul__", (s, [n]) => strRepeat(S(s), strRepeatCount(S(s), n)), 1, 1],
  ["__mod__", (s, [a]) => {
    const host = percentHost(a);
    return wholeOr(X.percentFormat(S(s), host), host);
  }, 1, 1],
  ["__rmod__", () => NotImplemented, 1, 1],
  ["__lt__", cmp(Cmp.LT), 1, 1],
  ["__le__", cmp(Cmp.LE), 1, 1],
  ["__eq__", cmp(Cmp.EQ), 1, 1],
  ["__ne__", cmp(Cmp.NE), 1, 1],
  ["__gt__", cmp(Cmp.GT), 1, 1],
  ["__ge__", cmp(Cmp.GE), 1, 1],
  ["__format__", (s, [spec]) => {
    const sp = argStr(spec, "__format__", 0);
    if (sp === "" && typeof s !== "string") return str(s);
    return X.formatStr(S(s), sp, typeOf(s).name);
  }, 1, 1],
  ["__getnewargs__", (s) => tuple([S(s)]), 0, 0],
  byArity("join", (s, it) => {
    // an exact list's or tuple's own items, as PySequence_Fast gives them (nothing below runs
    // Python code that could change them)
    const parts = (it instanceof PyList && it.cls === ListType) || (it instanceof PyTuple && it.cls === TupleType) ? it.items : toArray(it, "can only join an iterable");
    const sep = S(s);
    // A part that starts with a low surrogate may meet a lone high one: the exact path checks.
    let exact = s instanceof PySplitStr || (parts.length > 1 && (sep.charCodeAt(0) & 0xfc00) === 0xdc00);
    /** Whether every part is an exact str, which V8's join takes as it is. */
    let plain = true;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      const ps = typeof p === "string" ? p : asStr(p);
      if (ps === null) throw typeError(`sequence item ${i}: expected str instance, ${typeOf(p).name} found`);
      if (ps !== p) plain = false;
      if ((ps.charCodeAt(0) & 0xfc00) === 0xdc00 || p instanceof PySplitStr) exact = true;
    }
    if (exact) return textJoin(asText(s) ?? sep, parts);
    return plain ? (parts as string[]).join(sep) : parts.map((p) => asStr(p)!).join(sep);
  }),
  ["split", splitter(X.strSplit, "split")],
  ["rsplit", splitter(X.strRSplit, "rsplit")],
  ["splitlines", (s, args, kw) => {
    const [keep] = bindArgs("splitlines", args, kw, ["keepends"], 0);
    // (keepends is a clinic bool(accept={int}): an integer, not any object's truth)
    return new PyList(X.strSplitlines(S(s), keep !== undefined && asCInt(keep) !== 0));
  }],
  ["strip", strip(0, "strip"), 0, 1],
  ["lstrip", strip(1, "lstrip"), 0, 1],
  ["rstrip", strip(2, "rstrip"), 0, 1],
  ["find", search(X.strFind, "find")],
  ["rfind", search(X.strRFind, "rfind")],
  ["index", search(X.strIndex, "index")],
  ["rindex", search(X.strRIndex, "rindex")],
  ["count", search(X.strCount, "count")],
  ["startswith", affix(X.strStartsWith, "startswith")],
  ["endswith", affix(X.strEndsWith, "endswith")],
  ["replace", (s, args) => X.strReplace(S(s), argStr(args[0], "replace", 1), argStr(args[1], "replace", 2), args.length > 2 ? asClinicSize(args[2]) : -1), 2, 3],
  ["upper", (s) => X.strUpper(S(s)), 0, 0],
  ["lower", (s) => X.strLower(S(s)), 0, 0],
  ["casefold", (s) => X.strCasefold(S(s)), 0, 0],
  ["capitalize", (s) => X.strCapitalize(S(s)), 0, 0],
  ["title", (s) => X.strTitle(S(s)), 0, 0],
  ["swapcase", (s) => X.strSwapcase(S(s)), 0, 0],
  ["isalpha", pred(X.strIsAlpha), 0, 0],
  ["isalnum", pred(X.strIsAlnum), 0, 0],
  ["isdecimal", pred(X.strIsDecimal), 0, 0],
  ["isdigit", pred(X.strIsDigit), 0, 0],
  ["isnumeric", pred(X.strIsNumeric), 0, 0],
  ["isspace", pred(X.strIsSpace), 0, 0],
  ["isprintable", pred(X.strIsPrintable), 0, 0],
  ["isascii", pred(X.strIsAscii), 0, 0],
  ["__sizeof__", (s) => strSizeof(s), 0, 0],
  ["isidentifier", pred(X.strIsIdentifier), 0, 0],
  ["isupper", pred(X.strIsUpper), 0, 0],
  ["islower", pred(X.strIsLower), 0, 0],
  ["istitle", pred(X.strIsTitle), 0, 0],
  ["center", pad(X.strCenter, "center"), 1, 2],
  ["ljust", pad(X.strLjust, "ljust"), 1, 2],
  ["rjust", pad(X.strRjust, "rjust"), 1, 2],
  byArity("zfill", (s, w) => X.strZfill(S(s), asClinicSize(w))),
  ["expandtabs", (s, args, kw) => {
    const [t] = bindArgs("expandtabs", args, kw, ["tabsize"], 0);
    return X.strExpandtabs(S(s), t === undefined ? 8 : asCInt(t));
  }],
  // the parts are the objects themselves where they can be, a subclass instance included, as stringlib's
  // partition gives: the separator found, or the str without it (pickle's memo then sees
  // datetime.datetime's qualname, the rpartition('.') of itself, apart from its module name)
  byArity("partition", (s, sep) => {
    const p = sepStr(sep);
    if (p === "") throw valueError("empty separator");
    const parts: PyObj[] = X.strPartition(S(s), p);
    if (parts[1] === "") parts[0] = s;
    else parts[1] = sep;
    return tuple(parts);
  }),
  byArity("rpartition", (s, sep) => {
    const p = sepStr(sep);
    if (p === "") throw valueError("empty separator");
    const parts: PyObj[] = X.strRPartition(S(s), p);
    if (parts[1] === "") parts[2] = s;
    else parts[1] = sep;
    return tuple(parts);
  }),
  byArity("removeprefix", (s, p) => X.strRemovePrefix(S(s), argStr(p, "removeprefix", 0))),
  byArity("removesuffix", (s, p) => X.strRemoveSuffix(S(s), argStr(p, "removesuffix", 0))),
  ["encode", (s, args, kw) => {
    // (s.encode() and s.encode(name), the usual calls, without binding)
    let enc: PyObj | undefined;
    let errs: PyObj | undefined;
    if (args.length === 1 && (kw === null || kw.length === 0)) enc = args[0];
    else if (args.length !== 0) [enc, errs] = bindArgs("encode", args, kw, ["encoding", "errors"], 0);
    return new PyBytesObj(X.encode(asText(s)!, enc === undefined ? "utf-8" : cString(argStr(enc, "encode", "encoding")), errs === undefined ? "strict" : cString(argStr(errs, "encode", "errors"))));
  }],
  ["format", (s, args, kw) => {
    const nkw = kw ? kw.length : 0;
    const pos = args.slice(0, args.length - nkw);
    let kwargs: PyDict | null = null;
    if (nkw) {
      kwargs = new PyDict();
      for (let i = 0; i < nkw; i++) kwargs.setStr(kw![i], args[pos.length + i]);
    }
    const host = formatHost(pos, kwargs, true);
    return wholeOr(X.strFormat(S(s), host), host);
  }],
  byArity("format_map", (s, m) => {
    const host = formatHost([], m, false);
    return wholeOr(X.strFormat(S(s), host), host);
  }),
  byArity("translate", (s, t) => {
    if (!(s instanceof PySplitStr)) return X.strTranslate(S(s), translateLookup(t));
    const m = X.LowMask.for([s.text]);
    const look = translateLookup(t);
    const r = X.strTranslate(m.hide(s.text), (cp) => look(m.showCodePoint(cp)));
    return textObj(m.show(r));
  }),
]));
markVarargs(StrType, FINDS_METHODS);
newForm1(StrType, strNew1);
StrType.ns.set("maketrans", staticMaketrans());
function staticMaketrans(): PyObj {
  const fn = new PyBuiltinFunction("maketrans", (args, kw) => {
    noKwargs("str.maketrans", kw);
    if (args.length < 1 || args.length > 3) throw arityError("maketrans", 1, 3, args.length);
    // (the clinic wrapper checks y and z before the body looks at x)
    const y = args.length > 1 ? argStr(args[1], "maketrans", 2) : null;
    const z = args.length > 2 ? argStr(args[2], "maketrans", 3) : "";
    if (y === null) {
      const d = args[0];
      if (!(d instanceof PyDict)) throw typeError("if you give only one argument to maketrans it must be a dict");
      const out = new PyDict();
      for (const e of d.entries()) {
        const ks = asStr(e.key);
        if (ks !== null) {
          if (X.cpLength(ks) !== 1) throw valueError("string keys in translate table must be of length 1");
          out.set(ks.codePointAt(0)!, e.value);
        } else if (asInt(e.key) !== null) out.set(e.key, e.value);
        else throw typeError("keys in translate table must be strings or integers");
      }
      return out;
    }
    const x = asStr(args[0]);
    if (x === null) throw typeError("first maketrans argument must be a string if there is a second argument");
    const m = X.strMaketrans(x, y, z);
    const out = new PyDict();
    for (const [k, v] of m) out.set(k, v === null ? None : v);
    return out;
  }, StrType, "str.maketrans");
  fn.isStatic = true;
  return fn;
}
export { call, FloatType, PyFloat };
