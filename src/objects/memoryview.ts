// memoryview (Objects/memoryobject.c): a view of an exporter's bytes with a native item format
// (src/objects/memoryview-format.ts), a shape and byte strides. One-dimensional views index,
// slice, assign and iterate; views of any dimension from cast(fmt, shape) give tolist, tobytes,
// hex, comparisons and their shape, strides and contiguity. Views share the exporter's memory,
// so writes through a view of a bytearray reach the bytearray; a live view stops a bytearray from
// resizing (src/objects/buffer-exports.ts).
import { PyObject, type PyObj } from "./object.ts";
import { PyType, TPFLAGS_SEQUENCE } from "./type.ts";
import { TypeType, ObjectType, None, NotImplemented, MemberDescrType, GetSetDescrType, iterTypes, EllipsisType } from "./builtin-types.ts";
import { newExc, typeError, valueError, NotImplementedError, BufferError, IndexError } from "./exceptions.ts";
import { PyIter, asStr, hash, typeOf, argTypeName } from "./protocols.ts";
import { PyByteArray, PyBytesObj } from "./boxes.ts";
import { bindArgs, defGetters, defMethods, shareMethods } from "./function.ts";
import { PyTuple, tuple } from "./tuple.ts";
import { PySlice, asCInt, asSize, sliceIndices } from "./slice.ts";
import { setMemoryviewBytes, hexSep } from "./bytes.ts";
import { setStrViewBytes } from "./str.ts";
import { addr } from "./typeobject.ts";
import { dataView, indexOutOfBounds, itemsizeOf, nativeFormatChar, packItem, unpackItem } from "./memoryview-format.ts";
import { castView } from "./memoryview-cast.ts";
import { contiguous, equal, forEachItem, sameShape, tolist } from "./memoryview-layout.ts";
import { addExport, releaseExport } from "./buffer-exports.ts";
import { bytesHex, normInt } from "../support/text/index.ts";
import { hashBytes } from "../support/hash.ts";

export const MemoryViewType = new PyType(TypeType, "memoryview", [ObjectType]);
MemoryViewType.solid = MemoryViewType;
MemoryViewType.baseAllowed = false;
MemoryViewType.collectionFlags = TPFLAGS_SEQUENCE;

/** Where a view's bytes live: the exporter itself (bytes, bytearray) or an adaptor (BytesIO). */
export interface BufferMemory {
  readonly bytes: Uint8Array;
}

export class PyMemoryView extends PyObject {
  released = false;
  /** memory_hash caches the hash, which a released view still answers. */
  hashValue: PyObj | null = null;
  /** The exports generation this view was counted in (buffer-exports.ts). */
  exportEpoch = -1;
  /** The object whose resizing this view blocks: obj, or the stream behind BytesIO.getbuffer()'s obj. */
  exporter: PyObj | null = null;
  constructor(
    /** view.obj: the exporting object `obj` returns. */
    public obj: PyObj,
    public mem: BufferMemory,
    public ro: boolean,
    /** The format string as given ('@B' stays '@B'); `ch` is its native character. */
    public format: string,
    public ch: string,
    public itemsize: number,
    /** Byte offset of the first item in mem.bytes. */
    public start: number,
    public shape: number[],
    public strides: number[],
  ) {
    super(MemoryViewType);
  }
  get readonly(): boolean {
    return this.ro;
  }
  private dvOf: Uint8Array | null = null;
  private dvCache: DataView | null = null;
  /** A DataView of the memory, kept while the exporter's bytes stay the same array. */
  dv(): DataView {
    const b = this.mem.bytes;
    if (b !== this.dvOf) {
      this.dvOf = b;
      this.dvCache = dataView(b);
    }
    return this.dvCache!;
  }
  get ndim(): number {
    return this.shape.length;
  }
  /** len(): the first dimension (1 for a zero-dimensional view). */
  get length(): number {
    return this.shape.length === 0 ? 1 : this.shape[0];
  }
  /** The byte stride of the first dimension. */
  get step(): number {
    return this.shape.length === 0 ? this.itemsize : this.strides[0];
  }
  get nbytes(): number {
    let n = this.itemsize;
    for (const d of this.shape) n *= d;
    return n;
  }
  get cContiguous(): boolean {
    return contiguous(this, false);
  }
  /**
   * The bytes of a simple buffer request (PyBUF_SIMPLE, 'y*'), a copy: what most consumers of the
   * buffer protocol read; a strided view is no such buffer.
   */
  bytes(): Uint8Array {
    if (this.released) throw releasedError();
    if (!this.cContiguous) throw newExc(BufferError, "memoryview: underlying buffer is not C-contiguous");
    return this.mem.bytes.slice(this.start, this.start + this.nbytes);
  }
  /** The items' bytes in C or Fortran order, whatever the strides (tobytes, bytes(view)). */
  toBytes(order: "C" | "F" = "C"): Uint8Array {
    if (this.released) throw releasedError();
    const src = this.mem.bytes;
    if (order === "C" ? this.cContiguous : contiguous(this, true)) return src.slice(this.start, this.start + this.nbytes);
    const out = new Uint8Array(this.nbytes);
    const k = this.itemsize;
    let o = 0;
    forEachItem(this, order, (off) => {
      for (let j = 0; j < k; j++) out[o++] = src[off + j];
    });
    return out;
  }
  /** The view's memory itself when it is C-contiguous and live (for writers such as readinto), else null. */
  span(): Uint8Array | null {
    if (this.released || !this.cContiguous) return null;
    return this.mem.bytes.subarray(this.start, this.start + this.nbytes);
  }
}

const releasedError = () => valueError("operation forbidden on released memoryview object");

/** memory_iterator: the items of a one-dimensional view, read as it goes; it keeps the view alive. */
class PyMemoryIter extends PyIter {
  i = 0;
  /** Dropped once exhausted, as memoryiter_next lets go of its sequence. */
  view: PyMemoryView | null;
  constructor(view: PyMemoryView) {
    super(iterTypes.memory, null!, null);
    this.view = view;
    this.step = () => {
      const m = this.view;
      if (m === null) return undefined;
      if (this.i >= m.shape[0]) {
        this.view = null;
        return undefined;
      }
      if (m.released) throw releasedError();
      const off = m.start + this.i++ * m.strides[0];
      return m.ch === "B" ? m.mem.bytes[off] : unpackItem(m.ch, m.dv(), off);
    };
  }
}

/**
 * A new view of `obj`'s memory, counted as an export of `exporter` (a bytearray, a BytesIO) while it
 * is not released; views of bytes, which never resize, are not counted.
 */
export function newView(obj: PyObj, mem: BufferMemory, ro: boolean, format: string, ch: string, itemsize: number, start: number, shape: number[], strides: number[], exporter: PyObj | null): PyMemoryView {
  const v = new PyMemoryView(obj, mem, ro, format, ch, itemsize, start, shape, strides);
  if (exporter !== null) {
    v.exporter = exporter;
    addExport(exporter, v);
  }
  return v;
}
/** A one-dimensional byte view of a whole object (memoryview(obj)). */
export const viewOfBytes = (obj: PyObj, mem: BufferMemory, ro: boolean, exporter: PyObj | null = obj instanceof PyByteArray ? obj : null): PyMemoryView =>
  newView(obj, mem, ro, "B", "B", 1, 0, [mem.bytes.length], [1], exporter);
/** A view with the same memory and layout as `m` (memoryview(m), slicing, toreadonly). */
const copyView = (m: PyMemoryView, ro = m.ro): PyMemoryView => newView(m.obj, m.mem, ro, m.format, m.ch, m.itemsize, m.start, m.shape.slice(), m.strides.slice(), m.exporter);

function release(m: PyMemoryView): void {
  if (m.released) return;
  m.released = true;
  if (m.exporter !== null) releaseExport(m.exporter, m);
}

/**
 * An object exporting its own buffer with an item format (array.array): memoryview(obj) views its
 * items, and bytes(obj), str(obj, enc) and hashing read its bytes. `bytes` is the live storage.
 */
export interface BufferExporter {
  readonly bytes: Uint8Array;
  readonly bufferFormat: string;
  readonly bufferItemsize: number;
  /** A read-only buffer (mmap's ACCESS_READ): its views are read-only, and 'w*' refuses it. */
  readonly bufferReadonly?: boolean;
  /** Called after a view's store changed bytes [from, to) of `bytes`. */
  bufferWritten?(from: number, to: number): void;
}
const isExporter = (x: PyObj): x is PyObj & BufferExporter => typeof (x as Partial<BufferExporter>).bufferFormat === "string";

/** The bytes of a buffer other than bytes/bytearray (a copy for views, which may be strided), or null. */
export function otherBufferBytes(x: PyObj, strided = false): Uint8Array | null {
  // a strided view is not bytes-like to a simple request: the consumer reports its own TypeError
  if (x instanceof PyMemoryView) return strided ? x.toBytes() : x.released || x.cContiguous ? x.bytes() : null;
  if (isExporter(x)) return x.bytes.slice();
  return null;
}
/**
 * The live memory a writable simple buffer request gets ('w*': pack_into, readinto): a bytearray, a
 * writable C-contiguous memoryview, an exporter such as array.array; null for anything else.
 */
export function writableBufferBytes(x: PyObj): Uint8Array | null {
  if (x instanceof PyByteArray) return x.bytes;
  if (x instanceof PyMemoryView) return x.ro ? null : x.span();
  if (isExporter(x)) return x.bufferReadonly === true ? null : x.bytes;
  return null;
}
setMemoryviewBytes(otherBufferBytes);
setStrViewBytes(otherBufferBytes);

/** lookup_dimension for dimension `dim`: a negative index counts from the end. */
function itemOffset(m: PyMemoryView, dim: number, off: number, key: PyObj): number {
  // (PyNumber_AsSsize_t(key, PyExc_IndexError))
  let i = asSize(key, undefined, IndexError);
  const n = m.shape[dim];
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw indexOutOfBounds(dim + 1);
  return off + i * m.strides[dim];
}
const isIndexKey = (k: PyObj): boolean => typeof k === "number" || typeof k === "bigint" || typeof k === "boolean" || typeOf(k).lookup("__index__") !== undefined;
/** is_multiindex: a tuple of indices (an empty tuple counts). */
const isMultiIndex = (k: PyObj): k is PyTuple => k instanceof PyTuple && k.items.every(isIndexKey);
const isMultiSlice = (k: PyObj): k is PyTuple => k instanceof PyTuple && k.items.every((x) => x instanceof PySlice);

/** ptr_from_tuple: the offset of the item a full tuple of indices names. */
function tupleOffset(m: PyMemoryView, key: PyTuple): number {
  if (key.items.length > m.ndim) throw typeError(`cannot index ${m.ndim}-dimension view with ${key.items.length}-element tuple`);
  let off = m.start;
  key.items.forEach((k, d) => (off = itemOffset(m, d, off, k)));
  return off;
}

/** init_slice on the first dimension: a new view sharing the memory. */
function sliceView(m: PyMemoryView, k: PySlice): PyMemoryView {
  const [start, , step, n] = sliceIndices(k, m.shape[0]);
  const v = copyView(m);
  v.start = m.start + start * m.strides[0];
  v.shape[0] = n;
  v.strides[0] = m.strides[0] * step;
  return v;
}

function live(x: PyObj): PyMemoryView {
  const m = x as PyMemoryView;
  if (m.released) throw releasedError();
  return m;
}

/** The view another operand of ==, a slice assignment or a cast source presents, or null. */
function bufferOf(o: PyObj): PyMemoryView | null {
  if (o instanceof PyMemoryView) return o;
  if (o instanceof PyBytesObj || o instanceof PyByteArray) return new PyMemoryView(o, o, o instanceof PyBytesObj, "B", "B", 1, 0, [o.bytes.length], [1]);
  if (isExporter(o)) {
    const ch = nativeFormatChar(o.bufferFormat);
    const k = o.bufferItemsize;
    if (ch !== null) return new PyMemoryView(o, o, o.bufferReadonly === true, o.bufferFormat, ch, k, 0, [o.bytes.length / k], [k]);
  }
  return null;
}

/** copy_single for m[slice] = value: same format (an '@' aside), itemsize and shape; overlap-safe. */
function assignSlice(m: PyMemoryView, k: PySlice, v: PyObj): void {
  const src = bufferOf(v);
  if (src === null) throw typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
  if (src.released) throw releasedError();
  const dest = sliceView(m, k);
  release(dest);
  if (dest.ch !== src.ch || dest.itemsize !== src.itemsize || !sameShape(dest, src)) throw valueError("memoryview assignment: lvalue and rvalue have different structures");
  const data = src.toBytes();
  const dst = m.mem.bytes;
  let o = 0, lo = Infinity, hi = -Infinity;
  forEachItem(dest, "C", (off) => {
    for (let j = 0; j < dest.itemsize; j++) dst[off + j] = data[o++];
    lo = Math.min(lo, off);
    hi = Math.max(hi, off + dest.itemsize);
  });
  if (lo < hi) written(m, lo, hi);
}

/** Tells an exporter that wants to know (a shared mmap, which passes stores on to its file) which bytes a view's store changed. */
function written(m: PyMemoryView, from: number, to: number): void {
  (m.mem as Partial<BufferExporter>).bufferWritten?.(from, to);
}

defMethods(MemoryViewType, [
  ["__new__", (_c, args, kw) => {
    const [o] = bindArgs("memoryview", args, kw, ["object"], 1);
    if (o instanceof PyMemoryView) return copyView(live(o));
    if (o instanceof PyBytesObj || o instanceof PyByteArray) return viewOfBytes(o, o, o instanceof PyBytesObj);
    if (isExporter(o!)) {
      // another format ('w' of a 'u' array) makes a view whose items are refused (unsupportedFormat)
      const k = o.bufferItemsize;
      const ch = nativeFormatChar(o.bufferFormat) ?? o.bufferFormat;
      return newView(o, o, o.bufferReadonly === true, o.bufferFormat, ch, k, 0, [o.bytes.length / k], [k], o);
    }
    throw typeError(`memoryview: a bytes-like object is required, not '${typeOf(o!).name}'`);
  }],
  ["__len__", (s) => live(s).length, 0, 0],
  ["__getitem__", (s, [k]) => {
    const m = live(s);
    if (m.ndim === 0) {
      if (k instanceof PyTuple && k.items.length === 0) return unpackItem(m.ch, m.dv(), m.start);
      if (typeOf(k) === EllipsisType) return s;
      throw typeError("invalid indexing of 0-dim memory");
    }
    if (isIndexKey(k)) {
      // (memory_subscript converts the key before memory_item looks at the dimensions)
      if (m.ndim > 1) {
        asSize(k, undefined, IndexError);
        live(s);
        throw newExc(NotImplementedError, "multi-dimensional sub-views are not implemented");
      }
      const off = itemOffset(m, 0, m.start, k);
      // (memory_item checks the view again: the key's __index__ may have released it)
      if (!(typeof k === "number")) live(s);
      if (m.ch === "B") return m.mem.bytes[off];
      return unpackItem(m.ch, m.dv(), off);
    }
    if (k instanceof PySlice) return sliceView(m, k);
    if (isMultiIndex(k)) {
      if (k.items.length < m.ndim) throw newExc(NotImplementedError, "sub-views are not implemented");
      return unpackItem(m.ch, m.dv(), tupleOffset(m, k));
    }
    if (isMultiSlice(k)) throw newExc(NotImplementedError, "multi-dimensional slicing is not implemented");
    throw typeError("memoryview: invalid slice key");
  }, 1, 1],
  ["__setitem__", (s, [k, v]) => {
    const m = live(s);
    if (m.ro) throw typeError("cannot modify read-only memory");
    const put = (off: number) => {
      packItem(m.ch, m.dv(), off, v);
      written(m, off, off + m.itemsize);
    };
    if (m.ndim === 0) {
      if (typeOf(k) === EllipsisType || (k instanceof PyTuple && k.items.length === 0)) put(m.start);
      else throw typeError("invalid indexing of 0-dim memory");
      return None;
    }
    if (isIndexKey(k)) {
      if (m.ndim > 1) throw newExc(NotImplementedError, "sub-views are not implemented");
      put(itemOffset(m, 0, m.start, k));
      return None;
    }
    if (k instanceof PySlice && m.ndim === 1) {
      assignSlice(m, k, v);
      return None;
    }
    if (isMultiIndex(k)) {
      if (k.items.length < m.ndim) throw newExc(NotImplementedError, "sub-views are not implemented");
      put(tupleOffset(m, k));
      return None;
    }
    if (k instanceof PySlice || isMultiSlice(k)) throw newExc(NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
    throw typeError("memoryview: invalid slice key");
  }, 2, 2],
  ["__delitem__", (s) => {
    if (live(s).ro) throw typeError("cannot modify read-only memory");
    throw typeError("cannot delete memory");
  }, 1, 1],
  ["__iter__", (s) => {
    const m = live(s);
    if (m.ndim === 0) throw typeError("invalid indexing of 0-dim memory");
    if (m.ndim > 1) throw newExc(NotImplementedError, "multi-dimensional sub-views are not implemented");
    return new PyMemoryIter(m);
  }, 0, 0],
  ["__eq__", (s, [o]) => {
    const m = s as PyMemoryView;
    // a released view (or one compared with a released view) is only equal to itself
    if (m.released || (o instanceof PyMemoryView && o.released)) return s === o;
    const b = bufferOf(o);
    if (b === null) return NotImplemented;
    return equal(m, b);
  }, 1, 1],
  ["__hash__", (s) => {
    const m = s as PyMemoryView;
    if (m.hashValue !== null) return m.hashValue;
    live(m);
    if (!m.ro) throw valueError("cannot hash writable memoryview object");
    if (m.ch !== "B" && m.ch !== "b" && m.ch !== "c") throw valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    hash(m.obj); // an unhashable exporter (a bytearray behind toreadonly()) keeps its own error
    return (m.hashValue = normInt(hashBytes(m.toBytes())));
  }, 0, 0],
  ["__repr__", (s) => `<${(s as PyMemoryView).released ? "released " : ""}memory at ${addr(s)}>`, 0, 0],
  ["__enter__", (s) => live(s), 0, 0],
  ["__exit__", (s) => {
    release(s as PyMemoryView);
    return None;
  }],
  ["release", (s) => {
    release(s as PyMemoryView);
    return None;
  }, 0, 0],
  ["cast", (s, args, kw) => {
    const [format, shape] = bindArgs("cast", args, kw, ["format", "shape"], 1);
    return castView(live(s), format!, shape, copyView);
  }],
  ["tobytes", (s, args, kw) => {
    const m = live(s);
    const [order] = bindArgs("tobytes", args, kw, ["order"], 0);
    let o = "C";
    if (order !== undefined && order !== None) {
      const os = asStr(order);
      if (os === null) throw typeError(`tobytes() argument 'order' must be str or None, not ${argTypeName(order)}`);
      if (os !== "C" && os !== "F" && os !== "A") throw valueError("order must be 'C', 'F' or 'A'");
      // 'A' keeps the memory's own order: Fortran only for a Fortran- but not C-contiguous view
      o = os === "A" ? (!m.cContiguous && contiguous(m, true) ? "F" : "C") : os;
    }
    return new PyBytesObj(m.toBytes(o as "C" | "F"));
  }],
  ["tolist", (s) => tolist(live(s)), 0, 0],
  ["hex", (s, args, kw) => {
    const m = live(s);
    const [sep, per] = bindArgs("hex", args, kw, ["sep", "bytes_per_sep"], 0);
    const n = per === undefined ? 1 : asCInt(per); // (converted before sep is looked at)
    return bytesHex(m.toBytes(), hexSep(sep), n);
  }],
  ["toreadonly", (s) => copyView(live(s), true), 0, 0],
]);
defGetters(MemoryViewType, [
  ["obj", (s) => live(s).obj],
  ["nbytes", (s) => live(s).nbytes],
  ["readonly", (s) => live(s).ro],
  ["itemsize", (s) => live(s).itemsize],
  ["format", (s) => live(s).format],
  ["ndim", (s) => live(s).ndim],
  ["shape", (s) => tuple(live(s).shape.slice())],
  ["strides", (s) => tuple(live(s).strides.slice())],
  ["suboffsets", (s) => (live(s), tuple([]))],
  ["c_contiguous", (s) => live(s).cContiguous],
  ["f_contiguous", (s) => contiguous(live(s), true)],
  ["contiguous", (s) => live(s).cContiguous || contiguous(s as PyMemoryView, true)],
]);

export { itemsizeOf, nativeFormatChar };

// member_descriptor shares getset_descriptor's behaviour, with its own repr.
shareMethods(GetSetDescrType, MemberDescrType);
defMethods(MemberDescrType, [["__repr__", (s) => `<member '${(s as unknown as { name: string }).name}' of '${(s as unknown as { owner: PyType }).owner.name}' objects>`, 0, 0]]);
