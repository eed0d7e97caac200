// memoryview.cast(format[, shape]) (Objects/memoryobject.c memory_cast_impl, cast_to_1D,
// cast_to_ND): a C-contiguous view reinterpreted as another native format, one side being a byte
// format, then optionally reshaped to N dimensions (or an N-dimensional one flattened to 1).
import type { PyObj } from "./object.ts";
import type { PyMemoryView } from "./memoryview.ts";
import { newExc, typeError, valueError, OverflowError } from "./exceptions.ts";
import { asInt, asStr, typeOf, argTypeName } from "./protocols.ts";
import { PyList } from "./list.ts";
import { PyTuple } from "./tuple.ts";
import { isByteFormat, itemsizeOf, nativeFormatChar } from "./memoryview-format.ts";
import * as X from "../support/text/index.ts";

const MAX_NDIM = 64;
const SSIZE_MAX = 2n ** 63n - 1n;

export function castView(m: PyMemoryView, format: PyObj, shapeArg: PyObj | undefined, copy: (m: PyMemoryView) => PyMemoryView): PyMemoryView {
  const fmt = asStr(format);
  if (fmt === null) throw typeError(`cast() argument 'format' must be str, not ${argTypeName(format)}`);
  if (!m.cContiguous) throw typeError("memoryview: casts are restricted to C-contiguous views");
  if ((shapeArg !== undefined || m.ndim !== 1) && m.shape.includes(0)) throw typeError("memoryview: cannot cast view with zeros in shape or strides");
  let dims: PyObj[] | null = null;
  if (shapeArg !== undefined) {
    if (!(shapeArg instanceof PyList || shapeArg instanceof PyTuple)) throw typeError("shape must be a list or a tuple");
    dims = shapeArg.items.slice();
    if (dims.length > MAX_NDIM) throw valueError(`memoryview: number of dimensions must not exceed ${MAX_NDIM}`);
    if (m.ndim !== 1 && dims.length !== 1) throw typeError("memoryview: cast must be 1D -> ND or ND -> 1D");
  }
  // cast_to_1D
  X.encode(fmt, "ascii", "strict"); // PyUnicode_AsASCIIString's UnicodeEncodeError for a non-ASCII format
  const ch = nativeFormatChar(fmt);
  if (ch === null) throw valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
  if (!isByteFormat(m.ch) && !isByteFormat(ch)) throw typeError("memoryview: cannot cast between two non-byte formats");
  const itemsize = itemsizeOf(ch);
  const nbytes = m.nbytes;
  if (nbytes % itemsize !== 0) throw typeError("memoryview: length is not a multiple of itemsize");
  let shape = [nbytes / itemsize];
  let strides = [itemsize];
  if (dims !== null) {
    // cast_to_ND: copy_shape's checks, then C strides from the shape
    let len = BigInt(itemsize);
    shape = dims.map((x) => {
      const n = typeof x === "boolean" ? (x ? 1 : 0) : asInt(x);
      if (n === null) throw typeError("memoryview.cast(): elements of shape must be integers");
      if (BigInt(n) > SSIZE_MAX || BigInt(n) < -SSIZE_MAX - 1n) throw newExc(OverflowError, "Python int too large to convert to C ssize_t");
      if (n <= 0) throw valueError("memoryview.cast(): elements of shape must be integers > 0");
      if (BigInt(n) > SSIZE_MAX / len) throw valueError("memoryview.cast(): product(shape) > SSIZE_MAX");
      len *= BigInt(n);
      return Number(n);
    });
    strides = new Array(shape.length);
    let sd = itemsize;
    for (let i = shape.length - 1; i >= 0; i--) {
      strides[i] = sd;
      sd *= shape[i];
    }
    if (shape.length === 0) len = BigInt(itemsize);
    if (len !== BigInt(nbytes)) throw typeError("memoryview: product(shape) * itemsize != buffer size");
  }
  const v = copy(m);
  v.format = fmt;
  v.ch = ch;
  v.itemsize = itemsize;
  v.shape = shape;
  v.strides = strides;
  return v;
}
