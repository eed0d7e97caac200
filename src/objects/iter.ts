// Native iterators (the C iterator objects' common shape): `step` returns the next value, or
// undefined once exhausted (never StopIteration), and `lengthHint` answers __length_hint__. Both
// are called as the iterator's methods (`it.step()`, `h.call(it)`), never detached: the list, tuple,
// range and str iterators share one function each, which reads `this`. In a
// module of its own, importing nothing at run time, so that types evaluated inside the objects'
// import cycle (list, range) can subclass it.
import { PyObject, type PyObj } from "./object.ts";
import type { PyType } from "./type.ts";

export class PyIter extends PyObject {
  constructor(
    cls: PyType,
    public step: () => PyObj | undefined,
    public lengthHint: (() => number) | null = null,
  ) {
    super(cls);
  }
  /**
   * Its step, when it ends, leaves a return value in lastStopValue for next() to raise
   * StopIteration with (asyncio's FutureIter sets it; declared only, so other iterators carry no field).
   */
  declare returnsValue?: boolean;
}
