// The _json accelerator (Modules/_json.c): encode_basestring_ascii, encode_basestring and
// make_encoder (the c_make_encoder json.encoder uses for one-shot encoding without indent), and
// scanstring and make_scanner for decoding (json-scan.ts). Output and messages are the C
// module's, which differ from the pure-Python fallbacks' in places ("Out of range float values
// are not JSON compliant" carries no repr; "Invalid \escape" points at the backslash).
import {
  type PyObj, PyObject, PyType, PyModule, PyList, PyTuple, PyDict, PyFloat, None, TypeType, ObjectType, defMethods, bindArgs, asStr, typeOf, argTypeName,
  typeError, valueError, newExc, call, repr, isInstance, IntType, FloatType, ListType, TupleType, DictType, StrType, recursion, RecursionError,
  toArray, callMethod, idOf, truthy, listSort, asText, textObj,
} from "../objects/index.ts";
import { textCodePoints, TextBuilder, type Text } from "../support/text/index.ts";
import { floatRepr } from "../support/repr.ts";
import { makeModule, posFn } from "./util.ts";
import { scanstring, ScannerType } from "./json-scan.ts";

const hex4 = (n: number) => n.toString(16).padStart(4, "0");

const ESCAPES: Record<string, string> = { '"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** py_encode_basestring_ascii: quoted, everything outside printable ASCII as \uXXXX (surrogate pairs for astral). */
export function encodeBasestringAscii(s: string): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e && c !== 0x22 && c !== 0x5c) continue;
    out += s.slice(start, i);
    start = i + 1;
    const e = ESCAPES[s[i]];
    out += e !== undefined ? e : "\\u" + hex4(c);
  }
  return out + s.slice(start) + '"';
}

/** py_encode_basestring: quoted, only '"', '\\' and control characters escaped. */
export function encodeBasestring(t: Text): Text {
  if (typeof t !== "string") return encodeSplitBasestring(t);
  const s = t;
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c) continue;
    out += s.slice(start, i);
    start = i + 1;
    const e = ESCAPES[s[i]];
    out += e !== undefined ? e : "\\u" + hex4(c);
  }
  return out + s.slice(start) + '"';
}

/** encodeBasestring for a str with false pairs, which its output keeps (they need no escape). */
function encodeSplitBasestring(t: Text): Text {
  const b = new TextBuilder();
  b.add('"');
  for (const c of textCodePoints(t)) {
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c) b.addCodePoint(c);
    else b.add(ESCAPES[String.fromCharCode(c)] ?? "\\u" + hex4(c));
  }
  b.add('"');
  return b.result();
}

/** The str argument of encode_basestring(_ascii); a false pair's halves encode as the pair's. */
function strArg(x: PyObj): Text {
  const s = asText(x);
  if (s === null) throw typeError(`first argument must be a string, not ${typeOf(x).name}`);
  return s;
}

/** encodeBasestringAscii for any str: a false pair's halves are escaped as a pair's would be. */
const encodeTextAscii = (t: Text): string => encodeBasestringAscii(typeof t === "string" ? t : t.units);

// ---- make_encoder ----------------------------------------------------------------------------------

const EncoderType = new PyType(TypeType, "Encoder", [ObjectType]);
EncoderType.staticModule = "_json";
EncoderType.solid = EncoderType;
EncoderType.baseAllowed = false;

class PyEncoder extends PyObject {
  constructor(
    readonly markers: PyDict | null,
    readonly defaultFn: PyObj,
    readonly encoder: PyObj,
    readonly indent: PyObj,
    readonly keySeparator: string,
    readonly itemSeparator: string,
    readonly sortKeys: boolean,
    readonly skipKeys: boolean,
    readonly allowNan: boolean,
    readonly fast: ((s: Text) => Text) | null,
  ) {
    super(EncoderType);
  }
}

let asciiFn: PyObj | null = null;
let plainFn: PyObj | null = null;

/** Joins ASCII bytes: valid UTF-8, so the platform's decoder makes the str at once. */
const asciiDecoder = new TextDecoder();
/** How many parts _PyAccu holds before joining them into one str. */
const ACCU_PARTS = 100000;

/**
 * _PyAccu: what the encoder emits, joined into one str every 100,000 parts; the list
 * make_encoder's call returns holds those joins (one str for all but huge documents). While every
 * part is ASCII (all of ensure_ascii's output) its characters are copied into a byte buffer,
 * decoded once per join: V8's Array#join of 70,000 short strs took 2 ms, half of a dumps.
 */
class Accu {
  private bytes = new Uint8Array(1 << 16);
  private at = 0;
  /** The parts since the last join once one was not ASCII (the ASCII before it decoded first), else null. */
  private small: Text[] | null = null;
  private parts = 0;
  /** Does a part hold a false pair or start with a low surrogate (so a junction may make one)? */
  private exact = false;
  private readonly large: PyObj[] = [];

  add(t: Text): void {
    if (this.small !== null || typeof t !== "string" || !this.addAscii(t)) this.addPart(t);
    if (++this.parts >= ACCU_PARTS) this.flush();
  }

  finish(): PyList {
    this.flush();
    return new PyList(this.large);
  }

  /** Copies t into the byte buffer; false (nothing copied) when t is not all ASCII. */
  private addAscii(t: string): boolean {
    const n = t.length;
    const at = this.at;
    if (at + n > this.bytes.length) this.grow(at + n);
    const bytes = this.bytes;
    for (let i = 0; i < n; i++) {
      const c = t.charCodeAt(i);
      if (c > 0x7f) return false;
      bytes[at + i] = c;
    }
    this.at = at + n;
    return true;
  }

  private grow(need: number): void {
    let size = this.bytes.length * 2;
    while (size < need) size *= 2;
    const bigger = new Uint8Array(size);
    bigger.set(this.bytes.subarray(0, this.at));
    this.bytes = bigger;
  }

  private addPart(t: Text): void {
    if (this.small === null) this.small = this.at === 0 ? [] : [this.takeAscii()];
    if (typeof t !== "string" || (t.charCodeAt(0) & 0xfc00) === 0xdc00) this.exact = true;
    this.small.push(t);
  }

  private takeAscii(): string {
    const s = asciiDecoder.decode(this.bytes.subarray(0, this.at));
    this.at = 0;
    return s;
  }

  private flush(): void {
    if (this.parts === 0) return;
    const small = this.small;
    if (small === null) this.large.push(this.takeAscii());
    else if (this.exact) {
      const b = new TextBuilder();
      for (const t of small) b.add(t);
      this.large.push(textObj(b.result()));
    } else this.large.push((small as string[]).join(""));
    this.small = null;
    this.parts = 0;
    this.exact = false;
  }
}

function encodeString(e: PyEncoder, s: PyObj): Text {
  if (e.fast !== null) return e.fast(asText(s)!);
  const r = call(e.encoder, [s]);
  const t = asText(r);
  if (t === null) throw typeError(`encoder() must return a string, not ${typeOf(r).name}`);
  return t;
}

function encodeFloat(e: PyEncoder, f: PyObj): string {
  const v = (f as PyFloat).value;
  if (!Number.isFinite(v)) {
    if (!e.allowNan) throw valueError("Out of range float values are not JSON compliant");
    return v > 0 ? "Infinity" : v < 0 ? "-Infinity" : "NaN";
  }
  return floatRepr(v);
}

/** PyLong_Type.tp_repr: an int subclass's own __repr__ is not asked. */
const intRepr = (x: PyObj): string => (typeof x === "number" || typeof x === "bigint" ? String(x) : (callMethod(IntType, "__repr__", [x]) as string));

function enter(): void {
  if (++recursion.depth > recursion.limit) {
    recursion.depth--;
    throw newExc(RecursionError, "maximum recursion depth exceeded while encoding a JSON object");
  }
}

function mark(e: PyEncoder, obj: PyObj): number | null {
  if (e.markers === null) return null;
  const id = idOf(obj);
  if (e.markers.get(id) !== undefined) throw valueError("Circular reference detected");
  e.markers.set(id, obj);
  return id;
}

function unmark(e: PyEncoder, id: number | null): void {
  if (id !== null && e.markers !== null) e.markers.del(id);
}

/** encoder_listencode_obj, in its order of tests (exact str and int first: one typeof each). */
function encodeObj(e: PyEncoder, out: Accu, obj: PyObj): void {
  if (typeof obj === "string") out.add(e.fast !== null ? e.fast(obj) : encodeString(e, obj));
  else if (typeof obj === "number" || typeof obj === "bigint") out.add(String(obj));
  else if (obj === None) out.add("null");
  else if (obj === true) out.add("true");
  else if (obj === false) out.add("false");
  else if (obj instanceof PyFloat && obj.cls === FloatType) out.add(encodeFloat(e, obj));
  else if (isInstance(obj, StrType)) out.add(encodeString(e, obj));
  else if (isInstance(obj, IntType)) out.add(intRepr(obj));
  else if (isInstance(obj, FloatType)) out.add(encodeFloat(e, obj));
  else if (isInstance(obj, ListType) || isInstance(obj, TupleType)) {
    enter();
    try {
      encodeList(e, out, obj);
    } finally {
      recursion.depth--;
    }
  } else if (isInstance(obj, DictType)) {
    enter();
    try {
      encodeDict(e, out, obj as PyDict);
    } finally {
      recursion.depth--;
    }
  } else {
    const id = mark(e, obj);
    const converted = call(e.defaultFn, [obj]);
    enter();
    try {
      encodeObj(e, out, converted);
    } finally {
      recursion.depth--;
    }
    unmark(e, id);
  }
}

function encodeList(e: PyEncoder, out: Accu, seq: PyObj): void {
  // PySequence_Fast: an exact list is read as it is at each step (a default() that shrinks it ends
  // the loop early), anything else is copied first
  const exact = (seq instanceof PyList && typeOf(seq) === ListType) || (seq instanceof PyTuple && typeOf(seq) === TupleType);
  const copy = exact ? null : seq instanceof PyList || seq instanceof PyTuple ? seq.items.slice() : toArray(seq);
  const items = () => copy ?? (seq as PyList | PyTuple).items;
  if (items().length === 0) {
    out.add("[]");
    return;
  }
  const id = mark(e, seq);
  out.add("[");
  for (let i = 0; i < items().length; i++) {
    if (i > 0) out.add(e.itemSeparator);
    encodeObj(e, out, items()[i]);
  }
  unmark(e, id);
  out.add("]");
}

/** PyMapping_Items: an exact dict's (key, value) pairs as they are now, flat; a subclass's from its items(). */
function itemsOf(d: PyDict): PyObj[] {
  const flat: PyObj[] = [];
  if (typeOf(d) === DictType) {
    for (const entry of d.entries()) flat.push(entry.key, entry.value);
    return flat;
  }
  for (const item of toArray(callMethod(d, "items", []))) {
    const pair = item as PyTuple;
    flat.push(pair.items[0], pair.items[1]);
  }
  return flat;
}

function encodeDict(e: PyEncoder, out: Accu, d: PyDict): void {
  if (d.size === 0) {
    out.add("{}");
    return;
  }
  const id = mark(e, d);
  out.add("{");
  let items = itemsOf(d);
  if (e.sortKeys) {
    // list.sort() of the (key, value) tuples, as the C encoder sorts PyMapping_Items' list
    const pairs: PyObj[] = [];
    for (let i = 0; i < items.length; i += 2) pairs.push(new PyTuple([items[i], items[i + 1]]));
    const l = new PyList(pairs);
    listSort(l, None, false);
    items = [];
    for (const pair of l.items) items.push((pair as PyTuple).items[0], (pair as PyTuple).items[1]);
  }
  let first = true;
  for (let i = 0; i < items.length; i += 2) {
    const key = items[i];
    let kstr: PyObj;
    if (typeof key === "string" || isInstance(key, StrType)) kstr = key;
    else if (isInstance(key, FloatType)) kstr = encodeFloat(e, key);
    else if (key === true || key === false || key === None) kstr = key === None ? "null" : key ? "true" : "false";
    else if (isInstance(key, IntType)) kstr = intRepr(key);
    else if (e.skipKeys) continue;
    else throw typeError(`keys must be str, int, float, bool or None, not ${typeOf(key).name}`);
    if (!first) out.add(e.itemSeparator);
    first = false;
    out.add(encodeString(e, kstr));
    out.add(e.keySeparator);
    encodeObj(e, out, items[i + 1]);
  }
  unmark(e, id);
  out.add("}");
}

defMethods(EncoderType, [
  ["__new__", (_cls, args, kw) => {
    const [markers, dflt, encoder, indent, keySep, itemSep, sortKeys, skipKeys, allowNan] = bindArgs("make_encoder", args, kw,
      ["markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan"], 9, 9);
    if (markers !== None && !(markers instanceof PyDict)) throw typeError(`make_encoder() argument 1 must be dict or None, not ${argTypeName(markers!)}`);
    const ks = asStr(keySep!);
    if (ks === null) throw typeError(`make_encoder() argument 5 must be str, not ${argTypeName(keySep!)}`);
    const is = asStr(itemSep!);
    if (is === null) throw typeError(`make_encoder() argument 6 must be str, not ${argTypeName(itemSep!)}`);
    const fast = encoder === asciiFn ? encodeTextAscii : encoder === plainFn ? encodeBasestring : null;
    return new PyEncoder(markers === None ? null : (markers as PyDict), dflt!, encoder!, indent!, ks, is, truthy(sortKeys!), truthy(skipKeys!), truthy(allowNan!), fast);
  }],
  ["__call__", (s, args, kw) => {
    const [obj, level] = bindArgs("_iterencode", args, kw, ["obj", "_current_indent_level"], 2);
    void level;
    const out = new Accu();
    encodeObj(s as PyEncoder, out, obj!);
    return out.finish();
  }],
]);

export function makeJson(): PyModule {
  const m = makeModule("_json", [
    ["encode_basestring_ascii", posFn("_json.encode_basestring_ascii", 1, 1, ([s]) => encodeTextAscii(strArg(s)))],
    ["encode_basestring", posFn("_json.encode_basestring", 1, 1, ([s]) => textObj(encodeBasestring(strArg(s))))],
    ["scanstring", scanstring],
  ], [["make_encoder", EncoderType], ["make_scanner", ScannerType]], "json speedups\n");
  asciiFn = m.dict.getStr("encode_basestring_ascii")!;
  plainFn = m.dict.getStr("encode_basestring")!;
  return m;
}
export { repr };
