// Python-visible attributes and reprs of callables and small builtin objects: function
// (funcobject.c), method (classobject.c), builtin_function_or_method and the method/getset
// descriptors (methodobject.c, descrobject.c), cell, None/NotImplemented/Ellipsis (object.c).
import type { PyObj } from "./object.ts";
import { PyObject } from "./object.ts";
import { PyStrSubclass } from "./boxes.ts";
import {
  BuiltinFunctionType, CellType, ClassMethodDescrType, EllipsisType, FunctionType, GetSetDescrType, MethodDescrType, MethodType, NoneType,
  NotImplementedType, WrapperDescrType, MemberDescrType, None, NotImplemented, Ellipsis, StrType,
} from "./builtin-types.ts";
import { exceptionTypes, typeError, valueError } from "./exceptions.ts";
import { vm } from "./hooks.ts";
import { asStr, call, descrGet, notApplicable, genericGetattr, getattr, noAttribute, repr, typeOf, argTypeName, eq, hash, richCompare, cmpResult, type Cmp } from "./protocols.ts";
import { PyBuiltinFunction, PyMethodWrapper, PyClassMethodDescr, PyFunction, PyGetSetDescr, PyMethod, PyMethodDescr, asMembers, shareMethods, defGetters, defMethods, bindArgs, type MethodRow } from "./function.ts";
import { PyDict } from "./dict.ts";
import { PyTuple, tuple } from "./tuple.ts";
import { PyCell } from "./cell.ts";
import { PyCode } from "./code.ts";
import { publicBuiltins } from "./foreign-builtins.ts";
import { addr, idOf } from "./typeobject.ts";
import { PyType } from "./type.ts";
import { METHOD_DOCS, SLOT_DOCS } from "./method-docs.ts";
import { ATTRIBUTE_DOCS } from "./attribute-docs.ts";
import { normInt } from "../support/text/index.ts";
import { hashPointer } from "../support/hash.ts";

const F = (x: PyObj) => x as PyFunction;
FunctionType.hasDict = true;
defGetters(FunctionType, [
  ["__name__", (s) => F(s).name, (s, v) => {
    const n = v === undefined ? null : asStr(v);
    if (n === null) throw typeError("__name__ must be set to a string object");
    F(s).name = n;
  }],
  ["__qualname__", (s) => F(s).qualname, (s, v) => {
    const n = v === undefined ? null : asStr(v);
    if (n === null) throw typeError("__qualname__ must be set to a string object");
    F(s).qualname = n;
  }],
  ["__doc__", (s) => F(s).doc, (s, v) => (F(s).doc = v ?? None)],
  ["__code__", (s) => F(s).code, (s, v) => {
    if (!(v instanceof PyCode)) throw typeError("__code__ must be set to a code object");
    // the function's closure cells are the new code's free variables: their numbers must agree
    const nclosure = F(s).closure?.length ?? 0;
    const nfree = v.co.co_freevars.length;
    if (nclosure !== nfree) throw valueError(`${F(s).name}() requires a code object with ${nclosure} free vars, not ${nfree}`);
    F(s).code = v;
  }],
  ["__globals__", (s) => F(s).globals],
  ["__module__", (s) => F(s).module, (s, v) => (F(s).module = v ?? None)],
  ["__defaults__", (s) => (F(s).defaults ? tuple(F(s).defaults!.slice()) : None), (s, v) => {
    if (v === undefined || v === None) F(s).defaults = null;
    else if (v instanceof PyTuple) F(s).defaults = v.items.slice();
    else throw typeError("__defaults__ must be set to a tuple object");
  }],
  ["__kwdefaults__", (s) => F(s).kwdefaults ?? None, (s, v) => {
    if (v === undefined || v === None) F(s).kwdefaults = null;
    else if (v instanceof PyDict) F(s).kwdefaults = v;
    else throw typeError("__kwdefaults__ must be set to a dict object");
  }],
  ["__closure__", (s) => (F(s).closure ? tuple(F(s).closure!.slice()) : None)],
  ["__annotations__", (s) => {
    const f = F(s);
    if (f.annotations === None) f.annotations = new PyDict();
    else if (f.annotations instanceof PyTuple) {
      const d = new PyDict();
      const it = f.annotations.items;
      for (let i = 0; i + 1 < it.length; i += 2) d.set(it[i], it[i + 1]);
      f.annotations = d;
    }
    return f.annotations;
  }, (s, v) => {
    // func_set_annotations: a dict, or None/deletion (a new empty dict on the next read)
    if (v !== undefined && v !== None && !(v instanceof PyDict)) throw typeError("__annotations__ must be set to a dict object");
    F(s).annotations = v ?? None;
  }],
  // (PyObject_GenericSetDict)
  ["__dict__", (s) => (F(s).dict ??= new PyDict()), (s, v) => {
    if (v === undefined) throw typeError("cannot delete __dict__");
    if (!(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeOf(v).name}'`);
    F(s).dict = v;
  }],
  // func_builtins, taken from the globals when the function was made (_PyEval_BuiltinsFromGlobals)
  ["__builtins__", (s) => publicBuiltins(F(s).builtins ?? vm.builtinsFor(F(s).globals))],
]);
defMethods(FunctionType, [
  ["__new__", (_c, args, kw) => {
    const [code, globals, name, argdefs, closure] = bindArgs("function", args, kw, ["code", "globals", "name", "argdefs", "closure"], 2);
    if (!(code instanceof PyCode)) throw typeError(`function() argument 'code' must be code, not ${argTypeName(code!)}`);
    if (!(globals instanceof PyDict)) throw typeError(`function() argument 'globals' must be dict, not ${argTypeName(globals!)}`);
    const f = new PyFunction(code, globals, code.co.co_name);
    if (name !== undefined && name !== None) {
      const n = asStr(name);
      if (n === null) throw typeError("arg 3 (name) must be None or string");
      // (only __name__: func_new leaves __qualname__ the code's co_name, which call errors name)
      f.name = n;
    }
    if (argdefs !== undefined && argdefs !== None) {
      if (!(argdefs instanceof PyTuple)) throw typeError("arg 4 (defaults) must be None or tuple");
      f.defaults = argdefs.items.slice();
    }
    const nfree = code.co.co_freevars.length;
    if (closure !== undefined && closure !== None) {
      if (!(closure instanceof PyTuple)) throw typeError("arg 5 (closure) must be tuple");
      f.closure = closure.items.slice();
    }
    if ((f.closure?.length ?? 0) !== nfree) throw valueError(`${f.name} requires closure of length ${nfree}, not ${f.closure?.length ?? 0}`);
    return f;
  }],
  ["__repr__", (s) => `<function ${F(s).qualname} at ${addr(s)}>`, 0, 0],
  ["__get__", (s, [obj]) => (obj === None ? s : new PyMethod(s, obj)), 1, 2],
  ["__call__", (s, args, kw) => call(s, args, kw)],
]);

asMembers(FunctionType, ["__closure__", "__doc__", "__globals__", "__module__", "__builtins__"]);
const M = (x: PyObj) => x as PyMethod;
defGetters(MethodType, [
  ["__func__", (s) => M(s).func],
  ["__self__", (s) => M(s).self],
  // (__name__, __qualname__, __module__ are the function's, read through __getattribute__: nothing
  // of the method's own to assign)
  ["__doc__", (s) => genericAttr(M(s).func, "__doc__")],
]);
asMembers(MethodType, ["__func__", "__self__"]);
function genericAttr(o: PyObj, n: string): PyObj {
  const r = genericGetattr(o, n);
  if (r === undefined) throw noAttribute(o, n);
  return r;
}
defMethods(MethodType, [
  // types.MethodType(function, instance) (method_new).
  ["__new__", (_cls, args, kw) => {
    if (kw && kw.length) throw typeError("method() takes no keyword arguments");
    if (args.length !== 2) throw typeError(`method expected 2 arguments, got ${args.length}`);
    const [func, self] = args;
    if (typeOf(func).lookup("__call__") === undefined) throw typeError("first argument must be callable");
    if (self === None) throw typeError("self must not be None");
    return new PyMethod(func, self);
  }],
  ["__repr__", (s) => {
    const f = M(s).func;
    const qn = genericGetattr(f, "__qualname__") ?? genericGetattr(f, "__name__") ?? "?";
    return `<bound method ${asStr(qn) ?? "?"} of ${repr(M(s).self)}>`;
  }, 0, 0],
  ["__call__", (s, args, kw) => call(s, args, kw)],
  // method_reduce: getattr(self, func.__name__)
  ["__reduce__", (s) => tuple([getattr(vm.importModule("builtins"), "getattr"), tuple([M(s).self, getattr(M(s).func, "__name__")])]), 0, 0],
  ["__eq__", (s, [o]) => (o instanceof PyMethod ? M(s).self === o.self && eq(M(s).func, o.func) : NotImplemented), 1, 1],
  // method_hash: self by identity (its __hash__ is not called), xor the function's hash
  ["__hash__", (s) => {
    const x = hashPointer(BigInt(idOf(M(s).self))) ^ hash(M(s).func);
    return normInt(x === -1n ? -2n : x);
  }, 0, 0],
  ["__getattribute__", (s, [n]) => {
    const name = asStr(n)!;
    const r = genericGetattr(s, name);
    if (r !== undefined) return r;
    // method_getattro: any other name is the function's, and so is the error
    return getattr(M(s).func, name);
  }, 1, 1],
  ["__get__", (s) => s, 1, 2],
]);

// A builtin's doc is C's ml_doc: "name(signature)\n--\n\n" then the text, when it has a signature.
const SIGNATURE_END = ")\n--\n\n";

/** find_signature + skip_signature: [start of "(...)", end of the marker], or null. */
function signatureSpan(name: string, doc: string): [number, number] | null {
  const short = name.slice(name.lastIndexOf(".") + 1);
  if (!doc.startsWith(short) || doc[short.length] !== "(") return null;
  for (let i = short.length; i < doc.length; i++) {
    if (doc.startsWith(SIGNATURE_END, i)) return [short.length, i + SIGNATURE_END.length];
    if (doc[i] === "\n" && doc[i + 1] === "\n") return null;
  }
  return null;
}

/** _PyType_GetDocFromInternalDoc */
export function docFromInternalDoc(name: string, doc: PyObj): PyObj {
  if (typeof doc !== "string") return doc;
  const span = signatureSpan(name, doc);
  const text = span === null ? doc : doc.slice(span[1]);
  return text === "" ? None : text;
}

/** _PyType_GetTextSignatureFromInternalDoc */
export function textSignatureFromInternalDoc(name: string, doc: PyObj): PyObj {
  if (typeof doc !== "string") return None;
  const span = signatureSpan(name, doc);
  return span === null ? None : doc.slice(span[0], span[1] - SIGNATURE_END.length + 1);
}

/** A builtin type's method doc by owner and name (a bound method finds it by its qualname). */
function methodDoc(qualname: string, name: string, slot: boolean): PyObj {
  return METHOD_DOCS.get(qualname) ?? (slot ? SLOT_DOCS.get(name) : undefined) ?? None;
}
/** A builtin function's own doc, or for a method bound from a builtin type, the method's. */
function builtinDoc(f: PyBuiltinFunction): PyObj {
  if (f.doc !== None || f.qualname === f.name) return f.doc;
  const doc = methodDoc(f.qualname, f.name, true);
  if (doc !== None || f.self === null) return doc;
  // a type whose name carries its module ("collections.OrderedDict") files its docs under that name
  const t = f.self instanceof PyType ? f.self : typeOf(f.self);
  const owner = t.mro.find((b) => b.name !== b.qualname && `${b.qualname}.${f.name}` === f.qualname);
  return owner ? methodDoc(`${owner.name}.${f.name}`, f.name, true) : doc;
}

const BF = (x: PyObj) => x as PyBuiltinFunction;
/**
 * The m_module of the builtins module's functions: in CPython the module's own name object, a str
 * distinct from the interned 'builtins' that builtin types' __module__ returns. pickle memoises by
 * id(), so `pickle.dumps([len, int])` writes 'builtins' twice; this box (exact type str) keeps the
 * two apart as CPython's objects are.
 */
const BUILTINS_M_MODULE = new PyStrSubclass("builtins", StrType);
/** The m_module str of each native module's functions (see __module__ below). */
const moduleNames = new WeakMap<PyObject, PyStrSubclass>();
/** m_module assigned (None once deleted): rare, so kept beside the functions rather than in each. */
const assignedModule = new WeakMap<PyBuiltinFunction, PyObj>();

/**
 * Gives module function f the m_module `name` rather than its module's __name__: the _io module's
 * functions (builtins.open among them) have 'io', the name in _io's module definition, so that
 * pickle finds open as io.open.
 */
export function setBuiltinModule(f: PyBuiltinFunction, name: string): void {
  assignedModule.set(f, name);
}
defGetters(BuiltinFunctionType, [
  ["__name__", (s) => BF(s).name],
  ["__qualname__", (s) => BF(s).qualname],
  ["__self__", (s) => (BF(s).isStatic ? None : BF(s).self ?? None)],
  ["__doc__", (s) => docFromInternalDoc(BF(s).name, builtinDoc(BF(s)))],
  // m_module: the defining module's name for module functions, None for bound methods
  ["__module__", (s) => {
    const assigned = assignedModule.get(BF(s));
    if (assigned !== undefined) return assigned;
    const self = BF(s).self;
    if (self === null) return BUILTINS_M_MODULE;
    if (!(self instanceof PyObject && self.cls.name === "module" && self.dict !== null)) return None;
    const name = self.dict.getStr("__name__") ?? None;
    if (name === "builtins") return BUILTINS_M_MODULE;
    if (typeof name !== "string") return name;
    // one str per module, apart from the interned one its static types' __module__ gives: pickling
    // array.array writes 'array' for _array_reconstructor's module and again for the type's
    let box = moduleNames.get(self);
    if (box === undefined || box.value !== name) moduleNames.set(self, (box = new PyStrSubclass(name, StrType)));
    return box;
  }, (s, v) => void assignedModule.set(BF(s), v ?? None)],
  ["__text_signature__", (s) => textSignatureFromInternalDoc(BF(s).name, builtinDoc(BF(s)))],
]);
// meth_members: a writable T_OBJECT
asMembers(BuiltinFunctionType, ["__module__"]);
defMethods(BuiltinFunctionType, [
  ["__repr__", (s) => {
    const f = BF(s);
    if (f.self === null || (f.self instanceof PyObject && f.self.cls.name === "module")) return `<built-in function ${f.name}>`;
    return `<built-in method ${f.name} of ${typeOf(f.self).name} object at ${addr(f.self)}>`;
  }, 0, 0],
  ["__call__", (s, args, kw) => BF(s).fn(args, kw)],
  // meth_reduce: a module function pickles as its name (a global), a bound one as getattr(self, name)
  ["__reduce__", (s) => {
    const f = BF(s);
    if (f.self === null || (f.self instanceof PyObject && f.self.cls.name === "module")) return f.name;
    return tuple([getattr(vm.importModule("builtins"), "getattr"), tuple([f.self, f.name])]);
  }, 0, 0],
  ["__eq__", (s, [o]) => (o instanceof PyBuiltinFunction ? (BF(s).fn === o.fn || (BF(s).self === o.self && BF(s).name === o.name && o.self !== null)) : NotImplemented), 1, 1],
  ["__hash__", (s) => normInt(BigInt(hash(BF(s).name))), 0, 0],
]);

const MD = (x: PyObj) => x as PyMethodDescr;
for (const T of [MethodDescrType, WrapperDescrType]) {
  defGetters(T, [
    ["__name__", (s) => MD(s).name],
    ["__qualname__", (s) => `${MD(s).owner.qualname}.${MD(s).name}`],
    ["__objclass__", (s) => MD(s).owner],
    ["__doc__", (s) => docFromInternalDoc(MD(s).name, methodDoc(`${MD(s).owner.name}.${MD(s).name}`, MD(s).name, T === WrapperDescrType))],
    ["__text_signature__", (s) => textSignatureFromInternalDoc(MD(s).name, methodDoc(`${MD(s).owner.name}.${MD(s).name}`, MD(s).name, T === WrapperDescrType))],
  ]);
  defMethods(T, [
    ["__repr__", (s) => (T === WrapperDescrType ? `<slot wrapper '${MD(s).name}' of '${MD(s).owner.name}' objects>` : `<method '${MD(s).name}' of '${MD(s).owner.name}' objects>`), 0, 0],
    // wrap_descr_get, then method_get's descr_check
    ["__get__", (s, [obj, t]) => {
      const o = obj === None ? null : obj;
      if (o === null && (t === undefined || t === None)) throw typeError("__get__(None, None) is invalid");
      if (o === null) return s;
      if (!typeOf(o).isSubtype(MD(s).owner)) throw notApplicable(MD(s).name, MD(s).owner, o);
      return descrGet(s, o, t instanceof PyType ? t : typeOf(o));
    }, 1, 2],
    ["__call__", (s, args, kw) => call(s, args, kw)],
  ]);
}

defGetters(ClassMethodDescrType, [
  ["__name__", (s) => (s as PyClassMethodDescr).name],
  ["__qualname__", (s) => `${(s as PyClassMethodDescr).owner.qualname}.${(s as PyClassMethodDescr).name}`],
  ["__objclass__", (s) => (s as PyClassMethodDescr).owner],
  ["__doc__", (s) => docFromInternalDoc((s as PyClassMethodDescr).name, methodDoc(`${(s as PyClassMethodDescr).owner.name}.${(s as PyClassMethodDescr).name}`, "", false))],
  ["__text_signature__", (s) => textSignatureFromInternalDoc((s as PyClassMethodDescr).name, methodDoc(`${(s as PyClassMethodDescr).owner.name}.${(s as PyClassMethodDescr).name}`, "", false))],
]);
/** classmethod_get: the descriptor bound to `cls` (obj's type when none is given), which must be a subtype of its owner. */
function classMethodBound(d: PyClassMethodDescr, o: PyObj | null, cls: PyObj): PyObj {
  if (!(cls instanceof PyType)) throw typeError(`descriptor '${d.name}' for type '${d.owner.name}' needs a type, not a '${typeOf(cls).name}' as arg 2`);
  if (!cls.isSubtype(d.owner)) throw typeError(`descriptor '${d.name}' requires a subtype of '${d.owner.name}' but received '${cls.name}'`);
  return descrGet(d, o, cls);
}
defMethods(ClassMethodDescrType, [
  ["__repr__", (s) => `<method '${(s as PyClassMethodDescr).name}' of '${(s as PyClassMethodDescr).owner.name}' objects>`, 0, 0],
  // wrap_descr_get, then classmethod_get's checks
  ["__get__", (s, [obj, t]) => {
    const o = obj === None ? null : obj;
    const given = t === undefined || t === None ? null : t;
    if (o === null && given === null) throw typeError("__get__(None, None) is invalid");
    return classMethodBound(s as PyClassMethodDescr, o, given ?? typeOf(o!));
  }, 1, 2],
  // classmethoddescr_call: dict.__dict__['fromkeys'](dict, keys), the first argument the class
  ["__call__", (s, args, kw) => {
    const d = s as PyClassMethodDescr;
    const npos = args.length - (kw ? kw.length : 0);
    if (npos < 1) throw typeError(`descriptor '${d.name}' of '${d.owner.name}' object needs an argument`);
    return call(classMethodBound(d, null, args[0]), args.slice(1), kw);
  }],
]);
// descr_reduce: a descriptor pickles as getattr(owner, name); 3.10.2's getset_descriptor has no
// __reduce__ (object's refuses it: "cannot pickle 'getset_descriptor' object")
for (const T of [MethodDescrType, WrapperDescrType, ClassMethodDescrType, MemberDescrType]) {
  defMethods(T, [["__reduce__", (s) => {
    const d = s as unknown as { owner: PyType; name: string };
    return tuple([getattr(vm.importModule("builtins"), "getattr"), tuple([d.owner, d.name])]);
  }, 0, 0]]);
}
const GS = (x: PyObj) => x as PyGetSetDescr;
/** descr_check: a descriptor called by hand applies only to instances of its owner. */
function descrCheck(d: PyGetSetDescr, obj: PyObj): PyObj {
  if (!typeOf(obj).isSubtype(d.owner)) throw notApplicable(d.name, d.owner, obj);
  return obj;
}
defGetters(GetSetDescrType, [
  ["__name__", (s) => GS(s).name],
  ["__qualname__", (s) => `${GS(s).owner.qualname}.${GS(s).name}`],
  ["__objclass__", (s) => GS(s).owner],
  // a builtin type's descriptors are documented as CPython's (attribute-docs.ts)
  ["__doc__", (s) => GS(s).doc ?? (GS(s).owner.heap ? undefined : ATTRIBUTE_DOCS.get(`${GS(s).owner.moduleName}.${GS(s).owner.qualname}.${GS(s).name}`)) ?? None],
]);
defMethods(GetSetDescrType, [
  ["__repr__", (s) => `<attribute '${GS(s).name}' of '${GS(s).owner.name}' objects>`, 0, 0],
  ["__get__", (s, [obj, t]) => (obj === None ? s : descrGet(s, descrCheck(GS(s), obj), t instanceof PyType ? t : typeOf(obj))), 1, 2],
  ["__set__", (s, [obj, v]) => {
    descrCheck(GS(s), obj);
    if (!GS(s).set) throw typeError(`attribute '${GS(s).name}' of '${GS(s).owner.name}' objects is not writable`);
    GS(s).set!(obj, v);
    return None;
  }, 2, 2],
  ["__delete__", (s, [obj]) => {
    if (!GS(s).set) throw typeError(`attribute '${GS(s).name}' of '${GS(s).owner.name}' objects is not writable`);
    GS(s).set!(obj, undefined);
    return None;
  }, 1, 1],
]);

const CL = (x: PyObj) => x as PyCell;
// cells compare by contents and are unhashable (a static type with tp_richcompare and no tp_hash)
CellType.ns.set("__hash__", None);
defGetters(CellType, [
  ["cell_contents", (s) => {
    const v = CL(s).value;
    if (v === undefined) throw valueError("Cell is empty");
    return v;
  }, (s, v) => (CL(s).value = v)],
]);
defMethods(CellType, [
  // cell_new: types.CellType([contents])
  ["__new__", (_c, args, kw) => {
    if (kw && kw.length) throw typeError("cell() takes no keyword arguments");
    if (args.length > 1) throw typeError(`cell expected at most 1 argument, got ${args.length}`);
    return new PyCell(args[0]);
  }],
  // cell_richcompare: by contents, an empty cell before any other
  ...(["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"] as const).map((name, op) => [name, (s: PyObj, [o]: PyObj[]) => {
    if (!(o instanceof PyCell)) return NotImplemented;
    const a = CL(s).value;
    const b = o.value;
    if (a !== undefined && b !== undefined) return richCompare(a, b, op as Cmp);
    // an empty cell is less than a full one: compare (b empty, a empty) as ints
    return cmpResult(Number(b === undefined) - Number(a === undefined), op as Cmp);
  }, 1, 1] as MethodRow),
  ["__repr__", (s) => (CL(s).value === undefined ? `<cell at ${addr(s)}: empty>` : `<cell at ${addr(s)}: ${typeOf(CL(s).value!).name} object at ${addr(CL(s).value!)}>`), 0, 0],
]);

// ---- singletons ---------------------------------------------------------------------------------
defMethods(NoneType, [
  ["__new__", (_c, args) => {
    if (args.length) throw typeError("NoneType takes no arguments");
    return None;
  }],
  ["__repr__", () => "None", 0, 0],
  ["__bool__", () => false, 0, 0],
]);
defMethods(NotImplementedType, [
  ["__new__", (_c, args) => {
    if (args.length) throw typeError("NotImplementedType takes no arguments");
    return NotImplemented;
  }],
  ["__repr__", () => "NotImplemented", 0, 0],
  ["__reduce__", () => "NotImplemented", 0, 0],
  // notimplemented_bool: true, with a DeprecationWarning (PyErr_WarnEx, stack level 1).
  ["__bool__", () => {
    const warnings = vm.importModule("warnings");
    call(getattr(warnings, "warn"), ["NotImplemented should not be used in a boolean context", exceptionTypes.get("DeprecationWarning")!, 1]);
    return true;
  }, 0, 0],
]);
defMethods(EllipsisType, [
  ["__new__", (_c, args) => {
    if (args.length) throw typeError("ellipsis takes no arguments");
    return Ellipsis;
  }],
  ["__repr__", () => "Ellipsis", 0, 0],
  ["__reduce__", () => "Ellipsis", 0, 0],
]);

// method-wrapper: a slot wrapper bound to an instance (`(1).__add__`); it behaves as a bound builtin.
defGetters(MethodWrapperTypeRef, [["__objclass__", (s) => (s as PyMethodWrapper).objclass]]);
shareMethods(BuiltinFunctionType, MethodWrapperTypeRef);
// (a method-wrapper has no m_module)
MethodWrapperTypeRef.ns.delete("__module__");
defMethods(MethodWrapperTypeRef, [
  ["__repr__", (s) => `<method-wrapper '${BF(s).name}' of ${typeOf(BF(s).self!).name} object at ${addr(BF(s).self!)}>`, 0, 0],
]);
import { MethodWrapperType as MethodWrapperTypeRef } from "./builtin-types.ts";
