// The single table of CPython 3.10's opcodes. Every other view of the instruction set (opname,
// opmap, the has* lists that `dis` exposes, the argument kind `dis` uses to render an argument, the
// stack effect the assembler uses for co_stacksize, jump handling in the assembler and the VM's
// coverage check) is derived from these rows, so a fact about an opcode is written once.
//
// Numbers come from CPython 3.10.2's Lib/opcode.py (checked against Pyodide's `dis.opmap` by
// test/bytecode/opcodes.test.ts). Stack effects follow 3.10's stack_effect() in Python/compile.c:
// `jump` is true for the edge to the jump target, false for the fall-through edge.

/** How an instruction's argument is interpreted (what `dis` shows beside it). */
export enum ArgKind {
  /** No argument (opcode < HAVE_ARGUMENT). */
  None = 0,
  /** A plain number (counts, flags, rotation depth). */
  Number,
  /** Index into co_consts. */
  Const,
  /** Index into co_names. */
  Name,
  /** Index into co_varnames. */
  Local,
  /** Index into co_cellvars + co_freevars. */
  Free,
  /** Jump relative to the next instruction, counted in 2-byte instructions. */
  JumpRelative,
  /** Jump to an absolute instruction index (byte offset / 2). */
  JumpAbsolute,
  /** Index into cmp_op. */
  Compare,
}

export type StackEffect = number | ((oparg: number, jump: boolean) => number);

export interface OpcodeInfo {
  readonly name: string;
  readonly code: number;
  readonly arg: ArgKind;
  /** Net change of the stack depth; a function where it depends on the argument or the edge. */
  readonly effect: StackEffect;
  /** Control never falls through to the next instruction. */
  readonly terminates?: boolean;
  /** Pushes a block: its jump target is an exception handler, not a normal jump. */
  readonly setupBlock?: boolean;
  /**
   * How many values at the top of the stack it reads (pops or peeks), where that is more than its
   * net effect takes away: BINARY_ADD reads 2 and leaves 1. Bytecode made by hand is checked with
   * it (stack-heights.ts): CPython would read below the frame's value stack.
   */
  readonly inputs?: StackInputs;
}

export type StackInputs = number | ((oparg: number) => number);

const FVS_MASK = 0x4;
const jumpPushes6 = (fallthrough: number) => (_: number, jump: boolean) => (jump ? 6 : fallthrough);

/** Opcode numbers by name: `Op.LOAD_CONST === 100`, `Op[100] === "LOAD_CONST"`. */
export enum Op {
  POP_TOP = 1,
  ROT_TWO = 2,
  ROT_THREE = 3,
  DUP_TOP = 4,
  DUP_TOP_TWO = 5,
  ROT_FOUR = 6,
  NOP = 9,
  UNARY_POSITIVE = 10,
  UNARY_NEGATIVE = 11,
  UNARY_NOT = 12,
  UNARY_INVERT = 15,
  BINARY_MATRIX_MULTIPLY = 16,
  INPLACE_MATRIX_MULTIPLY = 17,
  BINARY_POWER = 19,
  BINARY_MULTIPLY = 20,
  BINARY_MODULO = 22,
  BINARY_ADD = 23,
  BINARY_SUBTRACT = 24,
  BINARY_SUBSCR = 25,
  BINARY_FLOOR_DIVIDE = 26,
  BINARY_TRUE_DIVIDE = 27,
  INPLACE_FLOOR_DIVIDE = 28,
  INPLACE_TRUE_DIVIDE = 29,
  GET_LEN = 30,
  MATCH_MAPPING = 31,
  MATCH_SEQUENCE = 32,
  MATCH_KEYS = 33,
  COPY_DICT_WITHOUT_KEYS = 34,
  WITH_EXCEPT_START = 49,
  GET_AITER = 50,
  GET_ANEXT = 51,
  BEFORE_ASYNC_WITH = 52,
  END_ASYNC_FOR = 54,
  INPLACE_ADD = 55,
  INPLACE_SUBTRACT = 56,
  INPLACE_MULTIPLY = 57,
  INPLACE_MODULO = 59,
  STORE_SUBSCR = 60,
  DELETE_SUBSCR = 61,
  BINARY_LSHIFT = 62,
  BINARY_RSHIFT = 63,
  BINARY_AND = 64,
  BINARY_XOR = 65,
  BINARY_OR = 66,
  INPLACE_POWER = 67,
  GET_ITER = 68,
  GET_YIELD_FROM_ITER = 69,
  PRINT_EXPR = 70,
  LOAD_BUILD_CLASS = 71,
  YIELD_FROM = 72,
  GET_AWAITABLE = 73,
  LOAD_ASSERTION_ERROR = 74,
  INPLACE_LSHIFT = 75,
  INPLACE_RSHIFT = 76,
  INPLACE_AND = 77,
  INPLACE_XOR = 78,
  INPLACE_OR = 79,
  LIST_TO_TUPLE = 82,
  RETURN_VALUE = 83,
  IMPORT_STAR = 84,
  SETUP_ANNOTATIONS = 85,
  YIELD_VALUE = 86,
  POP_BLOCK = 87,
  POP_EXCEPT = 89,
  STORE_NAME = 90,
  DELETE_NAME = 91,
  UNPACK_SEQUENCE = 92,
  FOR_ITER = 93,
  UNPACK_EX = 94,
  STORE_ATTR = 95,
  DELETE_ATTR = 96,
  STORE_GLOBAL = 97,
  DELETE_GLOBAL = 98,
  ROT_N = 99,
  LOAD_CONST = 100,
  LOAD_NAME = 101,
  BUILD_TUPLE = 102,
  BUILD_LIST = 103,
  BUILD_SET = 104,
  BUILD_MAP = 105,
  LOAD_ATTR = 106,
  COMPARE_OP = 107,
  IMPORT_NAME = 108,
  IMPORT_FROM = 109,
  JUMP_FORWARD = 110,
  JUMP_IF_FALSE_OR_POP = 111,
  JUMP_IF_TRUE_OR_POP = 112,
  JUMP_ABSOLUTE = 113,
  POP_JUMP_IF_FALSE = 114,
  POP_JUMP_IF_TRUE = 115,
  LOAD_GLOBAL = 116,
  IS_OP = 117,
  CONTAINS_OP = 118,
  RERAISE = 119,
  JUMP_IF_NOT_EXC_MATCH = 121,
  SETUP_FINALLY = 122,
  LOAD_FAST = 124,
  STORE_FAST = 125,
  DELETE_FAST = 126,
  GEN_START = 129,
  RAISE_VARARGS = 130,
  CALL_FUNCTION = 131,
  MAKE_FUNCTION = 132,
  BUILD_SLICE = 133,
  LOAD_CLOSURE = 135,
  LOAD_DEREF = 136,
  STORE_DEREF = 137,
  DELETE_DEREF = 138,
  CALL_FUNCTION_KW = 141,
  CALL_FUNCTION_EX = 142,
  SETUP_WITH = 143,
  EXTENDED_ARG = 144,
  LIST_APPEND = 145,
  SET_ADD = 146,
  MAP_ADD = 147,
  LOAD_CLASSDEREF = 148,
  MATCH_CLASS = 152,
  SETUP_ASYNC_WITH = 154,
  FORMAT_VALUE = 155,
  BUILD_CONST_KEY_MAP = 156,
  BUILD_STRING = 157,
  LOAD_METHOD = 160,
  CALL_METHOD = 161,
  LIST_EXTEND = 162,
  SET_UPDATE = 163,
  DICT_MERGE = 164,
  DICT_UPDATE = 165,
}

// One row per opcode, in numeric order: def(opcode, argument kind, stack effect, extra facts).
const rows: OpcodeInfo[] = [];
function def(code: Op, arg: ArgKind, effect: StackEffect, extra: { terminates?: boolean; setupBlock?: boolean; inputs?: StackInputs } = {}): void {
  rows.push({ name: Op[code], code, arg, effect, ...extra });
}

def(Op.POP_TOP, ArgKind.None, -1);
def(Op.ROT_TWO, ArgKind.None, 0, { inputs: 2 });
def(Op.ROT_THREE, ArgKind.None, 0, { inputs: 3 });
def(Op.DUP_TOP, ArgKind.None, 1, { inputs: 1 });
def(Op.DUP_TOP_TWO, ArgKind.None, 2, { inputs: 2 });
def(Op.ROT_FOUR, ArgKind.None, 0, { inputs: 4 });
def(Op.NOP, ArgKind.None, 0);
def(Op.UNARY_POSITIVE, ArgKind.None, 0, { inputs: 1 });
def(Op.UNARY_NEGATIVE, ArgKind.None, 0, { inputs: 1 });
def(Op.UNARY_NOT, ArgKind.None, 0, { inputs: 1 });
def(Op.UNARY_INVERT, ArgKind.None, 0, { inputs: 1 });
def(Op.BINARY_MATRIX_MULTIPLY, ArgKind.None, -1, { inputs: 2 });
def(Op.INPLACE_MATRIX_MULTIPLY, ArgKind.None, -1, { inputs: 2 });
def(Op.BINARY_POWER, ArgKind.None, -1, { inputs: 2 });
def(Op.BINARY_MULTIPLY, ArgKind.None, -1, { inputs: 2 });
def(Op.BINARY_MODULO, ArgKind.None, -1, { inputs: 2 });
def(Op.BINARY_ADD, ArgKind.None, -1, { inputs: 2 });
def(Op.BINARY_SUBTRACT, ArgKind.None, -1, { inputs: 2 });
def(Op.BINARY_SUBSCR, ArgKind.None, -1, { inputs: 2 });
def(Op.BINARY_FLOOR_DIVIDE, ArgKind.None, -1, { inputs: 2 });
def(Op.BINARY_TRUE_DIVIDE, ArgKind.None, -1, { inputs: 2 });
def(Op.INPLACE_FLOOR_DIVIDE, ArgKind.None, -1, { inputs: 2 });
def(Op.INPLACE_TRUE_DIVIDE, ArgKind.None, -1, { inputs: 2 });
def(Op.GET_LEN, ArgKind.None, 1, { inputs: 1 });
def(Op.MATCH_MAPPING, ArgKind.None, 1, { inputs: 1 });
def(Op.MATCH_SEQUENCE, ArgKind.None, 1, { inputs: 1 });
def(Op.MATCH_KEYS, ArgKind.None, 2, { inputs: 2 });
def(Op.COPY_DICT_WITHOUT_KEYS, ArgKind.None, 0, { inputs: 2 });
def(Op.WITH_EXCEPT_START, ArgKind.None, 1, { inputs: 7 });
def(Op.GET_AITER, ArgKind.None, 0, { inputs: 1 });
def(Op.GET_ANEXT, ArgKind.None, 1, { inputs: 1 });
def(Op.BEFORE_ASYNC_WITH, ArgKind.None, 1, { inputs: 1 });
def(Op.END_ASYNC_FOR, ArgKind.None, -7);
def(Op.INPLACE_ADD, ArgKind.None, -1, { inputs: 2 });
def(Op.INPLACE_SUBTRACT, ArgKind.None, -1, { inputs: 2 });
def(Op.INPLACE_MULTIPLY, ArgKind.None, -1, { inputs: 2 });
def(Op.INPLACE_MODULO, ArgKind.None, -1, { inputs: 2 });
def(Op.STORE_SUBSCR, ArgKind.None, -3);
def(Op.DELETE_SUBSCR, ArgKind.None, -2);
def(Op.BINARY_LSHIFT, ArgKind.None, -1, { inputs: 2 });
def(Op.BINARY_RSHIFT, ArgKind.None, -1, { inputs: 2 });
def(Op.BINARY_AND, ArgKind.None, -1, { inputs: 2 });
def(Op.BINARY_XOR, ArgKind.None, -1, { inputs: 2 });
def(Op.BINARY_OR, ArgKind.None, -1, { inputs: 2 });
def(Op.INPLACE_POWER, ArgKind.None, -1, { inputs: 2 });
def(Op.GET_ITER, ArgKind.None, 0, { inputs: 1 });
def(Op.GET_YIELD_FROM_ITER, ArgKind.None, 0, { inputs: 1 });
def(Op.PRINT_EXPR, ArgKind.None, -1);
def(Op.LOAD_BUILD_CLASS, ArgKind.None, 1);
def(Op.YIELD_FROM, ArgKind.None, -1, { inputs: 2 });
def(Op.GET_AWAITABLE, ArgKind.None, 0, { inputs: 1 });
def(Op.LOAD_ASSERTION_ERROR, ArgKind.None, 1);
def(Op.INPLACE_LSHIFT, ArgKind.None, -1, { inputs: 2 });
def(Op.INPLACE_RSHIFT, ArgKind.None, -1, { inputs: 2 });
def(Op.INPLACE_AND, ArgKind.None, -1, { inputs: 2 });
def(Op.INPLACE_XOR, ArgKind.None, -1, { inputs: 2 });
def(Op.INPLACE_OR, ArgKind.None, -1, { inputs: 2 });
def(Op.LIST_TO_TUPLE, ArgKind.None, 0, { inputs: 1 });
def(Op.RETURN_VALUE, ArgKind.None, -1, { terminates: true });
def(Op.IMPORT_STAR, ArgKind.None, -1);
def(Op.SETUP_ANNOTATIONS, ArgKind.None, 0);
def(Op.YIELD_VALUE, ArgKind.None, 0, { inputs: 1 });
def(Op.POP_BLOCK, ArgKind.None, 0);
def(Op.POP_EXCEPT, ArgKind.None, -3);
// HAVE_ARGUMENT = 90: every opcode from here on takes an argument.
def(Op.STORE_NAME, ArgKind.Name, -1);
def(Op.DELETE_NAME, ArgKind.Name, 0);
def(Op.UNPACK_SEQUENCE, ArgKind.Number, (a) => a - 1, { inputs: 1 });
// -1 when the iterator is exhausted (jump), +1 while it yields values.
def(Op.FOR_ITER, ArgKind.JumpRelative, (_, jump) => (jump ? -1 : 1), { inputs: 1 });
def(Op.UNPACK_EX, ArgKind.Number, (a) => (a & 0xff) + (a >> 8), { inputs: 1 });
def(Op.STORE_ATTR, ArgKind.Name, -2);
def(Op.DELETE_ATTR, ArgKind.Name, -1);
def(Op.STORE_GLOBAL, ArgKind.Name, -1);
def(Op.DELETE_GLOBAL, ArgKind.Name, 0);
def(Op.ROT_N, ArgKind.Number, 0, { inputs: (a) => a });
def(Op.LOAD_CONST, ArgKind.Const, 1);
def(Op.LOAD_NAME, ArgKind.Name, 1);
def(Op.BUILD_TUPLE, ArgKind.Number, (a) => 1 - a, { inputs: (a) => a });
def(Op.BUILD_LIST, ArgKind.Number, (a) => 1 - a, { inputs: (a) => a });
def(Op.BUILD_SET, ArgKind.Number, (a) => 1 - a, { inputs: (a) => a });
def(Op.BUILD_MAP, ArgKind.Number, (a) => 1 - 2 * a, { inputs: (a) => 2 * a });
def(Op.LOAD_ATTR, ArgKind.Name, 0, { inputs: 1 });
def(Op.COMPARE_OP, ArgKind.Compare, -1, { inputs: 2 });
def(Op.IMPORT_NAME, ArgKind.Name, -1, { inputs: 2 });
def(Op.IMPORT_FROM, ArgKind.Name, 1, { inputs: 1 });
def(Op.JUMP_FORWARD, ArgKind.JumpRelative, 0, { terminates: true });
def(Op.JUMP_IF_FALSE_OR_POP, ArgKind.JumpAbsolute, (_, jump) => (jump ? 0 : -1), { inputs: 1 });
def(Op.JUMP_IF_TRUE_OR_POP, ArgKind.JumpAbsolute, (_, jump) => (jump ? 0 : -1), { inputs: 1 });
def(Op.JUMP_ABSOLUTE, ArgKind.JumpAbsolute, 0, { terminates: true });
def(Op.POP_JUMP_IF_FALSE, ArgKind.JumpAbsolute, -1);
def(Op.POP_JUMP_IF_TRUE, ArgKind.JumpAbsolute, -1);
def(Op.LOAD_GLOBAL, ArgKind.Name, 1);
def(Op.IS_OP, ArgKind.Number, -1, { inputs: 2 });
def(Op.CONTAINS_OP, ArgKind.Number, -1, { inputs: 2 });
def(Op.RERAISE, ArgKind.Number, -3, { terminates: true });
def(Op.JUMP_IF_NOT_EXC_MATCH, ArgKind.JumpAbsolute, -2);
// The handler edge restores the stack and pushes the exception triple twice (6 values).
def(Op.SETUP_FINALLY, ArgKind.JumpRelative, jumpPushes6(0), { setupBlock: true });
def(Op.LOAD_FAST, ArgKind.Local, 1);
def(Op.STORE_FAST, ArgKind.Local, -1);
def(Op.DELETE_FAST, ArgKind.Local, 0);
def(Op.GEN_START, ArgKind.Number, -1);
def(Op.RAISE_VARARGS, ArgKind.Number, (a) => -a, { terminates: true });
def(Op.CALL_FUNCTION, ArgKind.Number, (a) => -a, { inputs: (a) => a + 1 });
def(Op.MAKE_FUNCTION, ArgKind.Number, (a) => -1 - (a & 1) - ((a >> 1) & 1) - ((a >> 2) & 1) - ((a >> 3) & 1), { inputs: (a) => 2 + (a & 1) + ((a >> 1) & 1) + ((a >> 2) & 1) + ((a >> 3) & 1) });
def(Op.BUILD_SLICE, ArgKind.Number, (a) => (a === 3 ? -2 : -1), { inputs: (a) => (a === 3 ? 3 : 2) });
def(Op.LOAD_CLOSURE, ArgKind.Free, 1);
def(Op.LOAD_DEREF, ArgKind.Free, 1);
def(Op.STORE_DEREF, ArgKind.Free, -1);
def(Op.DELETE_DEREF, ArgKind.Free, 0);
def(Op.CALL_FUNCTION_KW, ArgKind.Number, (a) => -a - 1, { inputs: (a) => a + 2 });
def(Op.CALL_FUNCTION_EX, ArgKind.Number, (a) => -1 - (a & 1), { inputs: (a) => 2 + (a & 1) });
// 1 on the normal path (the __exit__ method); the handler edge pushes 6 as SETUP_FINALLY does.
def(Op.SETUP_WITH, ArgKind.JumpRelative, jumpPushes6(1), { setupBlock: true, inputs: 1 });
def(Op.EXTENDED_ARG, ArgKind.Number, 0);
def(Op.LIST_APPEND, ArgKind.Number, -1, { inputs: (a) => a + 1 });
def(Op.SET_ADD, ArgKind.Number, -1, { inputs: (a) => a + 1 });
def(Op.MAP_ADD, ArgKind.Number, -2, { inputs: (a) => a + 2 });
def(Op.LOAD_CLASSDEREF, ArgKind.Free, 1);
def(Op.MATCH_CLASS, ArgKind.Number, -1, { inputs: 3 });
// The handler edge drops the __aenter__ result before pushing the 6 values.
def(Op.SETUP_ASYNC_WITH, ArgKind.JumpRelative, (_, jump) => (jump ? 5 : 0), { setupBlock: true, inputs: 1 });
def(Op.FORMAT_VALUE, ArgKind.Number, (a) => ((a & FVS_MASK) === FVS_MASK ? -1 : 0), { inputs: (a) => ((a & FVS_MASK) === FVS_MASK ? 2 : 1) });
def(Op.BUILD_CONST_KEY_MAP, ArgKind.Number, (a) => -a, { inputs: (a) => a + 1 });
def(Op.BUILD_STRING, ArgKind.Number, (a) => 1 - a, { inputs: (a) => a });
def(Op.LOAD_METHOD, ArgKind.Name, 1, { inputs: 1 });
def(Op.CALL_METHOD, ArgKind.Number, (a) => -a - 1, { inputs: (a) => a + 2 });
def(Op.LIST_EXTEND, ArgKind.Number, -1, { inputs: (a) => a + 1 });
def(Op.SET_UPDATE, ArgKind.Number, -1, { inputs: (a) => a + 1 });
def(Op.DICT_MERGE, ArgKind.Number, -1, { inputs: (a) => a + 1 });
def(Op.DICT_UPDATE, ArgKind.Number, -1, { inputs: (a) => a + 1 });


export const HAVE_ARGUMENT = 90;
export const EXTENDED_ARG = 144;

/** All opcodes, in numeric order. */
export const OPCODES: readonly OpcodeInfo[] = rows;

/** Row by opcode number (undefined for unused numbers). */
export const opinfo: readonly (OpcodeInfo | undefined)[] = (() => {
  const t: (OpcodeInfo | undefined)[] = new Array(256).fill(undefined);
  for (const r of rows) t[r.code] = r;
  return t;
})();

/** dis.opname: the name of every number 0-255, `<N>` where unused. */
export const opname: readonly string[] = opinfo.map((r, i) => r?.name ?? `<${i}>`);

/** dis.opmap: number by name. */
export const opmap: Readonly<Record<string, number>> = Object.fromEntries(rows.map((r) => [r.name, r.code]));

const codesWith = (kind: ArgKind) => rows.filter((r) => r.arg === kind).map((r) => r.code);
export const hasconst = codesWith(ArgKind.Const);
export const hasname = codesWith(ArgKind.Name);
export const hasjrel = codesWith(ArgKind.JumpRelative);
export const hasjabs = codesWith(ArgKind.JumpAbsolute);
export const haslocal = codesWith(ArgKind.Local);
export const hascompare = codesWith(ArgKind.Compare);
export const hasfree = codesWith(ArgKind.Free);

export const cmp_op = ["<", "<=", "==", "!=", ">", ">="] as const;

// isJump and stackEffect are asked for every instruction of every unit the compiler assembles:
// from typed arrays by opcode they are one load, instead of a read of the row's fields (rows of
// several shapes, whose effect is a number or a function).
/** 1: an absolute jump, 2: a relative one, 0: not a jump. */
const JUMPS = new Uint8Array(256);
/** Sentinel in FIXED_EFFECT: the effect depends on the oparg or the jump (or the opcode is unknown). */
const VARIES = -0x8000;
const FIXED_EFFECT = new Int16Array(256).fill(VARIES);
for (const r of rows) {
  if (r.arg === ArgKind.JumpAbsolute) JUMPS[r.code] = 1;
  if (r.arg === ArgKind.JumpRelative) JUMPS[r.code] = 2;
  if (typeof r.effect === "number") FIXED_EFFECT[r.code] = r.effect;
}

export const isJump = (code: number): boolean => JUMPS[code] > 0;
/** A jump whose argument is relative to the next instruction (dis.hasjrel). */
export const isRelativeJump = (code: number): boolean => JUMPS[code] === 2;

/** How many values at the top of the stack instruction `code` with `oparg` reads: its `inputs`, else what its effect takes away. */
export function stackInputs(code: number, oparg: number): number {
  const inputs = opinfo[code]?.inputs;
  if (inputs === undefined) return Math.max(0, -stackEffect(code, oparg, false));
  return typeof inputs === "number" ? inputs : inputs(oparg);
}

/** 3.10's stack_effect(opcode, oparg, jump). Throws for unknown opcodes. */
export function stackEffect(code: number, oparg: number, jump: boolean): number {
  const fixed = FIXED_EFFECT[code];
  if (fixed !== VARIES && fixed !== undefined) return fixed;
  const r = opinfo[code];
  if (!r) throw new RangeError(`invalid opcode ${code}`);
  return typeof r.effect === "number" ? r.effect : r.effect(oparg, jump);
}

