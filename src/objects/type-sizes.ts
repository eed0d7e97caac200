// type.__basicsize__, __itemsize__, __dictoffset__ and __weakrefoffset__ as 64-bit CPython 3.10 has
// them, the platform dislab models (sys.maxsize is 2**63 - 1). dislab's objects are JS objects, so
// these are CPython's numbers, not dislab's memory: a builtin type's come from the table CPython
// wrote (type-sizes-data.ts), a class statement's are laid out as type_new lays out its instances.
import type { PyType } from "./type.ts";
import { BUILTIN_TYPE_SIZES } from "./type-sizes-data.ts";

/** [tp_basicsize, tp_itemsize, tp_dictoffset, tp_weaklistoffset]. */
export type TypeSizes = readonly [number, number, number, number];

/** sizeof(PyObject *): what each __slots__ name, an added __dict__ and a weak reference list take. */
const POINTER_SIZE = 8;

/** t's sizes. A builtin type missing from the table has its base's. */
export function typeSizes(t: PyType): TypeSizes {
  if (t.sizes === null) t.sizes = BUILTIN_TYPE_SIZES[tableKey(t)] ?? (t.base !== null ? typeSizes(t.base) : [16, 0, 0, 0]);
  return t.sizes;
}

/** The table's key: tp_name ("collections.deque"), which some builtin types keep as their name. */
function tableKey(t: PyType): string {
  const m = t.moduleName;
  return m === "builtins" || t.name.includes(".") ? t.name : `${m}.${t.name}`;
}

/** Whether the sizes of builtin type t are CPython's own rather than guessed from its base. */
export const knownBuiltinSizes = (t: PyType): boolean => BUILTIN_TYPE_SIZES[tableKey(t)] !== undefined;

/**
 * A class statement's sizes (type_new_descriptors): after its base's layout come its own slots,
 * then the __dict__ pointer (at the end of a variable-size instance: offset -8), then the weak
 * reference list.
 */
export function heapTypeSizes(base: PyType, slots: number, addsDict: boolean, addsWeakrefs: boolean): TypeSizes {
  const [basicsize, itemsize, baseDictOffset, baseWeakOffset] = typeSizes(base);
  let end = basicsize + POINTER_SIZE * slots;
  let dictOffset = baseDictOffset;
  if (addsDict) {
    dictOffset = itemsize !== 0 ? -POINTER_SIZE : end;
    end += POINTER_SIZE;
  }
  let weakOffset = baseWeakOffset;
  if (addsWeakrefs) {
    weakOffset = end;
    end += POINTER_SIZE;
  }
  return [end, itemsize, dictOffset, weakOffset];
}
