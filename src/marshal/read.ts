// marshal.loads as CPython 3.10's r_object (Python/marshal.c) reads version 0-4 data: every type
// code, FLAG_REF / TYPE_REF, and the same exception for the same corrupt input (the type and text
// come from messages.ts). Declared sizes are never trusted for allocation: containers grow as their
// items are read, so a huge length on a short buffer fails at the end of the data, as it does on a
// 64-bit CPython. Lists, dicts, sets and StopIteration are read in full (so later corruption is
// reported as CPython would) and then refused, since PyConstant cannot hold them. marshal.load's
// file is read as r_string reads one: each piece when it is needed, exactly its size.
import { CodeObject } from "../bytecode/code.ts";
import { Ellipsis, PyBytes, PyComplex, PyFrozenSet, PyTuple, type PyConstant } from "../bytecode/constants.ts";
import { CO_NOFREE, CO_VARARGS, CO_VARKEYWORDS } from "../bytecode/flags.ts";
import { makeFrozenSet } from "../bytecode/frozenset.ts";
import * as T from "./codes.ts";
import { fromDigits15 } from "./long-digits.ts";
import { marshalError, unhashable, unrepresentable } from "./messages.ts";
import { parseTextFloat } from "./text-float.ts";
import { decodeUtf8Text } from "./utf8.ts";
import { latin1 } from "../support/text/bytes-methods.ts";

/** What r_object returns without an exception: TYPE_NULL (which ends a dict). */
const NULL = Symbol("NULL");

/**
 * A value marshal can hold but PyConstant cannot (a list, dict, set or StopIteration), with what it
 * holds: loads() refuses the result if one was read; loadsAny() returns it for the marshal module,
 * which makes the runtime object.
 */
export class Unrepresentable {
  /** A list's or set's items; a dict's keys and values, alternating. */
  readonly items: Value[] = [];
  constructor(
    readonly what: string,
    /** The type name hash() rejects, or null when the object is hashable (StopIteration). */
    readonly unhashableType: string | null,
  ) {}
}

/**
 * A float read with FLAG_REF outside a code object, for the marshal module: every reference to it
 * gives this one object, so it becomes one runtime float, as r_object returns one float object for
 * all of them. (The other referable values are JS objects already; a float is a JS number.)
 */
export class SharedFloat {
  constructor(readonly value: number) {}
}

export type Value = PyConstant | Unrepresentable | SharedFloat;

/**
 * marshal.load's file: up to n more bytes (fewer at its end), read at the moment the reader needs
 * them, as r_string calls readinto for each piece.
 */
export type MoreBytes = (n: number) => Uint8Array;
/** A slot r_ref_reserve holds until the object is complete: referring to it is invalid. */
const RESERVED = Symbol("reserved");

class Reader {
  private pos = 0;
  private depth = 0;
  private readonly refs: (Value | typeof RESERVED)[] = [];
  /**
   * Referable tuples whose items are still being read, innermost last: a reference to one makes a
   * cycle. Only a tuple with FLAG_REF can be referred to, so the others are not listed.
   */
  private readonly building: PyTuple[] = [];
  /** The first value read that PyConstant cannot hold. */
  firstUnrepresentable: Unrepresentable | null = null;
  /** How many code objects are being read: floats inside them stay plain numbers (PyConstant). */
  private codeDepth = 0;
  /** Why the last r_byte from the file gave -1: its EOFError, or what readinto raised. */
  private byteError: unknown = null;

  /**
   * Reads `data`, then (with `more`) a file piece by piece: each read takes exactly what it needs, so
   * `data` is always used up when more is asked for. `shareFloats` makes SharedFloats.
   */
  constructor(
    private data: Uint8Array,
    private readonly more: MoreBytes | null = null,
    private readonly shareFloats = false,
  ) {}

  /** Makes n more bytes readable at pos: from the file (EOFError if it has fewer), else the data is too short. */
  private need(n: number): void {
    if (this.more === null) throw marshalError("tooShort");
    const piece = this.more(n);
    if (piece.length < n) throw marshalError("eofNotExpected");
    this.data = piece;
    this.pos = 0;
  }

  /** r_byte: -1 at the end of the data or the file. */
  private byte(): number {
    if (this.pos < this.data.length) return this.data[this.pos++];
    if (this.more === null) return -1;
    try {
      this.need(1);
    } catch (e) {
      this.byteError = e;
      return -1;
    }
    return this.data[this.pos++];
  }

  /** r_string: n bytes, or EOFError when fewer are left. */
  private bytes(n: number): Uint8Array {
    if (this.data.length - this.pos < n) this.need(n);
    const out = this.data.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  /** r_long: a signed little-endian 32-bit int. */
  private long(): number {
    if (this.data.length - this.pos < 4) this.need(4);
    const d = this.data;
    const p = this.pos;
    this.pos = p + 4;
    return d[p] | (d[p + 1] << 8) | (d[p + 2] << 16) | (d[p + 3] << 24);
  }

  /** r_short: a signed little-endian 16-bit int. */
  private short(): number {
    if (this.data.length - this.pos < 2) this.need(2);
    const d = this.data;
    const p = this.pos;
    this.pos = p + 2;
    return ((d[p] | (d[p + 1] << 8)) << 16) >> 16;
  }

  private floatValue(flag: boolean, x: number): Value {
    return this.ref(flag, flag && this.shareFloats && this.codeDepth === 0 ? new SharedFloat(x) : x);
  }

  private float(): number {
    return new DataView(this.bytes(8).slice().buffer).getFloat64(0, true);
  }

  /** A length in [0, SIZE32_MAX], or the ValueError for this kind of object. */
  private size(error: Parameters<typeof marshalError>[0]): number {
    const n = this.long();
    if (n < 0) throw marshalError(error);
    return n;
  }

  private ref<V extends Value>(flag: boolean, v: V): V {
    if (flag) this.refs.push(v);
    return v;
  }

  private reserve(flag: boolean): number {
    if (!flag) return -1;
    this.refs.push(RESERVED);
    return this.refs.length - 1;
  }

  private unrepresentable(what: string, unhashableType: string | null): Unrepresentable {
    const u = new Unrepresentable(what, unhashableType);
    this.firstUnrepresentable ??= u;
    return u;
  }

  // object() and the container readers are the recursive path and keep their frames small: a
  // 2000-deep nesting (CPython's limit) must fit in the JS stack with room to spare.
  object(): Value | typeof NULL {
    const code = this.byte();
    if (code < 0) throw marshalError("eofObject");
    if (++this.depth > T.MAX_MARSHAL_STACK_DEPTH) throw marshalError("recursion");
    const type = code & ~T.FLAG_REF;
    const flag = (code & T.FLAG_REF) !== 0;
    let v: Value | typeof NULL;
    if (type === T.TYPE_SMALL_TUPLE || type === T.TYPE_TUPLE) {
      let n = type === T.TYPE_TUPLE ? this.size("tupleSize") : this.byte();
      if (n < 0) {
        // r_byte's EOF: reading the file failed with an error, which is reported; at the end of
        // the data there is none, and EOF cast to unsigned char reads as 255.
        if (this.byteError !== null) throw this.byteError;
        n = 255;
      }
      const items: Value[] = [];
      const t = this.ref(flag, new PyTuple(items as PyConstant[]));
      if (flag) this.building.push(t);
      for (let i = 0; i < n; i++) {
        const x = this.object();
        if (x === NULL) throw marshalError("nullTuple");
        items.push(x);
      }
      if (flag) this.building.pop();
      v = t;
    } else if (type === T.TYPE_CODE) v = this.code(flag);
    else if (type === T.TYPE_SET || type === T.TYPE_FROZENSET) v = this.set(flag, type === T.TYPE_FROZENSET);
    else if (type === T.TYPE_LIST) v = this.list(flag);
    else if (type === T.TYPE_DICT) v = this.dict(flag);
    else v = this.scalar(type, flag);
    this.depth--;
    return v;
  }

  /** Everything without items. */
  private scalar(type: number, flag: boolean): Value | typeof NULL {
    switch (type) {
      case T.TYPE_NULL: return NULL;
      case T.TYPE_NONE: return null;
      case T.TYPE_STOPITER: return this.unrepresentable("StopIteration", null);
      case T.TYPE_ELLIPSIS: return Ellipsis;
      case T.TYPE_FALSE: return false;
      case T.TYPE_TRUE: return true;
      case T.TYPE_INT: return this.ref(flag, BigInt(this.long()));
      case T.TYPE_INT64: {
        const b = this.bytes(8);
        return this.ref(flag, new DataView(b.slice().buffer).getBigInt64(0, true));
      }
      case T.TYPE_LONG: return this.ref(flag, this.pyLong());
      case T.TYPE_FLOAT: return this.floatValue(flag, this.textFloat());
      case T.TYPE_BINARY_FLOAT: return this.floatValue(flag, this.float());
      case T.TYPE_COMPLEX: {
        const real = this.textFloat();
        return this.ref(flag, new PyComplex(real, this.textFloat()));
      }
      case T.TYPE_BINARY_COMPLEX: {
        const real = this.float();
        return this.ref(flag, new PyComplex(real, this.float()));
      }
      case T.TYPE_STRING: return this.ref(flag, new PyBytes(this.bytes(this.size("bytesSize")).slice()));
      case T.TYPE_ASCII:
      case T.TYPE_ASCII_INTERNED:
        return this.ref(flag, latin1(this.bytes(this.size("stringSize"))));
      case T.TYPE_SHORT_ASCII:
      case T.TYPE_SHORT_ASCII_INTERNED: {
        const n = this.byte();
        if (n < 0) throw marshalError("eofObject");
        return this.ref(flag, latin1(this.bytes(n)));
      }
      case T.TYPE_UNICODE:
      case T.TYPE_INTERNED:
        return this.ref(flag, decodeUtf8Text(this.bytes(this.size("stringSize")), "surrogatepass"));
      case T.TYPE_REF: {
        const n = this.long();
        const v = n >= 0 && n < this.refs.length ? this.refs[n] : RESERVED;
        if (v === RESERVED) throw marshalError("invalidRef");
        if (v instanceof PyTuple && this.building.includes(v)) return this.unrepresentable("a tuple that contains itself", null);
        return v;
      }
      default:
        throw marshalError("unknownType");
    }
  }

  private textFloat(): number {
    const n = this.byte();
    if (n < 0) throw marshalError("eofObject");
    return parseTextFloat(this.bytes(n));
  }

  /** r_PyLong: a signed count of base-2**15 digits, each in [0, 2**15), the top one nonzero. */
  private pyLong(): bigint {
    const n = this.long();
    if (n === 0) return 0n;
    if (n === -0x80000000) throw marshalError("longSize");
    const count = Math.abs(n);
    const digits: number[] = [];
    for (let i = 0; i < count; i++) {
      const d = this.short();
      if (d < 0) throw marshalError("longDigit");
      if (d === 0 && i === count - 1) throw marshalError("longUnnormalized");
      digits.push(d);
    }
    const v = fromDigits15(digits);
    return n < 0 ? -v : v;
  }

  private list(flag: boolean): Value {
    const n = this.size("listSize");
    const l = this.ref(flag, this.unrepresentable("a list", "list"));
    for (let i = 0; i < n; i++) {
      const v = this.object();
      if (v === NULL) throw marshalError("nullList");
      l.items.push(v);
    }
    return l;
  }

  private dict(flag: boolean): Value {
    const d = this.ref(flag, this.unrepresentable("a dict", "dict"));
    for (;;) {
      const key = this.object();
      if (key === NULL) break;
      const value = this.object();
      if (value === NULL) break;
      checkHashable(key);
      d.items.push(key, value);
    }
    return d;
  }

  private set(flag: boolean, frozen: boolean): Value {
    const n = this.size("setSize");
    if (frozen && n === 0) return this.ref(flag, new PyFrozenSet([]));
    // A set is registered at once; a frozenset only when complete (it must not be seen half-built).
    const placeholder = frozen ? undefined : this.ref(flag, this.unrepresentable("a set", "set"));
    const idx = frozen ? this.reserve(flag) : -1;
    const items: Value[] = [];
    for (let i = 0; i < n; i++) {
      const v = this.object();
      if (v === NULL) throw marshalError("nullSet");
      checkHashable(v);
      items.push(v);
    }
    if (placeholder) {
      placeholder.items.push(...items);
      return placeholder;
    }
    const fs = frozenSetOf(items);
    if (idx >= 0) this.refs[idx] = fs;
    return fs;
  }

  private code(flag: boolean): Value | typeof NULL {
    this.codeDepth++;
    const co = this.codeObject(flag);
    this.codeDepth--;
    return co;
  }

  private codeObject(flag: boolean): Value | typeof NULL {
    const idx = this.reserve(flag);
    const counts: number[] = [];
    for (let i = 0; i < 6; i++) counts.push(this.long());
    const [argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags] = counts;
    const fields: (Value | typeof NULL)[] = [];
    for (let i = 0; i < 8; i++) {
      const v = this.object();
      if (v === NULL) return NULL;
      fields.push(v);
    }
    const firstlineno = this.long();
    const linetable = this.object();
    if (linetable === NULL) return NULL;
    const [code, consts, names, varnames, freevars, cellvars, filename, name] = fields;
    // PyCode_NewWithPosOnlyArgs's checks, in its order.
    if (argcount < posonlyargcount || posonlyargcount < 0 || kwonlyargcount < 0 || nlocals < 0 || stacksize < 0 || flags < 0 ||
      !(code instanceof PyBytes) || !(consts instanceof PyTuple) || !(names instanceof PyTuple) ||
      !(varnames instanceof PyTuple) || !(freevars instanceof PyTuple) || !(cellvars instanceof PyTuple) ||
      typeof name !== "string" || typeof filename !== "string" || !(linetable instanceof PyBytes)) {
      throw marshalError("codeBadArgument");
    }
    const strings = (t: PyTuple): string[] => {
      if (!t.items.every((s) => typeof s === "string")) throw marshalError("codeNonString");
      return t.items as string[];
    };
    const co_names = strings(names), co_varnames = strings(varnames), co_freevars = strings(freevars), co_cellvars = strings(cellvars);
    const co_flags = co_cellvars.length === 0 && co_freevars.length === 0 ? flags | CO_NOFREE : flags & ~CO_NOFREE;
    const totalArgs = argcount <= co_varnames.length && kwonlyargcount <= co_varnames.length
      ? argcount + kwonlyargcount + (co_flags & CO_VARARGS ? 1 : 0) + (co_flags & CO_VARKEYWORDS ? 1 : 0)
      : co_varnames.length + 1;
    if (totalArgs > co_varnames.length) throw marshalError("codeVarnames");
    const co = new CodeObject({
      co_argcount: argcount, co_posonlyargcount: posonlyargcount, co_kwonlyargcount: kwonlyargcount, co_nlocals: nlocals,
      co_stacksize: stacksize, co_flags, co_code: code.bytes,
      co_consts: this.shareFloats ? consts.items.map(plainConst) as PyConstant[] : [...consts.items], co_names, co_varnames,
      co_freevars, co_cellvars, co_filename: filename, co_name: name, co_firstlineno: firstlineno, co_linetable: linetable.bytes,
    });
    if (idx >= 0) this.refs[idx] = co;
    return co;
  }
}


/** hash(v) fails for a list, dict or set, also inside a tuple or a code object's constants. */
function checkHashable(v: Value): void {
  if (v instanceof Unrepresentable) {
    if (v.unhashableType) throw unhashable(v.unhashableType);
  } else if (v instanceof PyTuple) v.items.forEach(checkHashable);
  else if (v instanceof CodeObject) v.co_consts.forEach(checkHashable);
}

/** Whether v is or holds a value only the marshal module's runtime objects can stand for. */
function holdsRuntimeOnly(v: Value): boolean {
  if (v instanceof Unrepresentable || v instanceof SharedFloat) return true;
  if (v instanceof PyTuple || v instanceof PyFrozenSet) return (v.items as Value[]).some(holdsRuntimeOnly);
  if (v instanceof CodeObject) return v.co_consts.some(holdsRuntimeOnly);
  return false;
}

/**
 * A frozenset read with these items in this order. Its constant form keeps CPython's iteration
 * order, which needs their hashes; with a runtime-only item it is refused as a constant or made a
 * runtime frozenset (which orders itself) anyway, so it keeps the items as read.
 */
function frozenSetOf(items: Value[]): PyFrozenSet {
  return items.some(holdsRuntimeOnly) ? new PyFrozenSet(items as PyConstant[]) : makeFrozenSet(items as PyConstant[]);
}

/** A value read outside a code object (a reference to it) as one of its constants: floats plain. */
function plainConst(v: Value): Value {
  if (v instanceof SharedFloat) return v.value;
  if (!holdsRuntimeOnly(v)) return v;
  if (v instanceof PyTuple) return new PyTuple(v.items.map(plainConst) as PyConstant[]);
  if (v instanceof PyFrozenSet) return frozenSetOf(v.buildOrder.map(plainConst));
  return v;
}

/**
 * The first value in `bytes`, then in what `more` reads, as marshal.loads and marshal.load read it:
 * lists, dicts, sets and StopIteration included (as Unrepresentable), and referable floats as
 * SharedFloat.
 */
export function loadsAny(bytes: Uint8Array, more: MoreBytes | null = null): Value {
  const r = new Reader(bytes, more, true);
  const v = r.object();
  if (v === NULL) throw marshalError("nullObject");
  return v;
}

/**
 * marshal.loads(bytes) for constants: the first value in `bytes` (extra bytes are ignored). Raises
 * PyError with CPython's exception for corrupt data, and a TypeError for values that are no constant.
 */
export function loads(bytes: Uint8Array): PyConstant {
  const r = new Reader(bytes);
  const v = r.object();
  if (v === NULL) throw marshalError("nullObject");
  if (r.firstUnrepresentable) throw unrepresentable(r.firstUnrepresentable.what);
  return v as PyConstant;
}
