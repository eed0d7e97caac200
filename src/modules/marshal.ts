// The marshal module (Python/marshal.c): dumps/loads/dump/load over dislab's marshal reader and
// writer (src/marshal/), which write CPython 3.10's bytes. Runtime values are turned into marshal's
// value model and back: ints, floats, complex, str, bytes-likes, tuples, frozensets, code objects
// (the VM's own), and lists, dicts, sets and StopIteration as containers; a list or dict met twice
// is one object (a reference in versions 3 and 4), and so is a cycle. Loading, every reference to
// a value gives its one object.
import {
  type PyObj, PyBytesObj, bufferBytes, PyFloat, PyTuple, PyList, PyDict, PySet, PyComplexObj, PyCode, None, Ellipsis, StopIteration,
  FrozenSetType, SetType, StrType, PySplitStr, PyStrSubclass, typeOf, asInt, typeError, valueError, toPyExc, call, getattr, tuple, bindArgs, newSet, constToObj, PyModule,
  TupleType, ListType, DictType, BytesType, FloatType, ComplexType, viewOfBytes, asSize, ValueError, asCInt,
} from "../objects/index.ts";
import { PyBytes, PyComplex, PyFrozenSet, PyTuple as ConstTuple, Ellipsis as ConstEllipsis, type PyConstant } from "../bytecode/constants.ts";
import { dumps as marshalDumps, MarshalContainer } from "../marshal/write.ts";
import { loadsAny, SharedFloat, Unrepresentable, type MoreBytes, type Value } from "../marshal/read.ts";
import { MARSHAL_VERSION } from "../marshal/codes.ts";
import { normInt } from "../support/text/index.ts";
import { makeModule, posFn } from "./util.ts";

type Marshalable = PyConstant | MarshalContainer;

/** w_object's view of a runtime value; an "unmarshallable" placeholder for anything else. */
function toMarshal(v: PyObj, memo: Map<PyObj, MarshalContainer>): Marshalable {
  switch (typeof v) {
    case "boolean": return v;
    case "number": return BigInt(v);
    case "bigint": return v;
    case "string": return v;
  }
  if (v === None) return null;
  if (v === Ellipsis) return ConstEllipsis;
  if (v === StopIteration) return new MarshalContainer("stopiteration");
  // an exact str held in a box (a false pair, or a str whose identity matters: len.__module__)
  if (v instanceof PyStrSubclass && v.cls === StrType) return v instanceof PySplitStr ? v.text : v.value;
  // exact types only, as w_object's PyXxx_CheckExact (subclasses are unmarshallable)
  const t = v.cls;
  if (t === FloatType) return (v as PyFloat).value;
  if (t === ComplexType) return new PyComplex((v as PyComplexObj).real, (v as PyComplexObj).imag);
  if (t === BytesType) return new PyBytes((v as PyBytesObj).bytes.slice());
  if (t === TupleType) return new ConstTuple((v as PyTuple).items.map((x) => toMarshal(x, memo) as PyConstant));
  if (v instanceof PyCode) return v.co;
  const have = memo.get(v);
  if (have !== undefined) return have;
  if (t === ListType) {
    const c = new MarshalContainer("list");
    memo.set(v, c);
    for (const x of (v as PyList).items) c.items.push(toMarshal(x, memo));
    return c;
  }
  if (t === DictType) {
    const c = new MarshalContainer("dict");
    memo.set(v, c);
    for (const e of (v as PyDict).entries()) c.items.push(toMarshal(e.key, memo), toMarshal(e.value, memo));
    return c;
  }
  if (t === SetType) {
    const c = new MarshalContainer("set");
    memo.set(v, c);
    for (const x of (v as PySet).items()) c.items.push(toMarshal(x, memo));
    return c;
  }
  if (t === FrozenSetType) return new PyFrozenSet((v as PySet).items().map((x) => toMarshal(x, memo) as PyConstant));
  // any other buffer (bytearray, a contiguous memoryview, array.array, a bytes subclass) is written as bytes
  const b = bufferBytes(v);
  if (b !== null) return new PyBytes(b.slice());
  // (reported once the whole value is written, unless a later error replaces it)
  return new MarshalContainer("unmarshallable");
}

/**
 * r_object's runtime value for what the reader returned. The reader gives every reference to a
 * value the same JS object, so `memo` makes each one runtime object, as r_object's reference list.
 */
function fromMarshal(v: Value, memo: Map<object, PyObj>): PyObj {
  if (typeof v !== "object" || v === null) return typeof v === "bigint" ? normInt(v) : constToObj(v);
  const have = memo.get(v);
  if (have !== undefined) return have;
  const obj = newFromMarshal(v, memo);
  memo.set(v, obj);
  return obj;
}

function newFromMarshal(v: Exclude<Value, bigint | number | string | boolean | null>, memo: Map<object, PyObj>): PyObj {
  if (v instanceof SharedFloat) return new PyFloat(v.value);
  if (v instanceof Unrepresentable) {
    if (v.what === "StopIteration") return StopIteration;
    if (v.what === "a list") {
      const l = new PyList([]);
      memo.set(v, l);
      for (const x of v.items) l.items.push(fromMarshal(x, memo));
      return l;
    }
    if (v.what === "a dict") {
      const d = new PyDict();
      memo.set(v, d);
      for (let i = 0; i < v.items.length; i += 2) d.set(fromMarshal(v.items[i], memo), fromMarshal(v.items[i + 1], memo));
      return d;
    }
    const s = newSet([], SetType);
    memo.set(v, s);
    for (const x of v.items) s.add(fromMarshal(x, memo));
    return s;
  }
  if (v instanceof ConstTuple) return tuple(v.items.map((x) => fromMarshal(x as Value, memo)));
  // added in the order read, as r_object adds them
  if (v instanceof PyFrozenSet) return newSet(v.buildOrder.map((x) => fromMarshal(x as Value, memo)), FrozenSetType);
  return constToObj(v);
}

/** The version argument: a clinic `int` (__index__, within C int's range). */
function versionArg(x: PyObj | undefined): number {
  return x === undefined ? MARSHAL_VERSION : asCInt(x);
}

function dumpsValue(value: PyObj, version: number): PyBytesObj {
  try {
    return new PyBytesObj(marshalDumps(toMarshal(value, new Map()), version));
  } catch (e) {
    throw toPyExc(e);
  }
}

function bytesArg(x: PyObj): Uint8Array {
  const b = bufferBytes(x);
  if (b !== null) return b;
  throw typeError(`a bytes-like object is required, not '${typeOf(x).name}'`);
}

function loadsValue(data: Uint8Array, more: MoreBytes | null = null): PyObj {
  let v: Value;
  try {
    v = loadsAny(data, more);
  } catch (e) {
    throw toPyExc(e);
  }
  return fromMarshal(v, new Map());
}

/**
 * marshal.load's r_string: each piece is read with one file.readinto(memoryview) of its size (a
 * view of fresh memory, whose .obj is None, as PyMemoryView_FromMemory's); the count it returns
 * must not exceed the size (fewer is the file's end).
 */
function readPieces(file: PyObj): MoreBytes {
  return (n) => {
    const mem = { bytes: new Uint8Array(n) };
    const read = asSize(call(getattr(file, "readinto"), [viewOfBytes(None, mem, false, null)]), undefined, ValueError);
    if (read > n) throw valueError(`read() returned too much data: ${n} bytes requested, ${read} returned`);
    return read < n ? mem.bytes.subarray(0, Math.max(0, read)) : mem.bytes;
  };
}

export function makeMarshal(): PyModule {
  return makeModule("marshal", [
    ["dumps", (a, k) => {
      const [value, version] = bindArgs("marshal.dumps", a, k, ["value", "version"], 1, 2);
      return dumpsValue(value!, versionArg(version));
    }],
    ["loads", posFn("marshal.loads", 1, 1, ([bytes]) => loadsValue(bytesArg(bytes)))],
    ["dump", (a, k) => {
      const [value, file, version] = bindArgs("dump", a, k, ["value", "file", "version"], 2, 3);
      const data = dumpsValue(value!, versionArg(version));
      call(getattr(file!, "write"), [data]);
      return None;
    }],
    // marshal.load reads exactly the value's bytes, piece by piece, leaving the file just after it.
    ["load", posFn("marshal.load", 1, 1, ([file]) => {
      // read(0) first, as marshal_load does, to refuse a file whose read() gives no bytes
      const probe = call(getattr(file, "read"), [0]);
      if (!(probe instanceof PyBytesObj)) throw typeError(`file.read() returned not bytes but ${typeOf(probe).name}`);
      return loadsValue(new Uint8Array(0), readPieces(file));
    })],
  ], [["version", MARSHAL_VERSION]], "This module contains functions that can read and write Python values in\na binary format.");
}
