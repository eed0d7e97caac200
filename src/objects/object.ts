// The value representation of the runtime (docs/vm-design.md §1): small ints are JS numbers, big
// ints bigints, bool JS booleans, str JS strings, everything else a PyObject whose `cls` is its
// Python type. CPython's counterpart is Include/object.h (PyObject, ob_type). The singletons None,
// NotImplemented and Ellipsis are PyObjects so JS null/undefined never appear as Python values.
import type { PyType } from "./type.ts";
import type { PyDict } from "./dict.ts";

export type PyObj = number | bigint | boolean | string | PyObject;

export class PyObject {
  cls: PyType;
  /** The instance __dict__, or null for objects without one. */
  dict: PyDict | null;
  constructor(cls: PyType) {
    this.cls = cls;
    this.dict = null;
  }
}

/** An instance of a user class whose solid base is object (the common case). */
export class PyInstance extends PyObject {
  /** __slots__ values by position in cls.slotNames (undefined: unset), made at the first store. */
  slots: (PyObj | undefined)[] | null = null;
}

/** The three singletons, created by builtin-types.ts once their types exist. */
export class PySingleton extends PyObject {}
