// Shared by audioop.ts and audioop-codecs.ts: audioop.error, Argument Clinic's converters for
// audioop's arguments (Py_buffer, int, Py_ssize_t), the width checks, and reading and writing
// signed little-endian samples 1 to 4 bytes wide (the C code's GETRAWSAMPLE/SETRAWSAMPLE and
// their 32-bit-scaled GETSAMPLE32/SETSAMPLE32).
import {
  type PyObj, PyType, PyBytesObj, PyByteArray, PyMemoryView, PyFloat, TypeType, Exception, typeOf, typeError, newExc, asIndex, OverflowError,
  otherBufferBytes,
} from "../objects/index.ts";

/** audioop.error: made with the module, as the C module keeps it in its state. */
export let AudioopError: PyType;
export function newAudioopError(): PyType {
  AudioopError = new PyType(TypeType, "error", [Exception]);
  AudioopError.heap = true;
  AudioopError.hasDict = true;
  AudioopError.ns.set("__module__", "audioop");
  return AudioopError;
}
export const audioopError = (msg: string) => newExc(AudioopError, msg);

export const MAXVAL = [0, 0x7f, 0x7fff, 0x7fffff, 0x7fffffff];
export const MINVAL = [0, -0x80, -0x8000, -0x800000, -0x80000000];

// ---- arguments (Argument Clinic's converters) --------------------------------------------------------------

/** A Py_buffer argument: the bytes of a C-contiguous buffer. */
export function fragmentArg(x: PyObj): Uint8Array {
  if (x instanceof PyBytesObj || x instanceof PyByteArray) return x.bytes;
  if (x instanceof PyMemoryView) return x.bytes();
  const b = otherBufferBytes(x);
  if (b !== null) return b;
  throw typeError(`a bytes-like object is required, not '${typeOf(x).name}'`);
}

/** The `int` converter (_PyLong_AsInt). */
export function intArg(x: PyObj): number {
  if (x instanceof PyFloat) throw typeError("'float' object cannot be interpreted as an integer");
  const v = asIndex(x);
  if (v > 2147483647 || v < -2147483648) throw newExc(OverflowError, "Python int too large to convert to C int");
  return Number(v);
}

/** The `Py_ssize_t` converter. */
export function ssizeArg(x: PyObj): number {
  if (x instanceof PyFloat) throw typeError("'float' object cannot be interpreted as an integer");
  const v = asIndex(x);
  if (v >= 2n ** 63n || v < -(2n ** 63n)) throw newExc(OverflowError, "Python int too large to convert to C ssize_t");
  return Number(v);
}

/** audioop_check_size. */
export function checkSize(width: number): void {
  if (width < 1 || width > 4) throw audioopError("Size should be 1, 2, 3 or 4");
}

/** audioop_check_parameters: a valid width and a whole number of samples. */
export function checkParameters(len: number, width: number): void {
  checkSize(width);
  if (len % width !== 0) throw audioopError("not a whole number of frames");
}

// ---- samples ----------------------------------------------------------------------------------------

/** The signed sample of `width` bytes at byte offset i (GETRAWSAMPLE). */
export function getSample(b: Uint8Array, i: number, width: number): number {
  switch (width) {
    case 1:
      return (b[i] << 24) >> 24;
    case 2:
      return ((b[i] | (b[i + 1] << 8)) << 16) >> 16;
    case 3:
      return ((b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) << 8) >> 8;
    default:
      return b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);
  }
}

/** Stores the low `width` bytes of val at byte offset i (SETRAWSAMPLE: the C cast truncates). */
export function setSample(b: Uint8Array, i: number, width: number, val: number): void {
  for (let k = 0; k < width; k++) b[i + k] = (val >> (8 * k)) & 0xff;
}

/** A sample scaled to 32 bits: its bits at the top of an int (GETSAMPLE32). */
export const getSample32 = (b: Uint8Array, i: number, width: number): number => getSample(b, i, width) << (32 - 8 * width);
/** The top `width` bytes of a 32-bit value stored as a sample (SETSAMPLE32). */
export const setSample32 = (b: Uint8Array, i: number, width: number, val: number): void => setSample(b, i, width, val >> (32 - 8 * width));

/**
 * A C (int) cast of a double: toward zero, and x86's "integer indefinite" INT_MIN for NaN or a
 * value out of range (the oracle's WebAssembly gives the same), which is what a NaN factor makes.
 */
export function cInt(v: number): number {
  if (!(v > -2147483649 && v < 2147483648)) return -2147483648;
  return Math.trunc(v);
}

/** A function of the module: [name, min args, max args, implementation]. */
export type Row = [string, number, number, (args: PyObj[]) => PyObj];
