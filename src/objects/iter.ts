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
  /**
   * FOR_ITER with UNPACK_SEQUENCE 2 right after it (`for i, x in enumerate(xs)`, `for k, v in
   * d.items()`), in iterators that make pairs: the next pair's items go to out[at + 1] (the first)
   * and out[at], as UNPACK_SEQUENCE leaves them, and it returns PAIRED, without the tuple only that
   * unpacking would have seen (CPython's enumerate, zip and dict items iterators reuse theirs for
   * the same reason); or it returns the next value as `step` does (undefined at the end).
   */
  nextPair?(out: PyObj[], at: number): PyObj | undefined;
}

/** nextPair's result when it wrote the pair's items. */
export const PAIRED = Object.freeze({ paired: true }) as unknown as PyObj;
