// marshal.dumps as CPython 3.10's w_object (Python/marshal.c) writes versions 0-4.
// CPython sets FLAG_REF on an object whose reference count is above 1 and writes TYPE_REF for the
// same object met again. dislab has no reference counts, so it models why they are above 1 in a
// freshly compiled module: the compiler merges equal constants, bytecode strings and name tuples
// of the whole module into one object each (merge_const_one), interned strings (names, name-like
// constants) are mostly held by other modules too, the file name is shared by every code object,
// small ints, the empty tuple and one-character strings are cached singletons, and the caller holds
// the root. CPython's own output depends on what else its process holds (an identifier only this
// module uses is not flagged), so the model can only come close; any output loads back to equal values.
import { CodeObject } from "../bytecode/code.ts";
import { PyBytes, PyComplex, PyEllipsis, PyFrozenSet, PyTuple, type PyConstant } from "../bytecode/constants.ts";
import * as T from "./codes.ts";
import { SplitStr } from "../support/text/split-str.ts";
import { digits15 } from "./long-digits.ts";
import { marshalError } from "./messages.ts";
import { formatTextFloat } from "./text-float.ts";
import { encodeUtf8SurrogatePass, isAscii } from "./utf8.ts";

/**
 * A list, dict, set or StopIteration for marshal.dumps of runtime values (the marshal module):
 * `items` are a list's or set's items, a dict's keys and values alternating. Each is one object
 * (its identity is the JS object's), so one met twice is written as a reference. "unmarshallable"
 * stands for a value of any other type: w_object writes TYPE_UNKNOWN for it and goes on.
 */
export class MarshalContainer {
  readonly items: (PyConstant | MarshalContainer)[] = [];
  constructor(readonly kind: "list" | "dict" | "set" | "stopiteration" | "unmarshallable") {}
}

class ByteSink {
  private buf = new Uint8Array(256);
  length = 0;

  private reserve(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.length));
    this.buf = b;
  }
  byte(b: number): void {
    this.reserve(1);
    this.buf[this.length++] = b & 0xff;
  }
  long(x: number): void {
    this.reserve(4);
    for (let i = 0; i < 4; i++) this.buf[this.length++] = (x >>> (8 * i)) & 0xff;
  }
  bytes(b: Uint8Array): void {
    this.reserve(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

/** all_name_chars(): the string constants code objects intern (ASCII letters, digits, '_'). */
const NAME_CHARS = /^[A-Za-z0-9_]*$/;

const floatBits = (x: number) => {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setFloat64(0, x, true);
  return b;
};
const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");

/**
 * The identity of a value in the model: values with the same key are one object in CPython. Keys
 * follow _PyCode_ConstantKey (type-strict, -0.0 apart from 0.0); code objects are their own key.
 */
class Identities {
  private readonly memo = new Map<object, string>();
  private codeIds = 0;

  key(v: PyConstant, filename = false): string | null {
    if (v === null || typeof v === "boolean" || v instanceof PyEllipsis) return null;
    switch (typeof v) {
      case "bigint": return "i" + v;
      case "number": return "f" + hex(floatBits(v));
      case "string": return (filename ? "F" : "s") + v;
    }
    if (v instanceof SplitStr) return "S" + v.cuts.join(",") + ":" + v.units;
    let k = this.memo.get(v);
    if (k !== undefined) return k;
    if (v instanceof PyComplex) k = "j" + hex(floatBits(v.real)) + hex(floatBits(v.imag));
    else if (v instanceof PyBytes) k = "b" + hex(v.bytes);
    else if (v instanceof PyTuple || v instanceof PyFrozenSet) {
      const parts: string[] = [];
      for (let i = 0; i < v.items.length; i++) parts.push(this.key(v.items[i]) ?? String(v.items[i]));
      k = v instanceof PyTuple ? "t(" + parts.join(",") + ")" : "z(" + parts.sort().join(",") + ")";
    }
    else k = "c" + this.codeIds++;
    this.memo.set(v, k);
    return k;
  }
}

class Writer {
  private readonly out = new ByteSink();
  private depth = 0;
  private readonly ids = new Identities();
  private readonly counts = new Map<string, number>();
  /** Keys of strings CPython would have interned. */
  private readonly interned = new Set<string>();
  /** Keys always flagged: interned strings and the file name. */
  private readonly held = new Set<string>();
  private readonly refIndex = new Map<string, number>();

  constructor(private readonly version: number) {}

  /**
   * The last error met (WFERR_*): as w_object, the writer records it and writes on, so a value
   * both unmarshallable and too deep reports whichever it met last.
   */
  private error: "unmarshallable" | "tooDeep" | null = null;

  dump(root: PyConstant | MarshalContainer): Uint8Array {
    if (this.version >= 3) this.survey(root, false);
    this.object(root, true);
    if (this.error !== null) throw marshalError(this.error);
    return this.out.result();
  }

  /** First pass: how often each identity occurs, and which strings are interned. */
  private survey(v: PyConstant, asConstant: boolean): void {
    const k = this.ids.key(v);
    if (k !== null) {
      const seen = this.counts.get(k) ?? 0;
      this.counts.set(k, seen + 1);
      if (seen > 0) return;
    }
    if (typeof v === "string" && asConstant && NAME_CHARS.test(v)) this.intern(k!);
    if (v instanceof PyTuple || v instanceof PyFrozenSet) for (let i = 0; i < v.items.length; i++) this.survey(v.items[i], asConstant);
    if (v instanceof MarshalContainer) for (let i = 0; i < v.items.length; i++) this.survey(v.items[i] as PyConstant, asConstant);
    if (v instanceof CodeObject) {
      this.survey(new PyBytes(v.co_code), false);
      this.survey(new PyTuple(v.co_consts), true);
      for (const names of [v.co_names, v.co_varnames, v.co_freevars, v.co_cellvars]) {
        for (const s of names) this.intern(this.ids.key(s)!);
        this.survey(new PyTuple(names), false);
      }
      this.intern(this.ids.key(v.co_name)!);
      this.survey(v.co_name, false);
      this.held.add(this.ids.key(v.co_filename, true)!);
      this.survey(new PyBytes(v.co_linetable), false);
    }
  }

  /**
   * An interned string is flagged even when this module uses it once: the same object is usually
   * held elsewhere in the process (another module's names, builtins), so its count is above 1.
   */
  private intern(k: string): void {
    this.interned.add(k);
    this.held.add(k);
  }

  /** w_ref: writes TYPE_REF for an object already written (-1), else the FLAG_REF bit to set or 0. */
  private ref(v: PyConstant, isRoot: boolean, filename: boolean): number {
    if (this.version < 3) return 0;
    const k = this.ids.key(v, filename)!;
    const idx = this.refIndex.get(k);
    if (idx !== undefined) {
      this.out.byte(T.TYPE_REF);
      this.out.long(idx);
      return -1;
    }
    if (!(isRoot || this.held.has(k) || (this.counts.get(k) ?? 0) > 1 || isCachedSingleton(v))) return 0;
    this.refIndex.set(k, this.refIndex.size);
    return T.FLAG_REF;
  }

  // object() is the only recursive path and keeps its frame small: a 2000-deep nesting (CPython's
  // limit) must fit in the JS stack with room to spare.
  private object(v: PyConstant, isRoot = false, filename = false): void {
    if (++this.depth > T.MAX_MARSHAL_STACK_DEPTH) {
      this.error = "tooDeep";
      this.depth--;
      return;
    }
    if (v === null) this.out.byte(T.TYPE_NONE);
    else if (v === false) this.out.byte(T.TYPE_FALSE);
    else if (v === true) this.out.byte(T.TYPE_TRUE);
    else if (v instanceof PyEllipsis) this.out.byte(T.TYPE_ELLIPSIS);
    else if (v instanceof MarshalContainer && v.kind === "stopiteration") this.out.byte(T.TYPE_STOPITER);
    else {
      const flag = this.ref(v, isRoot, filename);
      if (flag >= 0) {
        if (v instanceof PyTuple) {
          this.tupleHeader(v.items.length, flag);
          for (let i = 0; i < v.items.length; i++) this.object(v.items[i]);
        } else if (v instanceof PyFrozenSet) {
          this.out.byte(T.TYPE_FROZENSET | flag);
          this.out.long(v.items.length);
          for (let i = 0; i < v.items.length; i++) this.object(v.items[i]);
        } else if (v instanceof MarshalContainer && v.kind === "unmarshallable") {
          this.out.byte(T.TYPE_UNKNOWN);
          this.error = "unmarshallable";
        } else if (v instanceof MarshalContainer) this.container(v, flag);
        else if (v instanceof CodeObject) this.code(v, flag);
        else this.scalar(v, flag, filename);
      }
    }
    this.depth--;
  }

  private tupleHeader(n: number, flag: number): void {
    if (this.version >= 4 && n < 256) {
      this.out.byte(T.TYPE_SMALL_TUPLE | flag);
      this.out.byte(n);
    } else {
      this.out.byte(T.TYPE_TUPLE | flag);
      this.out.long(n);
    }
  }

  private container(v: MarshalContainer, flag: number): void {
    const out = this.out;
    out.byte((v.kind === "list" ? T.TYPE_LIST : v.kind === "dict" ? T.TYPE_DICT : T.TYPE_SET) | flag);
    if (v.kind !== "dict") out.long(v.items.length);
    for (let i = 0; i < v.items.length; i++) this.object(v.items[i] as PyConstant);
    if (v.kind === "dict") out.byte(T.TYPE_NULL);
  }

  private code(v: CodeObject, flag: number): void {
    this.out.byte(T.TYPE_CODE | flag);
    for (const n of [v.co_argcount, v.co_posonlyargcount, v.co_kwonlyargcount, v.co_nlocals, v.co_stacksize, v.co_flags]) this.out.long(n);
    this.object(new PyBytes(v.co_code));
    this.object(new PyTuple(v.co_consts));
    for (const names of [v.co_names, v.co_varnames, v.co_freevars, v.co_cellvars]) this.object(new PyTuple(names));
    this.object(v.co_filename, false, true);
    this.object(v.co_name);
    this.out.long(v.co_firstlineno);
    this.object(new PyBytes(v.co_linetable));
  }

  /** Everything without items: int, float, complex, str, bytes. */
  private scalar(v: PyConstant, flag: number, filename: boolean): void {
    const out = this.out;
    const type = (t: number) => out.byte(t | flag);
    if (typeof v === "bigint") {
      if (v >= -0x80000000n && v <= 0x7fffffffn) {
        type(T.TYPE_INT);
        out.long(Number(v));
      } else {
        type(T.TYPE_LONG);
        const ds = digits15(v);
        out.long(v < 0n ? -ds.length : ds.length);
        for (const d of ds) out.byte(d), out.byte(d >> 8);
      }
    } else if (typeof v === "number") {
      if (this.version > 1) {
        type(T.TYPE_BINARY_FLOAT);
        out.bytes(floatBits(v));
      } else {
        type(T.TYPE_FLOAT);
        this.textFloat(v);
      }
    } else if (v instanceof SplitStr) {
      const data = encodeUtf8SurrogatePass(v);
      type(T.TYPE_UNICODE);
      out.long(data.length);
      out.bytes(data);
    } else if (typeof v === "string") {
      const interned = !filename && this.interned.has(this.ids.key(v)!);
      if (this.version >= 4 && isAscii(v)) {
        const data = Uint8Array.from(v, (c) => c.charCodeAt(0));
        if (data.length < 256) {
          type(interned ? T.TYPE_SHORT_ASCII_INTERNED : T.TYPE_SHORT_ASCII);
          out.byte(data.length);
        } else {
          type(interned ? T.TYPE_ASCII_INTERNED : T.TYPE_ASCII);
          out.long(data.length);
        }
        out.bytes(data);
      } else {
        const data = encodeUtf8SurrogatePass(v);
        type(this.version >= 3 && interned ? T.TYPE_INTERNED : T.TYPE_UNICODE);
        out.long(data.length);
        out.bytes(data);
      }
    } else if (v instanceof PyComplex) {
      if (this.version > 1) {
        type(T.TYPE_BINARY_COMPLEX);
        out.bytes(floatBits(v.real));
        out.bytes(floatBits(v.imag));
      } else {
        type(T.TYPE_COMPLEX);
        this.textFloat(v.real);
        this.textFloat(v.imag);
      }
    } else if (v instanceof PyBytes) {
      type(T.TYPE_STRING);
      out.long(v.bytes.length);
      out.bytes(v.bytes);
    } else {
      this.out.byte(T.TYPE_UNKNOWN);
      this.error = "unmarshallable";
    }
  }

  private textFloat(x: number): void {
    const s = formatTextFloat(x);
    this.out.byte(s.length);
    this.out.bytes(Uint8Array.from(s, (c) => c.charCodeAt(0)));
  }
}

/** Objects CPython keeps one shared instance of: small ints, '', 1-char Latin-1 str, b'', 1-byte bytes, (). */
function isCachedSingleton(v: PyConstant): boolean {
  if (typeof v === "bigint") return v >= -5n && v <= 256n;
  if (typeof v === "string") return v.length === 0 || (v.length === 1 && v.charCodeAt(0) < 256);
  if (v instanceof PyBytes) return v.bytes.length <= 1;
  if (v instanceof PyTuple) return v.items.length === 0;
  return false;
}

/**
 * marshal.dumps(value, version): the bytes CPython 3.10 writes for `value` (version 4 by default;
 * 3 adds no short forms, 2 no references, 1 and 0 write floats as text).
 */
export function dumps(value: PyConstant | MarshalContainer, version: number = T.MARSHAL_VERSION): Uint8Array {
  return new Writer(version).dump(value);
}
