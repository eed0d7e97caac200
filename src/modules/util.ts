// Helpers shared by the native modules of src/modules/: building a module from rows of functions,
// CPython's argument-count messages for positional-only functions (_PyArg_CheckPositional and
// METH_O/METH_NOARGS), PyFloat_AsDouble with its TypeErrors, native iterator types and
// __class_getitem__. METH_O messages name the function "module.name" (_PyObject_FunctionStr),
// clinic's positional checks by its bare name.
import {
  type PyObj, PyType, PyIter, PyTuple, TypeType, ObjectType, defMethods, defClassMethods, newExc, StopIteration, PyModule, PyGenericAlias, defGenericClassGetitem,
  PyBuiltinFunction, PyFloat, None, typeError, arityError, noKwargs, asIndex, OverflowError,
  floatAsDouble, valueError, isTypeError,
} from "../objects/index.ts";

export type Fn = (args: PyObj[], kw: readonly string[] | null) => PyObj;

/**
 * A builtin function with an arity check; max -1 means any number of positional arguments.
 * `qual` is "module.name": METH_O/METH_NOARGS and keyword messages name the function that way
 * (_PyObject_FunctionStr), clinic's _PyArg_CheckPositional by its bare name.
 */
export function posFn(qual: string, min: number, max: number, f: (args: PyObj[]) => PyObj): Fn {
  const name = qual.slice(qual.lastIndexOf(".") + 1);
  return (args, kw) => {
    noKwargs(qual, kw);
    if (args.length < min || (max >= 0 && args.length > max)) {
      if (min === 1 && max === 1) throw typeError(`${qual}() takes exactly one argument (${args.length} given)`);
      if (min === 0 && max === 0) throw typeError(`${qual}() takes no arguments (${args.length} given)`);
      throw arityError(name, min, max < 0 ? Infinity : max, args.length);
    }
    return f(args);
  };
}

/**
 * A module whose functions are given as rows; other attributes as [name, value] pairs. `docs`
 * holds the functions' docstrings as C declares them ("name(signature)\n--\n\ntext").
 */
export function makeModule(name: string, fns: [string, Fn][], values: [string, PyObj][] = [], doc?: string, docs?: ReadonlyMap<string, string>): PyModule {
  const m = new PyModule(name);
  if (doc !== undefined) m.dict.setStr("__doc__", doc);
  for (const [n, f] of fns) m.dict.setStr(n, new PyBuiltinFunction(n, f, m, n, docs?.get(n) ?? None));
  for (const [n, v] of values) m.dict.setStr(n, v);
  return m;
}

/** Sets a static type's module name (for repr and pickling). */
export function inModule(t: PyType, module: string): PyType {
  t.staticModule = module;
  return t;
}

/** PyFloat_AsDouble (objects/float.ts). */
export const asDouble = floatAsDouble;

export const flt = (v: number): PyFloat => new PyFloat(v);

export type IterMaker = (cls: PyType, args: PyObj[], kw: readonly string[] | null) => PyObj;

/**
 * A native iterator type (instances are PyIters): __new__ from `make`, __iter__, __next__. Its name
 * is CPython's tp_name ("itertools.count", which messages show), __name__ and __qualname__ the short one.
 */
export function nativeIterType(module: string, name: string, make: IterMaker): PyType {
  const t = inModule(new PyType(TypeType, module === "builtins" ? name : `${module}.${name}`, [ObjectType]), module);
  t.qualname = name;
  t.solid = t;
  t.factory = (cls) => new PyIter(cls, () => undefined);
  defMethods(t, [
    ["__new__", (cls, args, kw) => make(cls as PyType, args, kw)],
    ["__iter__", (s) => s, 0, 0],
    ["__next__", (s) => {
      const v = (s as PyIter).step();
      if (v === undefined) throw newExc(StopIteration);
      return v;
    }, 0, 0],
  ]);
  return t;
}

/** __class_getitem__ returning types.GenericAlias (deque[int], defaultdict[str, int], partial[int]). */
export function defClassGetitem(t: PyType): void {
  defGenericClassGetitem(t);
}

/** Argument clinic's Py_ssize_t converter ("n"): an int through __index__, within a Py_ssize_t. */
export function ssizeArg(x: PyObj): number {
  return Number(ssizeArgExact(x));
}
/** ssizeArg, but a value past 2**53 comes back exactly, as a bigint. */
export function ssizeArgExact(x: PyObj): number | bigint {
  const v = asIndex(x);
  if (typeof v === "bigint" && (v >= 2n ** 63n || v < -(2n ** 63n))) throw newExc(OverflowError, "Python int too large to convert to C ssize_t");
  return v;
}

/** PyArg_Parse's "i" format: an int that fits a C int, after PyLong_AsLong's 64-bit C long (floats refused). */
export function cIntArg(x: PyObj): number {
  if (x instanceof PyFloat) throw typeError("'float' object cannot be interpreted as an integer");
  const v = asIndex(x);
  if (v >= 2n ** 63n || v < -(2n ** 63n)) throw newExc(OverflowError, "Python int too large to convert to C long");
  if (v > 2147483647) throw newExc(OverflowError, "signed integer is greater than maximum");
  if (v < -2147483648) throw newExc(OverflowError, "signed integer is less than minimum");
  return Number(v);
}

const TIME_OVERFLOW = "timestamp too large to convert to C _PyTime_t";
const NS_MIN = -(2n ** 63n), NS_MAX = 2n ** 63n - 1n;
/**
 * _PyTime_FromSecondsObject / _PyTime_FromMillisecondsObject with _PyTime_ROUND_TIMEOUT (away from
 * zero): t, a float or an int (through __index__), in nanoseconds as a C _PyTime_t. `typeMsg`
 * replaces the TypeError of what is neither (select's "timeout must be ...").
 */
export function pyTimeNs(t: PyObj, unitNs: number, typeMsg?: string): bigint {
  if (t instanceof PyFloat) {
    const d = t.value;
    if (Number.isNaN(d)) throw valueError("Invalid value NaN (not a number)");
    const x = d * unitNs;
    const r = x >= 0 ? Math.ceil(x) : Math.floor(x);
    if (!(r >= -(2 ** 63) && r < 2 ** 63)) throw newExc(OverflowError, TIME_OVERFLOW);
    return BigInt(r);
  }
  let v: number | bigint;
  try {
    v = asIndex(t);
  } catch (e) {
    if (typeMsg !== undefined && isTypeError(e)) throw typeError(typeMsg);
    throw e;
  }
  const ns = BigInt(v) * BigInt(unitNs);
  if (BigInt(v) < NS_MIN || BigInt(v) > NS_MAX || ns < NS_MIN || ns > NS_MAX) throw newExc(OverflowError, TIME_OVERFLOW);
  return ns;
}
