// The JSON view of a code object that `dislab dis --json` prints (schema: docs/dis-json.md):
// every co_* field, the decoded line table, the instructions as get_instructions sees them, and
// nested code objects in place in co_consts. Constants are tagged by type the way test/oracle's
// ConstJson tags them (ints as decimal text, floats as float.hex(), bytes as hex), so the view is
// exact and codeFromDisJson() rebuilds an equal CodeObject.
import { CodeObject } from "../bytecode/code.ts";
import { Ellipsis, PyBytes, PyComplex, PyEllipsis, PyFrozenSet, PyTuple, type PyConstant } from "../bytecode/constants.ts";
import { SplitStr } from "../support/text/split-str.ts";
import { floatHex, parseFloatHex } from "../support/float-hex.ts";
import { PyError } from "../support/py-error.ts";
import { prettyFlags } from "./code-info.ts";
import { ArgKind, opinfo } from "../bytecode/opcodes.ts";
import { getInstructions, jumpTarget, type ArgVal } from "./instructions.ts";

export const DIS_JSON_VERSION = 1;

export type ConstView =
  | { t: "None" }
  | { t: "Ellipsis" }
  | { t: "bool"; v: boolean }
  | { t: "int"; v: string }
  | { t: "float"; v: string }
  | { t: "complex"; re: string; im: string }
  | { t: "str"; v: string }
  | { t: "bytes"; v: string }
  | { t: "tuple"; v: ConstView[] }
  | { t: "frozenset"; v: ConstView[] }
  | CodeView;

/** A code object in an instruction's argval: it is printed in full in co_consts, so only named here. */
export interface CodeRef {
  t: "code_ref";
  /** Its index in co_consts. */
  index: number;
  co_name: string;
  co_firstlineno: number;
}

export type ArgValView = Exclude<ConstView, CodeView> | CodeRef | string | number | [string | null, boolean];

export interface InstructionView {
  offset: number;
  opcode: number;
  opname: string;
  arg: number | null;
  argval: ArgValView | null;
  argrepr: string;
  /** The offset a jump goes to, null for other instructions. */
  jump_target: number | null;
  /** The line this instruction starts (dis's line-number column), or null. */
  starts_line: number | null;
  /** The line this instruction belongs to (co_lines()), or null. */
  line: number | null;
  is_jump_target: boolean;
}

export interface CodeView {
  t: "code";
  co_name: string;
  co_filename: string;
  co_firstlineno: number;
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_nlocals: number;
  co_stacksize: number;
  co_flags: number;
  /** dis.pretty_flags(co_flags) split at ", ". */
  flags: string[];
  co_code: string;
  co_consts: ConstView[];
  co_names: string[];
  co_varnames: string[];
  co_freevars: string[];
  co_cellvars: string[];
  co_linetable: string;
  co_lnotab: string;
  /** co_lines(): [start, end) byte ranges and their line (null: no line). */
  lines: { start: number; end: number; line: number | null }[];
  instructions: InstructionView[];
}

export interface DisJson {
  format: "dislab-dis";
  version: typeof DIS_JSON_VERSION;
  python: "3.10";
  code: CodeView;
}

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");

export function constView(v: PyConstant): ConstView {
  if (v === null) return { t: "None" };
  switch (typeof v) {
    case "boolean": return { t: "bool", v };
    case "bigint": return { t: "int", v: v.toString() };
    case "number": return { t: "float", v: floatHex(v) };
    case "string": return { t: "str", v };
  }
  if (v instanceof SplitStr) return { t: "str", v: v.units };
  if (v instanceof PyComplex) return { t: "complex", re: floatHex(v.real), im: floatHex(v.imag) };
  if (v instanceof PyBytes) return { t: "bytes", v: hex(v.bytes) };
  if (v instanceof PyTuple) return { t: "tuple", v: v.items.map(constView) };
  if (v instanceof PyFrozenSet) return { t: "frozenset", v: v.items.map(constView) };
  if (v instanceof PyEllipsis) return { t: "Ellipsis" };
  return codeView(v);
}

/** argval as JSON: constants tagged (a code object only referred to), names and numbers as they are. */
function argValView(op: number, arg: number, v: ArgVal): ArgValView {
  if (opinfo[op]?.arg === ArgKind.Const) {
    return v instanceof CodeObject
      ? { t: "code_ref", index: arg, co_name: v.co_name, co_firstlineno: v.co_firstlineno }
      : (constView(v as PyConstant) as Exclude<ConstView, CodeView>);
  }
  if (Array.isArray(v)) return [v[0], v[1]];
  return v as string | number;
}

export function codeView(code: CodeObject): CodeView {
  const lines = code.co_lines();
  // Offsets only grow, so one pass over the ranges finds each instruction's line.
  let r = 0;
  const lineAt = (offset: number) => {
    while (r < lines.length && lines[r].end <= offset) r++;
    return r < lines.length && lines[r].start <= offset ? lines[r].line : null;
  };
  const instructions = getInstructions(code).map((i): InstructionView => ({
    offset: i.offset,
    opcode: i.opcode,
    opname: i.opname,
    arg: i.arg,
    argval: i.arg === null ? null : argValView(i.opcode, i.arg, i.argval as ArgVal),
    argrepr: i.argrepr,
    jump_target: jumpTarget(i.opcode, i.arg, i.offset),
    starts_line: i.starts_line,
    line: lineAt(i.offset),
    is_jump_target: i.is_jump_target,
  }));
  return {
    t: "code",
    co_name: code.co_name,
    co_filename: code.co_filename,
    co_firstlineno: code.co_firstlineno,
    co_argcount: code.co_argcount,
    co_posonlyargcount: code.co_posonlyargcount,
    co_kwonlyargcount: code.co_kwonlyargcount,
    co_nlocals: code.co_nlocals,
    co_stacksize: code.co_stacksize,
    co_flags: code.co_flags,
    flags: prettyFlags(code.co_flags).split(", "),
    co_code: hex(code.co_code),
    co_consts: code.co_consts.map(constView),
    co_names: [...code.co_names],
    co_varnames: [...code.co_varnames],
    co_freevars: [...code.co_freevars],
    co_cellvars: [...code.co_cellvars],
    co_linetable: hex(code.co_linetable),
    co_lnotab: hex(code.co_lnotab),
    lines,
    instructions,
  };
}

/** The document `dislab dis --json` prints for a module's code object. */
export function disJson(code: CodeObject): DisJson {
  return { format: "dislab-dis", version: DIS_JSON_VERSION, python: "3.10", code: codeView(code) };
}

const badView = (what: string) => new PyError("ValueError", `not a dislab dis JSON document: ${what}`);

function fromHex(s: unknown, what: string): Uint8Array {
  if (typeof s !== "string" || !/^(?:[0-9a-f]{2})*$/.test(s)) throw badView(`${what} is not hex`);
  return Uint8Array.from(s.match(/../g) ?? [], (h) => parseInt(h, 16));
}

function float(s: unknown, what: string): number {
  if (typeof s !== "string") throw badView(`${what} is not a float.hex() string`);
  try {
    return parseFloatHex(s);
  } catch {
    throw badView(`${what} is not a float.hex() string`);
  }
}

export function constFromView(j: ConstView): PyConstant {
  switch (j?.t) {
    case "None": return null;
    case "Ellipsis": return Ellipsis;
    case "bool": return Boolean(j.v);
    case "int":
      if (typeof j.v !== "string" || !/^-?\d+$/.test(j.v)) throw badView("an int constant is not decimal text");
      return BigInt(j.v);
    case "float": return float(j.v, "a float constant");
    case "complex": return new PyComplex(float(j.re, "a complex constant"), float(j.im, "a complex constant"));
    case "str":
      if (typeof j.v !== "string") throw badView("a str constant is not a string");
      return j.v;
    case "bytes": return new PyBytes(fromHex(j.v, "a bytes constant"));
    case "tuple": return new PyTuple(list(j.v, "a tuple constant").map(constFromView));
    case "frozenset": return new PyFrozenSet(list(j.v, "a frozenset constant").map(constFromView));
    case "code": return codeFromView(j);
  }
  throw badView(`unknown constant tag ${JSON.stringify((j as { t?: unknown })?.t)}`);
}

function list(v: unknown, what: string): ConstView[] {
  if (!Array.isArray(v)) throw badView(`${what} has no item list`);
  return v as ConstView[];
}

function strings(v: unknown, what: string): string[] {
  if (!Array.isArray(v) || !v.every((s) => typeof s === "string")) throw badView(`${what} is not a list of strings`);
  return v;
}

function int(v: unknown, what: string): number {
  if (typeof v !== "number" || !Number.isInteger(v)) throw badView(`${what} is not an integer`);
  return v;
}

/** The CodeObject a CodeView describes (the derived fields, lines and instructions, are not read). */
export function codeFromView(j: CodeView): CodeObject {
  if (j?.t !== "code") throw badView("a code object is not tagged 'code'");
  if (typeof j.co_name !== "string" || typeof j.co_filename !== "string") throw badView("co_name or co_filename is not a string");
  return new CodeObject({
    co_argcount: int(j.co_argcount, "co_argcount"),
    co_posonlyargcount: int(j.co_posonlyargcount, "co_posonlyargcount"),
    co_kwonlyargcount: int(j.co_kwonlyargcount, "co_kwonlyargcount"),
    co_nlocals: int(j.co_nlocals, "co_nlocals"),
    co_stacksize: int(j.co_stacksize, "co_stacksize"),
    co_flags: int(j.co_flags, "co_flags"),
    co_code: fromHex(j.co_code, "co_code"),
    co_consts: list(j.co_consts, "co_consts").map(constFromView),
    co_names: strings(j.co_names, "co_names"),
    co_varnames: strings(j.co_varnames, "co_varnames"),
    co_freevars: strings(j.co_freevars, "co_freevars"),
    co_cellvars: strings(j.co_cellvars, "co_cellvars"),
    co_filename: j.co_filename,
    co_name: j.co_name,
    co_firstlineno: int(j.co_firstlineno, "co_firstlineno"),
    co_linetable: fromHex(j.co_linetable, "co_linetable"),
  });
}

/** Reads a `dislab dis --json` document back into its code object. */
export function codeFromDisJson(doc: DisJson): CodeObject {
  if (doc?.format !== "dislab-dis") throw badView("format is not 'dislab-dis'");
  if (doc.version !== DIS_JSON_VERSION) throw badView(`version ${JSON.stringify(doc.version)} is not ${DIS_JSON_VERSION}`);
  return codeFromView(doc.code);
}
