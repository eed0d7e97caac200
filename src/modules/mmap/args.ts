// mmap's methods take their arguments with PyArg_ParseTuple (METH_VARARGS), whose messages differ
// from the clinic's and from defMethods' unpacking ones: "seek() takes at most 2 arguments (3
// given)". Each such method checks the map is open (CHECK_VALID) before it looks at its arguments,
// but keywords are refused by the call itself, first. The format units' conversions are here too.
import {
  type PyObj, type NativeMethod, typeError, newExc, OverflowError, asIndex, bufferBytes, typeOf, None, asInt,
} from "../../objects/index.ts";
import { cIntArg, ssizeArg } from "../util.ts";
import type { PyMmap } from "./object.ts";

/** A METH_VARARGS method of min..max positional arguments, run on an open map. */
export function varargs(name: string, min: number, max: number, f: (m: PyMmap, data: Uint8Array, args: PyObj[]) => PyObj): NativeMethod {
  return (self, args, kw) => {
    if (kw && kw.length) throw typeError(`${name}() takes no keyword arguments`);
    const m = self as PyMmap;
    const data = m.live();
    const n = args.length;
    if (n < min || n > max) {
      const bound = min === max ? "exactly" : n < min ? "at least" : "at most";
      const want = n < min ? min : max;
      throw typeError(`${name}() takes ${bound} ${want} argument${want === 1 ? "" : "s"} (${n} given)`);
    }
    return f(m, data, args);
  };
}

/** "n": a Py_ssize_t through __index__. */
export const ssize = ssizeArg;
/** "i": a C int. */
export const cInt = cIntArg;

/** "b": an unsigned char given as an int (write_byte). */
export function ubyte(x: PyObj): number {
  const v = asIndex(x);
  if (typeof v === "bigint") throw newExc(OverflowError, "Python int too large to convert to C long");
  if (v < 0) throw newExc(OverflowError, "unsigned byte integer is less than minimum");
  if (v > 255) throw newExc(OverflowError, "unsigned byte integer is greater than maximum");
  return v;
}

/** "y*": the bytes of any object with the buffer protocol. */
export function buffer(x: PyObj): Uint8Array {
  const b = bufferBytes(x);
  if (b === null) throw typeError(`a bytes-like object is required, not '${typeOf(x).name}'`);
  return b;
}

/** _Py_convert_optional_to_ssize_t: None or an integer (read's size); undefined when None. */
export function optionalSize(x: PyObj | undefined): number | undefined {
  if (x === undefined || x === None) return undefined;
  if (asInt(x) === null && typeOf(x).lookup("__index__") === undefined) throw typeError(`argument should be integer or None, not '${typeOf(x).name}'`);
  return ssizeArg(x);
}
