// Late bindings between object files that would otherwise import each other at load time: each
// setter here replaces a placeholder in the file that declares it (str length by code point, id for
// NaN hashes, subclass construction in classmethods, code-object reprs and iterators).
import type { PyObj } from "./object.ts";
import { PyType } from "./type.ts";
import { setStrLen, PyIter, call, toArray, typeOf, asStr, genericGetattr } from "./protocols.ts";
import { setUnionHelpers } from "./union.ts";
import { setFloatHelpers } from "./float.ts";
import { setIntHelpers } from "./int.ts";
import { setCodeHelpers } from "./code.ts";
import { addr, idOf, PyMappingProxy, ownNew } from "./typeobject.ts";
import { setMappingProxyOf } from "./dict.ts";
import { iterTypes, ByteArrayType, ListType, DictType, SetType, PropertyType, StaticMethodType, ClassMethodType, ModuleType, NamespaceType } from "./builtin-types.ts";
import { byteValue } from "./bytes.ts";
import { typeError } from "./exceptions.ts";
import { cpLength } from "../support/text/index.ts";

setStrLen(cpLength);
setUnionHelpers((o, a, k) => call(o, a, k), (o, n) => genericGetattr(o, n));
setMappingProxyOf((d) => new PyMappingProxy(null, d));
const callCls = (cls: PyObj, v: PyObj): PyObj => call(cls as PyType, [v]);
setFloatHelpers(idOf, callCls);
setIntHelpers((x) => {
  if (asStr(x) !== null) throw typeError(`cannot convert '${typeOf(x).name}' object to bytes`);
  return toArray(x).map((v) => byteValue(v));
}, callCls);
setCodeHelpers(addr, (items) => {
  let i = 0;
  return new PyIter(iterTypes.tuple, () => (i < items.length ? items[i++] : undefined));
});
// builtin types whose tp_new only allocates have their own __new__ all the same (typeobject.ts ownNew)
for (const t of [ByteArrayType, ListType, DictType, SetType, PropertyType, StaticMethodType, ClassMethodType, ModuleType, NamespaceType]) ownNew(t);
