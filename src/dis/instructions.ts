// The instructions of a code object as dis.get_instructions (Lib/dis.py, 3.10) yields them: each
// 2-byte code unit decoded with its EXTENDED_ARG prefixes folded in, its argument resolved
// (argval) and described (argrepr) by the argument kind the opcode table gives, plus the line it
// starts and whether something jumps to it. Out-of-range indices raise IndexError as dis does.
import type { CodeObject } from "../bytecode/code.ts";
import type { PyConstant } from "../bytecode/constants.ts";
import { ArgKind, EXTENDED_ARG, HAVE_ARGUMENT, Op, cmp_op, opinfo, opname } from "../bytecode/opcodes.ts";
import { PyError } from "../support/py-error.ts";
import { constRepr } from "./const-repr.ts";

/** FORMAT_VALUE's argval: the conversion function's name (or null) and whether a format spec follows. */
export type FormatValueArg = readonly [converter: "str" | "repr" | "ascii" | null, withFormat: boolean];

/** What argval can be: a constant, a name, a jump target or plain number, a comparison, FORMAT_VALUE's pair. */
export type ArgVal = PyConstant | string | number | FormatValueArg;

/** dis.Instruction */
export interface Instruction {
  opname: string;
  opcode: number;
  /** The numeric argument (EXTENDED_ARG prefixes folded in), or null below HAVE_ARGUMENT. */
  arg: number | null;
  /** The resolved argument; null when arg is null. */
  argval: ArgVal | null;
  argrepr: string;
  offset: number;
  /** The source line this instruction starts, or null. */
  starts_line: number | null;
  is_jump_target: boolean;
}

/** dis.MAKE_FUNCTION_FLAGS, by bit. */
export const MAKE_FUNCTION_FLAGS = ["defaults", "kwdefaults", "annotations", "closure"] as const;
/** dis.FORMAT_VALUE_CONVERTERS' names, by the low two bits. */
const FORMAT_VALUE_CONVERTERS = [null, "str", "repr", "ascii"] as const;

const indexError = (what: "tuple" | "bytes") => new PyError("IndexError", what === "tuple" ? "tuple index out of range" : "index out of range");

/** _unpack_opargs: (offset, opcode, arg) per code unit; arg is null below HAVE_ARGUMENT. */
export function* unpackOpargs(code: Uint8Array): Generator<[number, number, number | null]> {
  let extended = 0;
  for (let i = 0; i < code.length; i += 2) {
    const op = code[i];
    if (op >= HAVE_ARGUMENT) {
      if (i + 1 >= code.length) throw indexError("bytes");
      // extended has its low 8 bits clear, so + is Python's |, without JS's 32-bit truncation.
      const arg = code[i + 1] + extended;
      extended = op === EXTENDED_ARG ? arg * 256 : 0;
      yield [i, op, arg];
    } else {
      extended = 0;
      yield [i, op, null];
    }
  }
}

/** The jump target of an instruction, or null if it does not jump. */
export function jumpTarget(op: number, arg: number | null, offset: number): number | null {
  if (arg === null) return null;
  const kind = opinfo[op]?.arg;
  if (kind === ArgKind.JumpRelative) return offset + 2 + arg * 2;
  if (kind === ArgKind.JumpAbsolute) return arg * 2;
  return null;
}

/** dis.findlabels: the jump targets, in order of first appearance. */
export function findlabels(code: Uint8Array): number[] {
  const labels: number[] = [];
  for (const [offset, op, arg] of unpackOpargs(code)) {
    const target = jumpTarget(op, arg, offset);
    if (target !== null && !labels.includes(target)) labels.push(target);
  }
  return labels;
}

/** dis.findlinestarts: (offset, line) where co_lines() enters a new line. */
export function findlinestarts(code: CodeObject): [number, number][] {
  const out: [number, number][] = [];
  let lastline: number | null = null;
  for (const { start, line } of code.co_lines()) {
    if (line !== null && line !== lastline) {
      lastline = line;
      out.push([start, line]);
    }
  }
  return out;
}

function item<T>(list: readonly T[], i: number): T {
  if (i >= list.length) throw indexError("tuple");
  return list[i];
}

/**
 * argval and argrepr of one instruction (_get_instructions_bytes). `cells` is co_cellvars +
 * co_freevars, which callers looping over a code object can compute once.
 */
export function resolveArg(
  code: CodeObject, op: number, arg: number, offset: number, cells: readonly string[] = [...code.co_cellvars, ...code.co_freevars],
): { argval: ArgVal; argrepr: string } {
  switch (opinfo[op]?.arg) {
    case ArgKind.Const: {
      const v = item(code.co_consts, arg);
      return { argval: v, argrepr: constRepr(v) };
    }
    case ArgKind.Name: {
      const v = item(code.co_names, arg);
      return { argval: v, argrepr: v };
    }
    case ArgKind.JumpAbsolute:
    case ArgKind.JumpRelative: {
      const target = jumpTarget(op, arg, offset)!;
      return { argval: target, argrepr: `to ${target}` };
    }
    case ArgKind.Local: {
      const v = item(code.co_varnames, arg);
      return { argval: v, argrepr: v };
    }
    case ArgKind.Compare: {
      const v = item(cmp_op, arg);
      return { argval: v, argrepr: v };
    }
    case ArgKind.Free: {
      const v = item(cells, arg);
      return { argval: v, argrepr: v };
    }
  }
  if (op === Op.FORMAT_VALUE) {
    const converter = FORMAT_VALUE_CONVERTERS[arg & 0x3];
    const withFormat = (arg & 0x4) !== 0;
    const argrepr = [converter ?? "", withFormat ? "with format" : ""].filter(Boolean).join(", ");
    return { argval: [converter, withFormat], argrepr };
  }
  if (op === Op.MAKE_FUNCTION) {
    return { argval: arg, argrepr: MAKE_FUNCTION_FLAGS.filter((_, i) => arg & (1 << i)).join(", ") };
  }
  return { argval: arg, argrepr: "" };
}

/** dis.get_instructions(code, first_line=...) as a list. */
export function getInstructions(code: CodeObject, options: { firstLine?: number } = {}): Instruction[] {
  const lineOffset = options.firstLine === undefined ? 0 : options.firstLine - code.co_firstlineno;
  const linestarts = new Map(findlinestarts(code));
  const labels = new Set(findlabels(code.co_code));
  const cells = [...code.co_cellvars, ...code.co_freevars];
  const out: Instruction[] = [];
  for (const [offset, op, arg] of unpackOpargs(code.co_code)) {
    const start = linestarts.get(offset);
    const { argval, argrepr } = arg === null ? { argval: null, argrepr: "" } : resolveArg(code, op, arg, offset, cells);
    out.push({
      opname: opname[op], opcode: op, arg, argval, argrepr, offset,
      starts_line: start === undefined ? null : start + lineOffset,
      is_jump_target: labels.has(offset),
    });
  }
  return out;
}
