// str methods on strs holding false pairs (PySplitStr, see support/text/split-str.ts). str.ts keeps
// its plain-string implementations; withFalsePairs wraps each method row so that a call whose self
// or argument is a PySplitStr takes the exact path here: a code-point implementation for the core
// operations (len, indexing, iteration, +, *, comparisons, hash, repr, join, encode, translate) and,
// for every other method, the plain implementation run on a masked copy (LowMask) whose results are
// unmasked. Calls on plain strings pay one instanceof test per argument.
import type { PyObj } from "./object.ts";
import type { MethodRow, NativeMethod } from "./function.ts";
import { NotImplemented, StrType, iterTypes } from "./builtin-types.ts";
import { newExc, typeError, IndexError } from "./exceptions.ts";
import { Cmp, cmpResult, PyIter, callDescr, typeOf } from "./protocols.ts";
import { PySplitStr, PyStrSubclass, asText, textObj } from "./boxes.ts";
import { PyTuple, tuple, isIndexable, repeatCount } from "./tuple.ts";
import { PyList } from "./list.ts";
import { PySlice, asSize, sliceIndices } from "./slice.ts";
import { LowMask, TextBuilder, textCodePoints, textCompare, textConcat, textFromCodePoints, type Text } from "../support/text/split-str.ts";
import { hashCodePoints } from "../support/hash.ts";
import { codePointsRepr } from "../support/repr.ts";
import { normInt } from "../support/text/number-parse.ts";


/** s * n (n >= 0 after repeatCount) for any str, exact where copies meet in a false pair. */
export function textRepeat(t: Text, n: number): PyObj {
  const b = new TextBuilder();
  for (let i = 0; i < n; i++) b.add(t);
  return textObj(b.result());
}

/** s[k] and s[a:b:c] on the code points of t. */
export function textGetItem(t: Text, k: PyObj): PyObj {
  const cps = textCodePoints(t);
  const n = cps.length;
  if (k instanceof PySlice) {
    const [start, , step, count] = sliceIndices(k, n);
    const out: number[] = new Array(count);
    for (let i = 0, j = start; i < count; i++, j += step) out[i] = cps[j];
    return textObj(textFromCodePoints(out));
  }
  if (!isIndexable(k)) throw typeError(`string indices must be integers`);
  let i = asSize(k);
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw newExc(IndexError, "string index out of range");
  return String.fromCodePoint(cps[i]);
}

/** sep.join(parts) for already-checked str parts, exact at every junction. */
export function textJoin(sep: Text, parts: PyObj[]): PyObj {
  const b = new TextBuilder();
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) b.add(sep);
    b.add(asText(parts[i])!);
  }
  return textObj(b.result());
}

const cmp = (op: Cmp) => (s: PyObj, [o]: PyObj[]) => {
  const b = asText(o);
  return b === null ? NotImplemented : cmpResult(textCompare(asText(s)!, b), op);
};

/** Exact code-point implementations, used when self or an argument holds a false pair. */
const EXACT = new Map<string, NativeMethod>([
  ["__repr__", (s) => codePointsRepr(textCodePoints(asText(s)!))],
  ["__str__", (s) => (s instanceof PySplitStr && s.cls === StrType ? s : textObj(asText(s)!))],
  ["__hash__", (s) => normInt(hashCodePoints(textCodePoints(asText(s)!)))],
  ["__len__", (s) => textCodePoints(asText(s)!).length],
  ["__getitem__", (s, [k]) => textGetItem(asText(s)!, k)],
  ["__iter__", (s) => {
    const cps = textCodePoints(asText(s)!);
    let i = 0;
    return new PyIter(iterTypes.str, () => (i < cps.length ? String.fromCodePoint(cps[i++]) : undefined));
  }],
  ["__add__", (s, [o]) => {
    const b = asText(o);
    if (b === null) throw typeError(`can only concatenate str (not "${typeOf(o).name}") to str`);
    return textObj(textConcat(asText(s)!, b));
  }],
  ["__mul__", (s, [n]) => textRepeat(asText(s)!, repeatCount(n, 1))],
  ["__rmul__", (s, [n]) => textRepeat(asText(s)!, repeatCount(n, 1))],
  ["__lt__", cmp(Cmp.LT)],
  ["__le__", cmp(Cmp.LE)],
  ["__eq__", cmp(Cmp.EQ)],
  ["__ne__", cmp(Cmp.NE)],
  ["__gt__", cmp(Cmp.GT)],
  ["__ge__", cmp(Cmp.GE)],
  ["__getnewargs__", (s) => tuple([textObj(asText(s)!)])],
]);

/** Methods whose plain implementation already handles a PySplitStr argument exactly. */
const PLAIN = new Set(["__new__", "join", "encode", "translate"]);

/**
 * A masked argument of %, format or format_map: str() and format() see the masked units, while
 * repr() (for %r, !r, %a, !a) spells the original, so no stand-in leaks into an escape.
 */
class PyMaskedStr extends PyStrSubclass {
  constructor(
    units: string,
    readonly original: Text,
  ) {
    super(units, StrType);
  }
}

function hideArg(m: LowMask, a: PyObj, formatting: boolean): PyObj {
  const t = asText(a);
  if (t !== null) return formatting ? new PyMaskedStr(m.hide(t), t) : m.hide(t);
  if (a instanceof PyTuple) return tuple(a.items.map((x) => hideArg(m, x, formatting)));
  return a;
}

function showResult(m: LowMask, r: PyObj): PyObj {
  if (typeof r === "string") return textObj(m.show(r));
  if (r instanceof PyList) return new PyList(r.items.map((x) => showResult(m, x)));
  if (r instanceof PyTuple) return tuple(r.items.map((x) => showResult(m, x)));
  return r;
}

/** Any other method: the plain implementation on masked copies of self and the str arguments. */
const masked = (f: NativeMethod, formatting: boolean): NativeMethod => (s, args, kw) => {
  const texts: Text[] = [];
  const collect = (a: PyObj) => {
    const t = asText(a);
    if (t !== null) texts.push(t);
    else if (a instanceof PyTuple) a.items.forEach(collect);
  };
  collect(s);
  args.forEach(collect);
  const m = LowMask.for(texts);
  return showResult(m, f(hideArg(m, s, false), args.map((a) => hideArg(m, a, formatting)), kw));
};

/**
 * Methods that put pieces of plain strs next to each other (s.replace, % and format, padding), so
 * that a lone high surrogate may come to precede a lone low one: when any str involved holds a
 * surrogate they take the masked path, whose result keeps such a pair apart.
 */
const FORMATTING = new Set(["__mod__", "format", "format_map"]);
const JOINING = new Set(["replace", "__mod__", "format", "format_map", "center", "ljust", "rjust"]);
const SURROGATE = /[\ud800-\udfff]/;

/**
 * Does a call need the false-pair path: an argument (or a tuple argument's item) is a PySplitStr,
 * or, for a joining method, a str argument holds a surrogate.
 */
function needsExact(args: PyObj[], joining: boolean): boolean {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (typeof a === "string") {
      if (joining && SURROGATE.test(a)) return true;
    } else if (a instanceof PySplitStr) return true;
    else if (a instanceof PyTuple) {
      const items = a.items;
      for (let k = 0; k < items.length; k++) {
        const x = items[k];
        if (typeof x === "string" ? joining && SURROGATE.test(x) : x instanceof PySplitStr) return true;
      }
    }
  }
  return false;
}

/** str's method rows with the false-pair paths wrapped around them. */
export function withFalsePairs(rows: MethodRow[]): MethodRow[] {
  return rows.map((row) => {
    const [name, fn] = row;
    if (PLAIN.has(name)) return row;
    let slow = EXACT.get(name) ?? masked(fn, FORMATTING.has(name));
    if (name === "__format__") {
      // format(s, '') of a subclass instance is str(s), which may be overridden.
      const plain = slow;
      slow = (s, args, kw) => (args[0] === "" && typeOf(s) !== StrType ? callDescr(typeOf(s).lookup("__str__")!, s, []) : plain(s, args, kw));
    }
    const joining = JOINING.has(name);
    const wrapped: NativeMethod = joining
      ? (s, args, kw) => (s instanceof PySplitStr || needsExact(args, true) || (typeof s === "string" && SURROGATE.test(s)) ? slow(s, args, kw) : fn(s, args, kw))
      : (s, args, kw) => (s instanceof PySplitStr || (args.length > 0 && needsExact(args, false)) ? slow(s, args, kw) : fn(s, args, kw));
    // (without the row's fixed-arity forms, if it has them: they would skip the false-pair test)
    const out = row.slice(0, 4) as MethodRow;
    out[1] = name !== "__repr__" ? wrapped : (s, args, kw) => (s instanceof PyMaskedStr ? codePointsRepr(textCodePoints(s.original)) : wrapped(s, args, kw));
    return out;
  });
}

/** a + b for plain strs when b starts with a low surrogate (the eval loop's str + str test). */
export const strAddLow = (a: string, b: string): PyObj => textObj(textConcat(a, b));

/** ''.join(parts) of str values (the eval loop's BUILD_STRING when a part holds or may start a false pair). */
export const strJoinExact = (parts: PyObj[]): PyObj => textJoin("", parts);
