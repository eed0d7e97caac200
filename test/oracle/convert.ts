// Conversions between dislab's values (PyConstant, CodeObject, AST nodes) and the oracle's tagged
// JSON, and a structural diff that names the first field that differs.
import { CodeObject } from "../../src/bytecode/code.ts";
import { Ellipsis, PyBytes, PyComplex, PyEllipsis, PyFrozenSet, PyTuple, type PyConstant } from "../../src/bytecode/constants.ts";
import { SplitStr } from "../../src/support/text/split-str.ts";
import { floatHex, parseFloatHex } from "../../src/support/float-hex.ts";
import type { AstNodeJson, CodeJson, ConstJson } from "./oracle.ts";

const toHex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const fromHex = (s: string) => new Uint8Array(Buffer.from(s, "hex"));

export function constToJson(v: PyConstant): ConstJson {
  if (v === null) return { t: "None" };
  switch (typeof v) {
    case "boolean": return { t: "bool", v };
    case "bigint": return { t: "int", v: v.toString() };
    case "number": return { t: "float", v: floatHex(v) };
    case "string": return { t: "str", v };
  }
  if (v instanceof SplitStr) return { t: "str", v: v.units };
  if (v instanceof PyComplex) return { t: "complex", re: floatHex(v.real), im: floatHex(v.imag) };
  if (v instanceof PyBytes) return { t: "bytes", v: toHex(v.bytes) };
  if (v instanceof PyTuple) return { t: "tuple", v: v.items.map(constToJson) };
  if (v instanceof PyFrozenSet) return { t: "frozenset", v: v.items.map(constToJson) };
  if (v instanceof PyEllipsis) return { t: "Ellipsis" };
  return codeToJson(v);
}

export function codeToJson(c: CodeObject): CodeJson {
  return {
    t: "code",
    co_argcount: c.co_argcount,
    co_posonlyargcount: c.co_posonlyargcount,
    co_kwonlyargcount: c.co_kwonlyargcount,
    co_nlocals: c.co_nlocals,
    co_stacksize: c.co_stacksize,
    co_flags: c.co_flags,
    co_firstlineno: c.co_firstlineno,
    co_code: toHex(c.co_code),
    co_consts: c.co_consts.map(constToJson),
    co_names: [...c.co_names],
    co_varnames: [...c.co_varnames],
    co_freevars: [...c.co_freevars],
    co_cellvars: [...c.co_cellvars],
    co_filename: c.co_filename,
    co_name: c.co_name,
    co_linetable: toHex(c.co_linetable),
    co_lnotab: toHex(c.co_lnotab),
  };
}

export function constFromJson(j: ConstJson): PyConstant {
  switch (j.t) {
    case "None": return null;
    case "Ellipsis": return Ellipsis;
    case "bool": return j.v;
    case "int": return BigInt(j.v);
    case "float": return parseFloatHex(j.v);
    case "complex": return new PyComplex(parseFloatHex(j.re), parseFloatHex(j.im));
    case "str": return j.v;
    case "bytes": return new PyBytes(fromHex(j.v));
    case "tuple": return new PyTuple(j.v.map(constFromJson));
    case "frozenset": return new PyFrozenSet(j.v.map(constFromJson));
    case "code": return codeFromJson(j);
  }
}

export function codeFromJson(j: CodeJson): CodeObject {
  return new CodeObject({
    co_argcount: j.co_argcount,
    co_posonlyargcount: j.co_posonlyargcount,
    co_kwonlyargcount: j.co_kwonlyargcount,
    co_nlocals: j.co_nlocals,
    co_stacksize: j.co_stacksize,
    co_flags: j.co_flags,
    co_code: fromHex(j.co_code),
    co_consts: j.co_consts.map(constFromJson),
    co_names: j.co_names,
    co_varnames: j.co_varnames,
    co_freevars: j.co_freevars,
    co_cellvars: j.co_cellvars,
    co_filename: j.co_filename,
    co_name: j.co_name,
    co_firstlineno: j.co_firstlineno,
    co_linetable: fromHex(j.co_linetable),
  });
}

/** An AST from dislab's parser as the oracle's JSON: Constant values become tagged constants (MatchSingleton values stay plain JSON null/true/false, as oracle.py writes them). */
export function astToJson(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(astToJson);
  if (node === null || typeof node !== "object") return node;
  const n = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(n)) {
    out[k] = n._type === "Constant" && k === "value" ? constToJson(v as PyConstant) : astToJson(v);
  }
  return out;
}

/** The oracle's JSON AST as dislab's AST objects (for testing the compiler apart from the parser). */
export function astFromJson<T = unknown>(json: AstNodeJson | unknown): T {
  const walk = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(walk);
    if (x === null || typeof x !== "object") return x;
    const n = x as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(n)) {
      out[k] = n._type === "Constant" && k === "value" ? constFromJson(v as ConstJson) : walk(v);
    }
    return out;
  };
  return walk(json) as T;
}

/**
 * The first difference between two JSON values, as "path: ours vs theirs", or null when equal.
 * Frozenset elements are compared as sets (their order is hash order, and the oracle's hash differs).
 */
export function firstDifference(ours: unknown, theirs: unknown, path = ""): string | null {
  if (ours === theirs) return null;
  const show = (v: unknown) => {
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 200 ? s.slice(0, 200) + "…" : s;
  };
  if (typeof ours !== "object" || typeof theirs !== "object" || ours === null || theirs === null) {
    return `${path || "(root)"}: ${show(ours)} vs ${show(theirs)}`;
  }
  if (Array.isArray(ours) || Array.isArray(theirs)) {
    if (!Array.isArray(ours) || !Array.isArray(theirs)) return `${path}: ${show(ours)} vs ${show(theirs)}`;
    for (let i = 0; i < Math.min(ours.length, theirs.length); i++) {
      const d = firstDifference(ours[i], theirs[i], `${path}[${i}]`);
      if (d) return d;
    }
    return ours.length === theirs.length ? null : `${path}.length: ${ours.length} vs ${theirs.length}`;
  }
  const a = ours as Record<string, unknown>;
  const b = theirs as Record<string, unknown>;
  if (a.t === "frozenset" && b.t === "frozenset") {
    const key = (v: unknown) => JSON.stringify(v);
    const sa = (a.v as unknown[]).map(key).sort();
    const sb = (b.v as unknown[]).map(key).sort();
    return firstDifference(sa, sb, path + "{frozenset}");
  }
  const label = a.t === "code" ? `${path}<${String(b.co_name)}>` : a._type ? `${path}(${String(a._type)})` : path;
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (!(k in a)) return `${label}.${k}: missing vs ${show(b[k])}`;
    if (!(k in b)) return `${label}.${k}: ${show(a[k])} vs missing`;
    const d = firstDifference(a[k], b[k], `${label}.${k}`);
    if (d) return d;
  }
  return null;
}
