// array.array (Modules/arraymodule.c, 3.10): a mutable sequence of one C item type, stored in a
// typed array that grows by doubling. Slice assignment, concatenation and extension take only
// arrays of the same typecode; comparisons between arrays compare their items as Python values.
import {
  type PyObj, PyObject, PyType, PyIter, PyList, PyTuple, PySlice, PyBytesObj, PyByteArray, PyModule,
  TypeType, ObjectType, None, NotImplemented, IndexError, EOFError, StopIteration, BufferError, Cmp,
  typeOf, argTypeName, typeError, valueError, newExc, asStr, asInt, asSize, eq, richCompare, cmpResult, call, getattr, tuple, toArray, iter, next,
  defMethods, defGetters, sliceIndices, seqIndex, repeatCount, addSequenceSlots, newInstance, repr, idOf, vm,
  TPFLAGS_SEQUENCE, callMethod, byArity, byArity2,
} from "../../objects/index.ts";
import { otherBufferBytes } from "../../objects/memoryview.ts";
import { hasLiveExports } from "../../objects/buffer-exports.ts";
import { inModule, makeModule } from "../util.ts";
import { type Kind, type Store, kindOf, TYPECODES, isMachineFormat, decodeMachine } from "./kinds.ts";

export class PyArray extends PyObject {
  kind!: Kind;
  store!: Store;
  length = 0;
  init(kind: Kind, capacity = 0): this {
    this.kind = kind;
    this.store = kind.alloc(capacity);
    this.length = 0;
    return this;
  }
  /** Makes room for n items in all. */
  reserve(n: number): void {
    if (n <= this.store.length) return;
    const grown = this.kind.alloc(Math.max(n, this.store.length * 2, 8));
    grown.set(this.store.subarray(0, this.length) as never);
    this.store = grown;
  }
  /** The items' bytes, in machine order (a view of the storage, as the buffer protocol gives). */
  get bytes(): Uint8Array {
    const s = this.store;
    return new Uint8Array(s.buffer, s.byteOffset, this.length * this.kind.size);
  }
  get bufferFormat(): string {
    return this.kind.code === "u" ? "w" : this.kind.code; // wchar_t's struct format
  }
  get bufferItemsize(): number {
    return this.kind.size;
  }
  /** array_resize's refusal while a memoryview of the array is alive. */
  checkResize(newLength: number): void {
    if (newLength !== this.length && hasLiveExports(this)) throw newExc(BufferError, "cannot resize an array that is exporting buffers");
  }
  push(v: PyObj): void {
    const x = this.kind.convert(v);
    this.checkResize(this.length + 1);
    this.reserve(this.length + 1);
    this.store[this.length++] = x as never;
  }
  item(i: number): PyObj {
    return this.kind.get(this.store, i);
  }
  items(): PyObj[] {
    const out = new Array<PyObj>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.kind.get(this.store, i);
    return out;
  }
  /** A new array of the same type holding store[start, start + n*step by step). */
  slice(start: number, step: number, n: number, cls: PyType = ArrayType): PyArray {
    const out = (newInstance(cls) as PyArray).init(this.kind, n);
    for (let i = 0, j = start; i < n; i++, j += step) out.store[i] = this.store[j] as never;
    out.length = n;
    return out;
  }
  /** Replaces n items from `at` with the items of `src` (which may be this array). */
  splice(at: number, n: number, src: Store, count: number): void {
    this.checkResize(this.length - n + count);
    const copy = src.slice(0, count);
    const tail = this.store.slice(at + n, this.length);
    this.reserve(at + count + tail.length);
    this.store.set(copy as never, at);
    this.store.set(tail as never, at + count);
    this.length = at + count + tail.length;
  }
}

export const ArrayType = inModule(new PyType(TypeType, "array.array", [ObjectType], (cls) => new PyArray(cls)), "array");
ArrayType.qualname = "array";
ArrayType.collectionFlags = TPFLAGS_SEQUENCE;
ArrayType.solid = ArrayType;
const ArrayIterType = inModule(new PyType(TypeType, "array.arrayiterator", [ObjectType]), "array");
ArrayIterType.qualname = "arrayiterator";
ArrayIterType.solid = ArrayIterType;
// (no constructor: iter(array) makes them)
ArrayIterType.factory = null;

class PyArrayIter extends PyIter {
  index = 0;
  constructor(public arr: PyArray | null) {
    super(ArrayIterType, () => {
      const a = this.arr;
      if (a === null) return undefined;
      if (this.index < a.length) return a.item(this.index++);
      this.arr = null;
      return undefined;
    }, () => (this.arr === null ? 0 : Math.max(0, this.arr.length - this.index)));
  }
}

const A = (x: PyObj) => x as PyArray;
const isArray = (x: PyObj): x is PyArray => x instanceof PyArray;

/** array(typecode[, initializer]). */
/** PyUnicode_FromWideChar over a 'u' array (tounicode, repr): a value beyond U+10FFFF is ValueError. */
function wcharString(a: PyArray): string {
  let out = "";
  for (let i = 0; i < a.length; i++) {
    const c = a.store[i] as number;
    if (c > 0x10ffff) throw valueError(`character U+${c.toString(16)} is not in range [U+0000; U+10ffff]`);
    out += String.fromCodePoint(c);
  }
  return out;
}

function arrayNew(cls: PyType, args: PyObj[], kw: readonly string[] | null): PyArray {
  const nkw = kw ? kw.length : 0;
  if (cls === ArrayType && nkw > 0) throw typeError("array.array() takes no keyword arguments");
  const npos = args.length - nkw;
  if (npos < 1) throw typeError(`array() takes at least 1 argument (${npos} given)`);
  if (npos > 2) throw typeError(`array() takes at most 2 arguments (${npos} given)`);
  const code = asStr(args[0]);
  if (code === null || [...code].length !== 1) {
    throw typeError(`array() argument 1 must be a unicode character, not ${code === null ? typeOf(args[0]).name : "str"}`);
  }
  const kind = kindOf(code);
  if (kind === undefined) throw valueError(`bad typecode (must be ${[...TYPECODES].slice(0, -1).join(", ")} or ${TYPECODES.at(-1)})`);
  const init = npos === 2 ? args[1] : undefined;
  const a = (newInstance(cls) as PyArray).init(kind);
  if (init === undefined) return a;
  const s = asStr(init);
  if (code !== "u") {
    if (s !== null) throw typeError(`cannot use a str to initialize an array with typecode '${code}'`);
    if (isArray(init) && init.kind.code === "u") throw typeError(`cannot use a unicode array to initialize an array with typecode '${code}'`);
  }
  if (init instanceof PyList || init instanceof PyTuple) for (const v of init.items.slice()) a.push(v);
  else if (init instanceof PyBytesObj || init instanceof PyByteArray) fromBytes(a, init.bytes);
  else if (s !== null) fromUnicode(a, s);
  else if (isArray(init) && init.kind === kind) a.splice(0, 0, init.store, init.length);
  else extendIter(a, init);
  return a;
}

/** array_iter_extend: each item appended as it comes, so an iterator failing part-way leaves those before it. */
function extendIter(a: PyArray, x: PyObj): void {
  const it = iter(x);
  for (let v = next(it); v !== undefined; v = next(it)) a.push(v);
}
function fromBytes(a: PyArray, b: Uint8Array): void {
  const size = a.kind.size;
  if (b.length % size !== 0) throw valueError("bytes length not a multiple of item size");
  const n = b.length / size;
  const copy = new Uint8Array(b); // aligned, and safe when b is this array's own storage
  a.splice(a.length, 0, viewAs(a.kind, copy.buffer, n), n);
}
/** The items of an aligned byte buffer as a store of `kind`. */
function viewAs(kind: Kind, buf: ArrayBufferLike, n: number): Store {
  const ctor = kind.alloc(0).constructor as new (b: ArrayBufferLike, off: number, n: number) => Store;
  return new ctor(buf, 0, n);
}
function fromUnicode(a: PyArray, s: string): void {
  for (const ch of s) a.push(ch);
}
function extendArray(a: PyArray, other: PyObj, msg: string): void {
  if (isArray(other)) {
    if (other.kind !== a.kind) throw typeError(msg);
    a.splice(a.length, 0, other.store, other.length);
  } else extendIter(a, other);
}

/** The byte buffer of a bytes-like object (bytes, bytearray, memoryview, array). */
function bufferOf(x: PyObj): Uint8Array {
  if (x instanceof PyBytesObj || x instanceof PyByteArray) return x.bytes;
  const b = otherBufferBytes(x);
  if (b !== null) return b;
  throw typeError(`a bytes-like object is required, not '${typeOf(x).name}'`);
}

function findIndex(a: PyArray, x: PyObj, start = 0, stop = a.length): number {
  for (let i = Math.max(0, start); i < Math.min(stop, a.length); i++) {
    const v = a.item(i);
    if (v === x || eq(v, x)) return i;
  }
  return -1;
}
/** A start/stop argument of index(), clamped as _PyEval_SliceIndex and then made non-negative. */
function clampArg(x: PyObj | undefined, len: number, dflt: number): number {
  if (x === undefined) return dflt;
  const v = asInt(x) ?? asSize(x, "slice indices must be integers or have an __index__ method");
  let n = typeof v === "bigint" ? (v < 0n ? -Infinity : Infinity) : v;
  if (n < 0) n = Math.max(0, n + len);
  return n;
}

function compare(a: PyArray, b: PyObj, op: Cmp): PyObj {
  if (!isArray(b)) return NotImplemented;
  if (a.length !== b.length && (op === Cmp.EQ || op === Cmp.NE)) return op === Cmp.NE;
  const n = Math.min(a.length, b.length);
  if (a.kind === b.kind && a.kind.code !== "f" && a.kind.code !== "d") {
    // arrays of one integer typecode compare their C values (compareitems): no item objects, and a
    // 'u' array's wchar_t (signed, as on Linux) compares even when it is no code point
    const wchar = a.kind.code === "u";
    for (let i = 0; i < n; i++) {
      let x = a.store[i] as number | bigint, y = b.store[i] as number | bigint;
      if (wchar) [x, y] = [(x as number) | 0, (y as number) | 0];
      if (x !== y) return cmpResult(x < y ? -1 : 1, op);
    }
    return cmpResult(a.length - b.length, op);
  }
  for (let i = 0; i < n; i++) {
    const x = a.item(i), y = b.item(i);
    if (!eq(x, y)) return op === Cmp.EQ ? false : op === Cmp.NE ? true : richCompare(x, y, op);
  }
  return cmpResult(a.length - b.length, op);
}

function arrayRepr(a: PyArray): string {
  const name = typeOf(a).qualname;
  if (a.length === 0) return `${name}('${a.kind.code}')`;
  const body = a.kind.code === "u" ? repr(wcharString(a)) : repr(new PyList(a.items()));
  return `${name}('${a.kind.code}', ${body})`;
}

function setSlice(a: PyArray, k: PySlice, v: PyObj): void {
  if (!isArray(v)) throw typeError(`can only assign array (not "${typeOf(v).name}") to array slice`);
  if (v.kind !== a.kind) throw typeError("bad argument type for built-in operation");
  const [start, stop, step, n] = sliceIndices(k, a.length);
  if (step === 1) {
    a.splice(start, Math.max(0, stop - start), v.store, v.length);
    return;
  }
  if (v.length !== n) throw valueError(`attempt to assign array of size ${v.length} to extended slice of size ${n}`);
  const src = v.store.slice(0, v.length);
  for (let i = 0, j = start; i < n; i++, j += step) a.store[j] = src[i] as never;
}

function delSlice(a: PyArray, k: PySlice): void {
  const [start, , step, n] = sliceIndices(k, a.length);
  if (n === 0) return;
  if (step === 1) {
    a.splice(start, n, a.store, 0);
    return;
  }
  a.checkResize(a.length - n);
  const lo = step > 0 ? start : start + (n - 1) * step;
  const s = Math.abs(step);
  let w = lo;
  for (let r = lo; r < a.length; r++) {
    if (r <= lo + (n - 1) * s && (r - lo) % s === 0) continue;
    a.store[w++] = a.store[r] as never;
  }
  a.length = w;
}

function readFile(f: PyObj, nbytes: number): Uint8Array {
  const b = call(getattr(f, "read"), [nbytes]);
  if (!(b instanceof PyBytesObj)) throw typeError("read() didn't return bytes");
  return b.bytes;
}

/** __reduce_ex__: the list form for protocols 0-2, _array_reconstructor with raw bytes from 3. */
function reduceEx(a: PyArray, proto: number): PyObj {
  const d = a.dict !== null && a.dict.size > 0 ? a.dict : None;
  if (proto < 3) return tuple([typeOf(a), tuple([a.kind.code, new PyList(a.items())]), d]);
  const recon = getattr(vm.importModule("array"), "_array_reconstructor");
  return tuple([recon, tuple([typeOf(a), a.kind.code, a.kind.mformat, new PyBytesObj(a.bytes.slice())]), d]);
}

defMethods(ArrayType, [
  ["__new__", (cls, args, kw) => arrayNew(cls as PyType, args, kw)],
  ["__len__", (s) => A(s).length, 0, 0],
  ["__getitem__", (s, [k]) => {
    const a = A(s);
    if (k instanceof PySlice) {
      const [start, , step, n] = sliceIndices(k, a.length);
      return a.slice(start, step, n);
    }
    return a.item(seqIndex(k, a.length, "array index out of range", "array"));
  }, 1, 1],
  ["__setitem__", (s, [k, v]) => {
    const a = A(s);
    if (k instanceof PySlice) setSlice(a, k, v);
    else {
      const i = seqIndex(k, a.length, "array assignment index out of range", "array");
      a.store[i] = a.kind.convert(v) as never;
    }
    return None;
  }, 2, 2],
  ["__delitem__", (s, [k]) => {
    const a = A(s);
    if (k instanceof PySlice) delSlice(a, k);
    else a.splice(seqIndex(k, a.length, "array assignment index out of range", "array"), 1, a.store, 0);
    return None;
  }, 1, 1],
  ["__contains__", (s, [x]) => findIndex(A(s), x) >= 0, 1, 1],
  ["__iter__", (s) => new PyArrayIter(A(s)), 0, 0],
  ["__repr__", (s) => arrayRepr(A(s)), 0, 0],
  ["__add__", (s, [o]) => {
    if (!isArray(o)) throw typeError(`can only append array (not "${typeOf(o).name}") to array`);
    if (o.kind !== A(s).kind) throw typeError("bad argument type for built-in operation");
    const r = A(s).slice(0, 1, A(s).length);
    r.splice(r.length, 0, o.store, o.length);
    return r;
  }, 1, 1],
  ["__iadd__", (s, [o]) => {
    if (!isArray(o)) throw typeError(`can only extend array with array (not "${typeOf(o).name}")`);
    extendArray(A(s), o, "can only extend with array of same kind");
    return s;
  }, 1, 1],
  ["__mul__", (s, [n]) => repeat(A(s), repeatCount(n, A(s).length)), 1, 1],
  ["__rmul__", (s, [n]) => repeat(A(s), repeatCount(n, A(s).length)), 1, 1],
  ["__imul__", (s, [n]) => {
    const a = A(s);
    const r = repeat(a, repeatCount(n, a.length));
    a.checkResize(r.length);
    a.store = r.store;
    a.length = r.length;
    return s;
  }, 1, 1],
  ...(["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"] as const).map((name, op) =>
    [name, (s: PyObj, [o]: PyObj[]) => compare(A(s), o, op as Cmp), 1, 1] as [string, (s: PyObj, a: PyObj[]) => PyObj, number, number]),
  byArity("append", (s, v) => {
    A(s).push(v);
    return None;
  }),
  ["buffer_info", (s) => tuple([idOf(s), A(s).length]), 0, 0], // the address is the object's id: there is no C buffer to point at
  ["byteswap", (s) => {
    const a = A(s);
    const b = a.bytes, k = a.kind.size;
    if (k === 1) return None;
    for (let i = 0; i < b.length; i += k) b.subarray(i, i + k).reverse();
    return None;
  }, 0, 0],
  byArity("count", (s, x) => {
    const a = A(s);
    let n = 0;
    for (let i = 0; i < a.length; i++) {
      const v = a.item(i);
      if (v === x || eq(v, x)) n++;
    }
    return n;
  }),
  byArity("extend", (s, o) => {
    extendArray(A(s), o, "can only extend with array of same kind");
    return None;
  }),
  byArity("frombytes", (s, b) => {
    fromBytes(A(s), bufferOf(b));
    return None;
  }),
  byArity2("fromfile", (s, f, nobj) => {
    const a = A(s);
    const n = asSize(nobj);
    if (n < 0) throw valueError("negative count");
    const want = n * a.kind.size;
    const b = readFile(f, want);
    const whole = b.length - (b.length % a.kind.size);
    fromBytes(a, b.subarray(0, whole));
    if (b.length !== want) throw newExc(EOFError, "read() didn't return enough bytes");
    return None;
  }),
  byArity("fromlist", (s, l) => {
    if (!(l instanceof PyList)) throw typeError("arg must be list");
    const a = A(s);
    const before = a.length;
    try {
      for (const v of l.items.slice()) a.push(v);
    } catch (e) {
      a.length = before;
      throw e;
    }
    return None;
  }),
  byArity("fromunicode", (s, u) => {
    const str = asStr(u);
    if (str === null) throw typeError(`fromunicode() argument must be str, not ${argTypeName(u)}`);
    if (A(s).kind.code !== "u") throw valueError("fromunicode() may only be called on unicode type arrays");
    fromUnicode(A(s), str);
    return None;
  }),
  ["index", (s, [x, start, stop]) => {
    const a = A(s);
    const i = findIndex(a, x, clampArg(start, a.length, 0), clampArg(stop, a.length, a.length));
    if (i < 0) throw valueError("array.index(x): x not in array");
    return i;
  }, 1, 3],
  byArity2("insert", (s, iobj, v) => {
    const a = A(s);
    let i = asSize(iobj);
    const x = a.kind.convert(v);
    if (i < 0) i = Math.max(0, i + a.length);
    if (i > a.length) i = a.length;
    a.checkResize(a.length + 1);
    a.reserve(a.length + 1);
    a.store.copyWithin(i + 1, i, a.length);
    a.store[i] = x as never;
    a.length++;
    return None;
  }),
  ["pop", (s, [iobj]) => {
    const a = A(s);
    if (a.length === 0) throw newExc(IndexError, "pop from empty array");
    let i = iobj === undefined ? -1 : asSize(iobj);
    if (i < 0) i += a.length;
    if (i < 0 || i >= a.length) throw newExc(IndexError, "pop index out of range");
    const v = a.item(i);
    a.splice(i, 1, a.store, 0);
    return v;
  }, 0, 1],
  byArity("remove", (s, x) => {
    const a = A(s);
    const i = findIndex(a, x);
    if (i < 0) throw valueError("array.remove(x): x not in array");
    a.splice(i, 1, a.store, 0);
    return None;
  }),
  ["reverse", (s) => {
    A(s).store.subarray(0, A(s).length).reverse();
    return None;
  }, 0, 0],
  ["tobytes", (s) => new PyBytesObj(A(s).bytes.slice()), 0, 0],
  byArity("tofile", (s, f) => {
    // written in blocks of 64 KiB, as CPython does
    const b = A(s).bytes;
    const write = getattr(f, "write");
    for (let i = 0; i < b.length; i += 65536) call(write, [new PyBytesObj(b.slice(i, i + 65536))]);
    return None;
  }),
  ["tolist", (s) => new PyList(A(s).items()), 0, 0],
  ["tounicode", (s) => {
    if (A(s).kind.code !== "u") throw valueError("tounicode() may only be called on unicode type arrays");
    return wcharString(A(s));
  }, 0, 0],
  ["__copy__", (s) => A(s).slice(0, 1, A(s).length, typeOf(s)), 0, 0],
  ["__deepcopy__", (s) => A(s).slice(0, 1, A(s).length, typeOf(s)), 1, 1],
  ["__reduce_ex__", (s, [p]) => reduceEx(A(s), Number(asInt(p) ?? 0)), 1, 1],
  ["__sizeof__", (s) => 64 + A(s).store.byteLength, 0, 0],
]);
ArrayType.ns.set("__hash__", None);
defGetters(ArrayType, [
  ["typecode", (s) => A(s).kind.code],
  ["itemsize", (s) => A(s).kind.size],
]);
// (array.array is not generic in 3.10: array[int] is a TypeError)
addSequenceSlots(ArrayType);

function repeat(a: PyArray, n: number): PyArray {
  const r = (newInstance(ArrayType) as PyArray).init(a.kind, a.length * n);
  for (let k = 0; k < n; k++) r.store.set(a.store.subarray(0, a.length) as never, k * a.length);
  r.length = a.length * n;
  return r;
}

defMethods(ArrayIterType, [
  ["__iter__", (s) => s, 0, 0],
  ["__next__", (s) => {
    const v = (s as PyArrayIter).step();
    if (v === undefined) throw newExc(StopIteration);
    return v;
  }, 0, 0],
  ["__reduce__", (s) => {
    const it = s as PyArrayIter;
    const builtinIter = getattr(vm.importModule("builtins"), "iter");
    return it.arr === null ? tuple([builtinIter, tuple([tuple([])])]) : tuple([builtinIter, tuple([it.arr]), it.index]);
  }, 0, 0],
  ["__setstate__", (s, [st]) => {
    const it = s as PyArrayIter;
    let i = asSize(st);
    if (i < 0) i = 0;
    if (it.arr !== null && i > it.arr.length) i = it.arr.length;
    it.index = i;
    return None;
  }, 1, 1],
]);

/** array._array_reconstructor(arraytype, typecode, mformat_code, items): unpickling from protocol 3. */
function reconstruct(args: PyObj[], kw: readonly string[] | null): PyObj {
  if (kw && kw.length) throw typeError("_array_reconstructor() takes no keyword arguments");
  if (args.length !== 4) throw typeError(`_array_reconstructor expected 4 arguments, got ${args.length}`);
  const [cls, codeObj, mformatObj, items] = args;
  if (!(cls instanceof PyType)) throw typeError(`first argument must be a type object, not ${typeOf(cls).name}`);
  if (!cls.isSubtype(ArrayType)) throw typeError(`${cls.name} is not a subtype of ${ArrayType.name}`);
  const code = asStr(codeObj);
  if (code === null || [...code].length !== 1) {
    throw typeError(`_array_reconstructor() argument 2 must be a unicode character, not ${code === null ? typeOf(codeObj).name : "str"}`);
  }
  const kind = kindOf(code);
  if (kind === undefined) throw valueError("second argument must be a valid type code");
  const mformat = asSize(mformatObj);
  if (!isMachineFormat(mformat)) throw valueError("third argument must be a valid machine format code.");
  if (!(items instanceof PyBytesObj)) throw typeError(`fourth argument should be bytes, not ${typeOf(items).name}`);
  const a = (newInstance(cls) as PyArray).init(kind);
  if (mformat === kind.mformat) fromBytes(a, items.bytes);
  else for (const v of decodeMachine(mformat, items.bytes)) a.push(v);
  return a;
}

export function makeArray(): PyModule {
  const m = makeModule("array", [["_array_reconstructor", reconstruct]], [["array", ArrayType], ["ArrayType", ArrayType], ["typecodes", TYPECODES]]);
  // the module's initialisation registers array with collections.abc.MutableSequence (so
  // isinstance(array.array('b'), MutableSequence) holds; importing array imports collections.abc)
  callMethod(getattr(vm.importModule("collections.abc"), "MutableSequence"), "register", [ArrayType]);
  return m;
}
