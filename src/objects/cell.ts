// Cell objects (Objects/cellobject.c): the shared box of a variable captured by a closure.
// `value` is undefined while the cell is empty (never a Python value).
import { PyObject, type PyObj } from "./object.ts";
import { CellType } from "./builtin-types.ts";

export class PyCell extends PyObject {
  constructor(public value: PyObj | undefined = undefined) {
    super(CellType);
  }
}
