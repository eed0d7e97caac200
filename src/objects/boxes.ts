// Boxed scalar values (design §1): float is always boxed (PyFloat), int and str subclass instances
// box their value, complex and bytes/bytearray hold their data. CPython: floatobject.c,
// complexobject.c, bytesobject.c, bytearrayobject.c; subclass instances share the base layout.
import { PyObject } from "./object.ts";
import type { PyType } from "./type.ts";
import { BytesType, ByteArrayType, ComplexType, FloatType, StrType } from "./builtin-types.ts";
import { SplitStr, type Text } from "../support/text/split-str.ts";

/** A float: its value, and its type (float, or a subclass whose instances may also have a __dict__). */
export interface PyFloat extends PyObject {
  value: number;
}
// A constructor of its own rather than PyObject's, which stores `dict` in every object: an exact
// float has no __dict__, and the prototype's null answers for it, so a float is two fields (cls,
// value) where it was three (56 bytes allocated per result instead of 64). A subclass instance
// given a __dict__ has it as its own property.
export const PyFloat = function PyFloat(this: PyFloat, value: number, cls: PyType = FloatType) {
  this.cls = cls;
  this.value = value;
} as unknown as { new (value: number, cls?: PyType): PyFloat; prototype: PyFloat };
PyFloat.prototype = Object.create(PyObject.prototype, {
  constructor: { value: PyFloat, writable: true, configurable: true },
  dict: { value: null, writable: true, configurable: true },
});

export class PyComplexObj extends PyObject {
  constructor(
    public real: number,
    public imag: number,
    cls: PyType = ComplexType,
  ) {
    super(cls);
  }
}

export class PyIntSubclass extends PyObject {
  constructor(
    public value: number | bigint,
    cls: PyType,
  ) {
    super(cls);
  }
}

export class PyStrSubclass extends PyObject {
  constructor(
    public value: string,
    cls: PyType,
  ) {
    super(cls);
  }
}

/**
 * A str (or str subclass instance) holding a false pair (a lone high surrogate code point followed by a lone low one),
 * which no JS string can keep apart: `text` holds the exact code points, `value` the UTF-16 units
 * with the pairs merged (what asStr sees, so any operation without an exact path treats the pair as
 * one astral character). Only the operations listed in docs/vm-design.md make or read these; see
 * src/support/text/split-str.ts.
 */
export class PySplitStr extends PyStrSubclass {
  constructor(
    readonly text: SplitStr,
    cls: PyType = StrType,
  ) {
    super(text.units, cls);
  }
}

/** A str value as a runtime object: plain JS string, or a PySplitStr when it holds a false pair. */
export const textObj = (t: Text): string | PySplitStr => (typeof t === "string" ? t : new PySplitStr(t));

/** The exact text of a str or str subclass instance, else null. */
export function asText(x: unknown): Text | null {
  if (typeof x === "string") return x;
  if (x instanceof PySplitStr) return x.text;
  if (x instanceof PyStrSubclass) return x.value;
  return null;
}

export class PyBytesObj extends PyObject {
  constructor(
    public bytes: Uint8Array,
    cls: PyType = BytesType,
  ) {
    super(cls);
    // CPython keeps one empty bytes object: b"", bytes(), b"abc"[3:], b"".join([])... are all it
    if (bytes.length === 0 && cls === BytesType && emptyBytes !== undefined) return emptyBytes;
  }
}
let emptyBytes: PyBytesObj | undefined;
emptyBytes = new PyBytesObj(new Uint8Array(0));

export class PyByteArray extends PyObject {
  /**
   * CPython's ob_alloc (what __alloc__ and __sizeof__ show: the contents, a NUL, and spare room) and
   * the contents' offset in it (ob_start - ob_bytes, which deletions at the front advance), as
   * PyByteArray_Resize leaves them (bytes.ts noteResize). A new bytearray has room for exactly its
   * contents and the NUL, an empty one none.
   */
  alloc: number;
  start = 0;
  constructor(
    public bytes: Uint8Array,
    cls: PyType = ByteArrayType,
  ) {
    super(cls);
    this.alloc = bytes.length === 0 ? 0 : bytes.length + 1;
  }
}

export const newFloat = (v: number): PyFloat => new PyFloat(v);
setBytesOf((b) => new PyBytesObj(b));
setTextObjOf(textObj);
import { setBytesOf, setTextObjOf } from "./exceptions.ts";
