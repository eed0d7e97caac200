// memoryview over bytes and bytearray (Objects/memoryobject.c), one-dimensional with format 'B':
// indexing, slicing (a view of the same buffer), tobytes/tolist/hex, len, equality, release and
// the context-manager protocol. Writes through a view of a bytearray reach the bytearray.
import { PyObject, type PyObj } from "./object.ts";
import { PyType } from "./type.ts";
import { TypeType, ObjectType, None, NotImplemented, MemberDescrType, GetSetDescrType, iterTypes } from "./builtin-types.ts";
import { newExc, typeError, valueError, IndexError } from "./exceptions.ts";
import { PyIter, asInt, typeOf } from "./protocols.ts";
import { PyByteArray, PyBytesObj } from "./boxes.ts";
import { defGetters, defMethods } from "./function.ts";
import { tuple } from "./tuple.ts";
import { PyList } from "./list.ts";
import { PySlice, asIndex, asSize, sliceIndices } from "./slice.ts";
import { setMemoryviewBytes } from "./bytes.ts";
import { bytesHex } from "../support/text/index.ts";
import { bytesRepr } from "../support/repr.ts";

export const MemoryViewType = new PyType(TypeType, "memoryview", [ObjectType]);
MemoryViewType.solid = MemoryViewType;
MemoryViewType.baseAllowed = false;

export class PyMemoryView extends PyObject {
  released = false;
  constructor(public obj: PyBytesObj | PyByteArray, public start: number, public step: number, public length: number) {
    super(MemoryViewType);
  }
  get readonly(): boolean {
    return this.obj instanceof PyBytesObj;
  }
  bytes(): Uint8Array {
    if (this.released) throw valueError("operation forbidden on released memoryview object");
    const src = this.obj.bytes;
    const out = new Uint8Array(this.length);
    for (let i = 0, j = this.start; i < this.length; i++, j += this.step) out[i] = src[j];
    return out;
  }
}
setMemoryviewBytes((x) => (x instanceof PyMemoryView ? x.bytes() : null));
setStrViewBytes((x) => (x instanceof PyMemoryView ? x.bytes() : null));
import { setStrViewBytes } from "./str.ts";

const MV = (x: PyObj) => x as PyMemoryView;
/** CHECK_RELEASED: nearly every operation on a released view raises. */
function live(x: PyObj): PyMemoryView {
  const m = x as PyMemoryView;
  if (m.released) throw valueError("operation forbidden on released memoryview object");
  return m;
}
defMethods(MemoryViewType, [
  ["__new__", (_c, args) => {
    if (args.length !== 1) throw typeError(`memoryview() takes exactly one argument (${args.length} given)`);
    const o = args[0];
    if (o instanceof PyMemoryView) return new PyMemoryView(o.obj, o.start, o.step, o.length);
    if (o instanceof PyBytesObj || o instanceof PyByteArray) return new PyMemoryView(o, 0, 1, o.bytes.length);
    throw typeError(`memoryview: a bytes-like object is required, not '${typeOf(o).name}'`);
  }],
  ["__len__", (s) => live(s).length, 0, 0],
  ["__getitem__", (s, [k]) => {
    const m = MV(s);
    if (m.released) throw valueError("operation forbidden on released memoryview object");
    if (k instanceof PySlice) {
      const [start, , step, n] = sliceIndices(k, m.length);
      return new PyMemoryView(m.obj, m.start + start * m.step, m.step * step, n);
    }
    let i = asSize(k);
    if (i < 0) i += m.length;
    if (i < 0 || i >= m.length) throw newExc(IndexError, "index out of bounds on dimension 1");
    return m.obj.bytes[m.start + i * m.step];
  }, 1, 1],
  ["__setitem__", (s, [k, v]) => {
    const m = live(s);
    if (m.readonly) throw typeError("cannot modify read-only memory");
    if (k instanceof PySlice) {
      const [start, , step, n] = sliceIndices(k, m.length);
      const src = v instanceof PyMemoryView ? v.bytes() : v instanceof PyBytesObj || v instanceof PyByteArray ? v.bytes : null;
      if (src === null) throw typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
      if (src.length !== n) throw valueError("memoryview assignment: lvalue and rvalue have different structures");
      const copy = src.slice();
      for (let i = 0, j = start; i < n; i++, j += step) m.obj.bytes[m.start + j * m.step] = copy[i];
      return None;
    }
    let i = asSize(k);
    if (i < 0) i += m.length;
    if (i < 0 || i >= m.length) throw newExc(IndexError, "index out of bounds on dimension 1");
    m.obj.bytes[m.start + i * m.step] = packUnsignedByte(v);
    return None;
  }, 2, 2],
  ["__iter__", (s) => {
    const b = MV(s).bytes();
    let i = 0;
    return new PyIter(iterTypes.seq, () => (i < b.length ? b[i++] : undefined));
  }, 0, 0],
  ["__eq__", (s, [o]) => {
    // memory_richcompare: a released view is only equal to itself
    if (s === o) return true;
    if (MV(s).released || (o instanceof PyMemoryView && o.released)) return false;
    const a = MV(s).bytes();
    const b = o instanceof PyMemoryView ? o.bytes() : o instanceof PyBytesObj || o instanceof PyByteArray ? o.bytes : null;
    if (b === null) return NotImplemented;
    return a.length === b.length && a.every((x, i) => x === b[i]);
  }, 1, 1],
  ["__repr__", (s) => `<${MV(s).released ? "released " : ""}memory at 0x7f00deadbeef>`, 0, 0],
  ["__enter__", (s) => s, 0, 0],
  ["__exit__", (s) => {
    MV(s).released = true;
    return None;
  }],
  ["release", (s) => {
    MV(s).released = true;
    return None;
  }, 0, 0],
  ["tobytes", (s) => new PyBytesObj(MV(s).bytes()), 0, 1],
  ["tolist", (s) => new PyList(Array.from(MV(s).bytes())), 0, 0],
  ["hex", (s) => bytesHex(MV(s).bytes()), 0, 2],
  ["toreadonly", (s) => {
    const m = MV(s);
    return new PyMemoryView(new PyBytesObj(m.obj.bytes), m.start, m.step, m.length);
  }, 0, 0],
]);
defGetters(MemoryViewType, [
  ["obj", (s) => live(s).obj],
  ["nbytes", (s) => live(s).length],
  ["readonly", (s) => live(s).readonly],
  ["itemsize", (s) => (live(s), 1)],
  ["format", (s) => (live(s), "B")],
  ["ndim", (s) => (live(s), 1)],
  ["shape", (s) => tuple([live(s).length])],
  ["strides", (s) => tuple([live(s).step])],
  ["c_contiguous", (s) => live(s).step === 1],
  ["contiguous", (s) => live(s).step === 1],
]);
void bytesRepr;
void asInt;

// member_descriptor shares getset_descriptor's behaviour, with its own repr.
for (const [k, v] of GetSetDescrType.ns) if (!MemberDescrType.ns.has(k)) MemberDescrType.ns.set(k, v);
defMethods(MemberDescrType, [["__repr__", (s) => `<member '${(s as unknown as { name: string }).name}' of '${(s as unknown as { owner: PyType }).owner.name}' objects>`, 0, 0]]);

/** pack_single for format 'B': an index in 0..255; other failures become fix_error_int's messages. */
function packUnsignedByte(v: PyObj): number {
  let i = asInt(v);
  if (i === null) {
    if (typeOf(v).lookup("__index__") === undefined) throw typeError("memoryview: invalid type for format 'B'");
    i = asIndex(v);
  }
  if (i < 0 || i > 255) throw valueError("memoryview: invalid value for format 'B'");
  return Number(i);
}
