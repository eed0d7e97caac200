// Boxed scalar values (design §1): float is always boxed (PyFloat), int and str subclass instances
// box their value, complex and bytes/bytearray hold their data. CPython: floatobject.c,
// complexobject.c, bytesobject.c, bytearrayobject.c; subclass instances share the base layout.
import { PyObject } from "./object.ts";
import type { PyType } from "./type.ts";
import { BytesType, ByteArrayType, ComplexType, FloatType } from "./builtin-types.ts";

export class PyFloat extends PyObject {
  constructor(
    public value: number,
    cls: PyType = FloatType,
  ) {
    super(cls);
  }
}

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

export class PyBytesObj extends PyObject {
  constructor(
    public bytes: Uint8Array,
    cls: PyType = BytesType,
  ) {
    super(cls);
  }
}

export class PyByteArray extends PyObject {
  constructor(
    public bytes: Uint8Array,
    cls: PyType = ByteArrayType,
  ) {
    super(cls);
  }
}

export const newFloat = (v: number): PyFloat => new PyFloat(v);
setBytesOf((b) => new PyBytesObj(b));
import { setBytesOf } from "./exceptions.ts";
