// Every builtin type object, created here in one place so the per-type files (which add methods
// and the instance factory) can import them without circular-initialisation trouble. CPython
// declares these as static PyTypeObjects across Objects/*.c; `layout` marks a type whose
// instances have their own representation (a "solid base" in typeobject.c's terms).
import { PySingleton } from "./object.ts";
import { PyType, TPFLAGS_MAPPING, TPFLAGS_SEQUENCE } from "./type.ts";

function mk(name: string, base: PyType | null, layout: boolean, opts: { noSub?: boolean; module?: string } = {}): PyType {
  const t = new PyType(TypeType ?? null, name, base ? [base] : [], null);
  if (layout) t.solid = t;
  if (opts.noSub) t.baseAllowed = false;
  if (opts.module) t.staticModule = opts.module;
  return t;
}

// `type` is its own metatype, and `object` is the root: both are patched once they exist.
// eslint-disable-next-line prefer-const
let TypeType: PyType = undefined as unknown as PyType;
export const ObjectType = mk("object", null, true);
TypeType = mk("type", ObjectType, true);
ObjectType.cls = TypeType;
TypeType.cls = TypeType;
export { TypeType };

export const IntType = mk("int", ObjectType, true);
export const BoolType = mk("bool", IntType, true, { noSub: true });
export const FloatType = mk("float", ObjectType, true);
export const ComplexType = mk("complex", ObjectType, true);
export const StrType = mk("str", ObjectType, true);
export const BytesType = mk("bytes", ObjectType, true);
export const ByteArrayType = mk("bytearray", ObjectType, true);
export const TupleType = mk("tuple", ObjectType, true);
export const ListType = mk("list", ObjectType, true);
export const DictType = mk("dict", ObjectType, true);
export const SetType = mk("set", ObjectType, true);
export const FrozenSetType = mk("frozenset", ObjectType, true);
export const RangeType = mk("range", ObjectType, true, { noSub: true });
export const SliceType = mk("slice", ObjectType, true, { noSub: true });
export const NoneType = mk("NoneType", ObjectType, true, { noSub: true });
export const NotImplementedType = mk("NotImplementedType", ObjectType, true, { noSub: true });
export const EllipsisType = mk("ellipsis", ObjectType, true, { noSub: true });
export const FunctionType = mk("function", ObjectType, true, { noSub: true });
export const BuiltinFunctionType = mk("builtin_function_or_method", ObjectType, true, { noSub: true });
export const MethodType = mk("method", ObjectType, true, { noSub: true });
export const MethodDescrType = mk("method_descriptor", ObjectType, true, { noSub: true });
export const ClassMethodDescrType = mk("classmethod_descriptor", ObjectType, true, { noSub: true });
export const WrapperDescrType = mk("wrapper_descriptor", ObjectType, true, { noSub: true });
export const MethodWrapperType = mk("method-wrapper", ObjectType, true, { noSub: true });
export const GetSetDescrType = mk("getset_descriptor", ObjectType, true, { noSub: true });
export const MemberDescrType = mk("member_descriptor", ObjectType, true, { noSub: true });
export const CodeType = mk("code", ObjectType, true, { noSub: true });
export const CellType = mk("cell", ObjectType, true, { noSub: true });
export const ModuleType = mk("module", ObjectType, true);
export const PropertyType = mk("property", ObjectType, true);
export const ClassMethodType = mk("classmethod", ObjectType, true);
export const StaticMethodType = mk("staticmethod", ObjectType, true);
export const SuperType = mk("super", ObjectType, true);
export const GeneratorType = mk("generator", ObjectType, true, { noSub: true });
export const CoroutineType = mk("coroutine", ObjectType, true, { noSub: true });
export const AsyncGeneratorType = mk("async_generator", ObjectType, true, { noSub: true });
export const CoroutineWrapperType = mk("coroutine_wrapper", ObjectType, true, { noSub: true });
export const AsyncGenASendType = mk("async_generator_asend", ObjectType, true, { noSub: true });
export const AsyncGenAThrowType = mk("async_generator_athrow", ObjectType, true, { noSub: true });
export const FrameType = mk("frame", ObjectType, true, { noSub: true });
export const TracebackType = mk("traceback", ObjectType, true, { noSub: true });
export const MappingProxyType = mk("mappingproxy", ObjectType, true, { noSub: true });
// (before any subclass exists: a class takes its flags from its bases when it is made)
for (const t of [TupleType, ListType, RangeType]) t.collectionFlags = TPFLAGS_SEQUENCE;
for (const t of [DictType, MappingProxyType]) t.collectionFlags = TPFLAGS_MAPPING;
export const DictKeysType = mk("dict_keys", ObjectType, true, { noSub: true });
export const DictValuesType = mk("dict_values", ObjectType, true, { noSub: true });
export const DictItemsType = mk("dict_items", ObjectType, true, { noSub: true });
export const EnumerateType = mk("enumerate", ObjectType, true);
export const ZipType = mk("zip", ObjectType, true);
export const MapType = mk("map", ObjectType, true);
export const FilterType = mk("filter", ObjectType, true);
export const ReversedType = mk("reversed", ObjectType, true);
export const NamespaceType = mk("SimpleNamespace", ObjectType, true, { module: "types" });

/** Iterator types that have no behaviour of their own beyond __next__ (one native class). */
export const iterTypes = {
  list: mk("list_iterator", ObjectType, true, { noSub: true }),
  listReverse: mk("list_reverseiterator", ObjectType, true, { noSub: true }),
  tuple: mk("tuple_iterator", ObjectType, true, { noSub: true }),
  str: mk("str_iterator", ObjectType, true, { noSub: true }),
  bytes: mk("bytes_iterator", ObjectType, true, { noSub: true }),
  bytearray: mk("bytearray_iterator", ObjectType, true, { noSub: true }),
  range: mk("range_iterator", ObjectType, true, { noSub: true }),
  longRange: mk("longrange_iterator", ObjectType, true, { noSub: true }),
  dictKeys: mk("dict_keyiterator", ObjectType, true, { noSub: true }),
  dictValues: mk("dict_valueiterator", ObjectType, true, { noSub: true }),
  dictItems: mk("dict_itemiterator", ObjectType, true, { noSub: true }),
  dictRevKeys: mk("dict_reversekeyiterator", ObjectType, true, { noSub: true }),
  dictRevValues: mk("dict_reversevalueiterator", ObjectType, true, { noSub: true }),
  dictRevItems: mk("dict_reverseitemiterator", ObjectType, true, { noSub: true }),
  set: mk("set_iterator", ObjectType, true, { noSub: true }),
  seq: mk("iterator", ObjectType, true, { noSub: true }),
  callable: mk("callable_iterator", ObjectType, true, { noSub: true }),
  memory: mk("memory_iterator", ObjectType, true, { noSub: true }),
};

export const None = new PySingleton(NoneType);
PyType.none = None;
export const NotImplemented = new PySingleton(NotImplementedType);
export const Ellipsis = new PySingleton(EllipsisType);
