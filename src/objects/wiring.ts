// Late bindings between object files that would otherwise import each other at load time: each
// setter here replaces a placeholder in the file that declares it (str length by code point, id for
// NaN hashes, subclass construction in classmethods, code-object reprs and iterators).
import type { PyObj } from "./object.ts";
import { PyType } from "./type.ts";
import { setStrLen, PyIter, call, callDescr, toArray, typeOf, asStr, genericGetattr } from "./protocols.ts";
import { setUnionHelpers } from "./union.ts";
import { setFloatHelpers } from "./float.ts";
import { setIntHelpers } from "./int.ts";
import { setCodeHelpers } from "./code.ts";
import { addr, idOf, PyMappingProxy, ownNew } from "./typeobject.ts";
import { setMappingProxyOf } from "./dict.ts";
import { iterTypes, ByteArrayType, ListType, DictType, SetType, PropertyType, StaticMethodType, ClassMethodType, ModuleType, NamespaceType } from "./builtin-types.ts";
import { byteValue, bufferBytes } from "./bytes.ts";
import { PyBytesObj } from "./boxes.ts";
import { typeError } from "./exceptions.ts";
import { cpLength } from "../support/text/index.ts";

setStrLen(cpLength);
setUnionHelpers((o, a, k) => call(o, a, k), (o, n) => genericGetattr(o, n));
setMappingProxyOf((d) => new PyMappingProxy(null, d));
const callCls = (cls: PyObj, v: PyObj): PyObj => call(cls as PyType, [v]);
setFloatHelpers(idOf, callCls);
// int.from_bytes reads its argument as PyObject_Bytes does: __bytes__, a buffer, else an iterable
// of ints (not a str)
setIntHelpers((x) => {
  const t = typeOf(x);
  const bf = t.lookup("__bytes__");
  if (bf !== undefined) {
    const r = callDescr(bf, x, []);
    if (!(r instanceof PyBytesObj)) throw typeError(`__bytes__ returned non-bytes (type ${typeOf(r).name})`);
    return r.bytes;
  }
  const b = bufferBytes(x);
  if (b !== null) return b;
  if (asStr(x) !== null || (t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined)) {
    throw typeError(`cannot convert '${t.name}' object to bytes`);
  }
  return Uint8Array.from(toArray(x), (v) => byteValue(v, "bytes must be in range(0, 256)"));
}, callCls);
setCodeHelpers(addr, (items) => {
  let i = 0;
  return new PyIter(iterTypes.tuple, () => (i < items.length ? items[i++] : undefined));
});
// builtin types whose tp_new only allocates have their own __new__ all the same (typeobject.ts ownNew)
for (const t of [ByteArrayType, ListType, DictType, SetType, PropertyType, StaticMethodType, ClassMethodType, ModuleType, NamespaceType]) ownNew(t);
