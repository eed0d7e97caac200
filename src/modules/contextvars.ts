// The _contextvars module (Python/context.c, PEP 567): ContextVar, Token, Context and
// copy_context. A Context is an immutable mapping from variables to values (CPython's HAMT; here a
// Map copied on write, so copy_context() is O(1) and set() O(size)); the interpreter has one
// current context, which Context.run() swaps for the duration of a call.
import {
  type PyObj, PyObject, PyType, PyList, PyTuple, TypeType, ObjectType, None, typeError, valueError, runtimeError, newExc, LookupError,
  KeyError, defMethods, defGetters, defClassMethods, PyGenericAlias, asStr, repr, call, typeOf, addr, PyIter, iterTypes, tuple, bindArgs,
  NotImplemented, byArity, arityError,
} from "../objects/index.ts";
import { interp } from "../vm/interp.ts";
import { makeModule, inModule } from "./util.ts";

type Vars = Map<PyContextVar, PyObj>;

// ---- Context ------------------------------------------------------------------------------------

export const ContextType = inModule(new PyType(TypeType, "Context", [ObjectType]), "_contextvars");
ContextType.solid = ContextType;
ContextType.baseAllowed = false;

export class PyContext extends PyObject {
  entered = false;
  /** The context that was current when this one was entered. */
  prev: PyContext | null = null;
  constructor(public vars: Vars) {
    super(ContextType);
  }
}

/** The interpreter's current context, made empty on first use (one per interpreter). */
const current = new WeakMap<object, PyContext>();
function currentContext(): PyContext {
  let c = current.get(interp);
  if (c === undefined) {
    c = new PyContext(new Map());
    current.set(interp, c);
  }
  return c;
}

const CX = (x: PyObj) => x as PyContext;

function varKey(x: PyObj): PyContextVar {
  if (!(x instanceof PyContextVar)) throw typeError(`a ContextVar key was expected, got ${repr(x)}`);
  return x;
}

/** Context.run: enters the context, calls, and leaves it whatever happens. */
function runIn(ctx: PyContext, f: PyObj, args: PyObj[], kw: readonly string[] | null): PyObj {
  if (ctx.entered) throw runtimeError(`cannot enter context: ${repr(ctx)} is already entered`);
  ctx.prev = currentContext();
  ctx.entered = true;
  current.set(interp, ctx);
  try {
    return call(f, args, kw);
  } finally {
    current.set(interp, ctx.prev);
    ctx.prev = null;
    ctx.entered = false;
  }
}

function viewIter(ctx: PyContext, pick: (k: PyContextVar, v: PyObj) => PyObj): PyObj {
  const it = ctx.vars.entries();
  return new PyIter(iterTypes.dictKeys, () => {
    const n = it.next();
    return n.done ? undefined : pick(n.value[0], n.value[1]);
  });
}

defMethods(ContextType, [
  ["__new__", (_cls, args, kw) => {
    if (args.length || (kw && kw.length)) throw typeError("Context() does not accept any arguments");
    return new PyContext(new Map());
  }],
  ["run", (s, args, kw) => {
    const npos = args.length - (kw ? kw.length : 0);
    if (npos < 1) throw typeError("run() missing 1 required positional argument");
    return runIn(CX(s), args[0], args.slice(1), kw);
  }],
  ["copy", (s) => new PyContext(CX(s).vars), 0, 0],
  // (METH_FASTCALL methods: keywords are refused under the qualified name, bound or not)
  ["get", (s, args, kw) => {
    if (kw && kw.length) throw typeError("Context.get() takes no keyword arguments");
    if (args.length < 1 || args.length > 2) throw arityError("get", 1, 2, args.length);
    const v = CX(s).vars.get(varKey(args[0]));
    return v !== undefined ? v : args[1] ?? None;
  }],
  ["__getitem__", (s, [k]) => {
    const v = CX(s).vars.get(varKey(k));
    if (v === undefined) throw newExc(KeyError, k);
    return v;
  }, 1, 1],
  ["__contains__", (s, [k]) => CX(s).vars.has(varKey(k)), 1, 1],
  ["__len__", (s) => CX(s).vars.size, 0, 0],
  ["__iter__", (s) => viewIter(CX(s), (k) => k), 0, 0],
  ["keys", (s) => new PyList([...CX(s).vars.keys()]), 0, 0],
  ["values", (s) => new PyList([...CX(s).vars.values()]), 0, 0],
  ["items", (s) => new PyList([...CX(s).vars.entries()].map(([k, v]) => tuple([k, v]))), 0, 0],
  ["__eq__", (s, [o]) => {
    if (!(o instanceof PyContext)) return NotImplemented;
    const a = CX(s).vars;
    const b = o.vars;
    if (a === b) return true;
    if (a.size !== b.size) return false;
    for (const [k, v] of a) {
      const w = b.get(k);
      if (w === undefined || !eqObj(v, w)) return false;
    }
    return true;
  }, 1, 1],
]);
ContextType.ns.set("__hash__", None);
import { eq as eqObj } from "../objects/index.ts";

// ---- ContextVar ---------------------------------------------------------------------------------

export const ContextVarType = inModule(new PyType(TypeType, "ContextVar", [ObjectType]), "_contextvars");
ContextVarType.solid = ContextVarType;
ContextVarType.baseAllowed = false;

export class PyContextVar extends PyObject {
  constructor(
    public name: string,
    /** The default, or undefined when none was given. */
    public dflt: PyObj | undefined,
  ) {
    super(ContextVarType);
  }
}
const CV = (x: PyObj) => x as PyContextVar;

defMethods(ContextVarType, [
  ["__new__", (_cls, args, kw) => {
    // PyArg_ParseTupleAndKeywords("U|$O:ContextVar", {"", "default"}): the name positional only,
    // and getargs says "at most" for one positional too many where clinic would say "exactly"
    const npos = args.length - (kw ? kw.length : 0);
    if (npos > 1 && args.length <= 2) throw typeError(`ContextVar() takes at most 1 positional argument (${npos} given)`);
    const [name, dflt] = bindArgs("ContextVar", args, kw, ["", "default"], 1, 1, 1);
    const n = asStr(name!);
    if (n === null || typeof name !== "string") throw typeError("context variable name must be a str");
    return new PyContextVar(n, dflt);
  }],
  ["get", (s, args, kw) => {
    if (kw && kw.length) throw typeError("ContextVar.get() takes no keyword arguments");
    if (args.length > 1) throw typeError(`get expected at most 1 argument, got ${args.length}`);
    const v = currentContext().vars.get(CV(s));
    if (v !== undefined) return v;
    if (args.length) return args[0];
    if (CV(s).dflt !== undefined) return CV(s).dflt!;
    throw newExc(LookupError, s);
  }],
  byArity("set", (s, value) => {
    const ctx = currentContext();
    const old = ctx.vars.get(CV(s));
    const next = new Map(ctx.vars);
    next.set(CV(s), value);
    ctx.vars = next;
    return new PyToken(ctx, CV(s), old);
  }),
  byArity("reset", (s, t) => {
    if (!(t instanceof PyToken)) throw typeError(`expected an instance of Token, got ${repr(t)}`);
    if (t.used) throw runtimeError(`${repr(t)} has already been used once`);
    if (t.variable !== s) throw valueError(`${repr(t)} was created by a different ContextVar`);
    const ctx = currentContext();
    if (t.ctx !== ctx) throw valueError(`${repr(t)} was created in a different Context`);
    t.used = true;
    const next = new Map(ctx.vars);
    if (t.old === undefined) next.delete(CV(s));
    else next.set(CV(s), t.old);
    ctx.vars = next;
    return None;
  }),
  ["__repr__", (s) => {
    const v = CV(s);
    const d = v.dflt === undefined ? "" : ` default=${repr(v.dflt)}`;
    return `<ContextVar name=${repr(v.name)}${d} at ${addr(s)}>`;
  }, 0, 0],
]);
defGetters(ContextVarType, [["name", (s) => CV(s).name]]);
const classGetitem = (cls: PyObj, args: PyObj[]) => new PyGenericAlias(cls, args[0] instanceof PyTuple ? args[0].items.slice() : [args[0]]);
defClassMethods(ContextVarType, [["__class_getitem__", classGetitem]]);

// ---- Token --------------------------------------------------------------------------------------

export const TokenType = inModule(new PyType(TypeType, "Token", [ObjectType]), "_contextvars");
TokenType.solid = TokenType;
TokenType.baseAllowed = false;

class PyToken extends PyObject {
  used = false;
  constructor(
    public ctx: PyContext,
    public variable: PyContextVar,
    public old: PyObj | undefined,
  ) {
    super(TokenType);
  }
}
const TK = (x: PyObj) => x as PyToken;

const MissingType = inModule(new PyType(TypeType, "Token.MISSING", [ObjectType]), "_contextvars");
MissingType.solid = MissingType;
MissingType.baseAllowed = false;
const MISSING = new PyObject(MissingType);
defMethods(MissingType, [["__repr__", () => "<Token.MISSING>", 0, 0]]);

defMethods(TokenType, [
  ["__new__", () => {
    throw runtimeError("Tokens can only be created by ContextVars");
  }],
  ["__repr__", (s) => `<Token${TK(s).used ? " used" : ""} var=${repr(TK(s).variable)} at ${addr(s)}>`, 0, 0],
]);
defGetters(TokenType, [
  ["var", (s) => TK(s).variable],
  ["old_value", (s) => TK(s).old ?? MISSING],
]);
TokenType.ns.set("MISSING", MISSING);
defClassMethods(TokenType, [["__class_getitem__", classGetitem]]);

/** PyContext_CopyCurrent: a new context with the current one's variables (copy_context()). */
export function copyCurrentContext(): PyContext {
  return new PyContext(currentContext().vars);
}

export function makeContextvars() {
  return makeModule("_contextvars", [
    ["copy_context", (a) => {
      if (a.length) throw typeError(`copy_context() takes no arguments (${a.length} given)`);
      return new PyContext(currentContext().vars);
    }],
  ], [["Context", ContextType], ["ContextVar", ContextVarType], ["Token", TokenType]], "Context Variables");
}
void typeOf;
