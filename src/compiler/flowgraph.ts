// The control-flow-graph passes that run between code generation and assembly, as CPython 3.10's
// Python/compile.c runs them inside assemble(): normalize_basic_block, extend_block (copying short
// exit blocks into the blocks that jump to them), insert_generator_prefix, optimize_cfg (constant
// conditions, tuple folding, jump threading, unreachable-code removal, NOP cleaning),
// duplicate_exits_without_lineno, propagate_line_numbers, guarantee_lineno_for_exits, trim_unused_consts.
// Non-obvious: CPython walks blocks in two orders, b_list (newest block first: `unit.blocks` reversed)
// and b_next (layout order from the entry block); each pass here uses the order CPython's does, because
// the results (which block gets copied, which exit is duplicated first) depend on it. Where memory of
// compile.c and CPython's output disagreed (jump threading, where exits are copied), the rules follow
// the output of all 494 stdlib files.
import { CodeObject } from "../bytecode/code.ts";
import { constIsTrue, PyTuple, type PyConstant } from "../bytecode/constants.ts";
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR } from "../bytecode/flags.ts";
import { isJump, Op } from "../bytecode/opcodes.ts";
import { PyError } from "../support/py-error.ts";
import { BasicBlock, constantKey, type CompilerUnit, type Instr } from "./unit.ts";

/** Exit blocks at most this long are copied into a block that jumps to them (MAX_COPY_SIZE). */
const MAX_COPY_SIZE = 4;

/** The co_consts list being built: assemble() starts it from the unit's table, folding appends to it. */
export class ConstList {
  /** _PyCode_ConstantKey of each value, computed on the first fold. */
  private keys: string[] | null = null;
  constructor(readonly values: PyConstant[]) {}

  /** The index of a constant with the same _PyCode_ConstantKey, appending it if there is none. */
  indexOfOrAppend(v: PyConstant): number {
    // A folded tuple holds no code object, and the unit's table kept no two equal ones, so a code
    // object's key only has to be unique (its content key would write out its whole bytecode).
    const keys = (this.keys ??= this.values.map((x, i) => (x instanceof CodeObject ? `#${i}` : constantKey(x, null))));
    const key = constantKey(v, null);
    const i = keys.indexOf(key);
    if (i >= 0) return i;
    this.values.push(v);
    keys.push(key);
    return this.values.length - 1;
  }

  /** Drop every constant from index n on. */
  truncate(n: number): void {
    this.values.length = n;
    if (this.keys) this.keys.length = n;
  }
}

const isJumpInstr = (i: Instr): boolean => isJump(i.opcode);
/**
 * An empty block's last instruction is undefined, tested for first: V8 reads index -1 of an array
 * as a property named "-1", through a slow generic lookup (a percent of compile time).
 */
const lastInstr = (b: BasicBlock): Instr | undefined => {
  const n = b.instrs.length;
  return n > 0 ? b.instrs[n - 1] : undefined;
};
const copyInstr = (i: Instr): Instr => ({ opcode: i.opcode, oparg: i.oparg, target: i.target, lineno: i.lineno });
/** SETUP_* push a handler block: their target is not a jump for the line-number passes. */
const isSetup = (op: Op): boolean => op === Op.SETUP_FINALLY || op === Op.SETUP_WITH || op === Op.SETUP_ASYNC_WITH;

/** Skip empty blocks along b_next (a jump into an empty block lands on the next non-empty one). */
function firstNonEmpty(b: BasicBlock): BasicBlock {
  let t = b;
  while (t.instrs.length === 0 && t.next !== null) t = t.next;
  return t;
}

/**
 * normalize_basic_block: set b_exit / b_nofallthrough from the block's instructions, check that
 * jumps end their block, and point jumps past empty blocks.
 */
export function normalizeBasicBlock(bb: BasicBlock): void {
  const n = bb.instrs.length;
  for (let i = 0; i < n; i++) {
    const inst = bb.instrs[i];
    switch (inst.opcode) {
      case Op.RETURN_VALUE:
      case Op.RAISE_VARARGS:
      case Op.RERAISE:
        bb.exit = true;
        bb.nofallthrough = true;
        break;
      case Op.JUMP_ABSOLUTE:
      case Op.JUMP_FORWARD:
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
      case Op.JUMP_IF_FALSE_OR_POP:
      case Op.JUMP_IF_TRUE_OR_POP:
      case Op.FOR_ITER:
        if (inst.opcode === Op.JUMP_ABSOLUTE || inst.opcode === Op.JUMP_FORWARD) bb.nofallthrough = true;
        if (i !== n - 1) throw new PyError("SystemError", "malformed control flow graph.");
        inst.target = firstNonEmpty(inst.target!);
        break;
    }
  }
}

/** extend_block: a block ending in an unconditional jump to a short exit block gets a copy of it. */
export function extendBlock(bb: BasicBlock): void {
  const last = lastInstr(bb);
  if (!last || (last.opcode !== Op.JUMP_ABSOLUTE && last.opcode !== Op.JUMP_FORWARD)) return;
  const target = last.target!;
  if (target.exit && target.instrs.length <= MAX_COPY_SIZE) {
    last.opcode = Op.NOP;
    for (const i of target.instrs.slice()) bb.instrs.push(copyInstr(i));
    bb.exit = true;
  }
}

/** insert_generator_prefix: generators and coroutines start with GEN_START <kind>, without a line. */
export function insertGeneratorPrefix(flags: number, entry: BasicBlock): void {
  let kind: number;
  if (flags & CO_COROUTINE) kind = 1;
  else if (flags & CO_ASYNC_GENERATOR) kind = 2;
  else if (flags & CO_GENERATOR) kind = 0;
  else return;
  entry.instrs.unshift({ opcode: Op.GEN_START, oparg: kind, target: null, lineno: -1 });
}

/**
 * fold_tuple_on_constants: `LOAD_CONST * n; BUILD_TUPLE n` becomes NOPs and one LOAD_CONST of the
 * tuple, reusing an equal constant already in the list.
 */
function foldTupleOnConstants(instrs: Instr[], start: number, n: number, consts: ConstList): void {
  for (let i = start; i < start + n; i++) if (instrs[i].opcode !== Op.LOAD_CONST) return;
  const items: PyConstant[] = [];
  for (let i = start; i < start + n; i++) items.push(consts.values[instrs[i].oparg]);
  const index = consts.indexOfOrAppend(new PyTuple(items));
  for (let i = start; i < start + n; i++) instrs[i].opcode = Op.NOP;
  instrs[start + n].opcode = Op.LOAD_CONST;
  instrs[start + n].oparg = index;
}

/** The rotation an instruction performs (0: it is not a rotation). */
function rotation(i: Instr): number {
  switch (i.opcode) {
    case Op.ROT_N: return i.oparg;
    case Op.ROT_FOUR: return 4;
    case Op.ROT_THREE: return 3;
    case Op.ROT_TWO: return 2;
    default: return 0;
  }
}

/** fold_rotations: n rotations of n items in a row are the identity, so they all become NOPs. */
function foldRotations(instrs: Instr[], start: number, n: number): void {
  for (let i = start; i < start + n; i++) if (rotation(instrs[i]) !== n) return;
  for (let i = start; i < start + n; i++) instrs[i].opcode = Op.NOP;
}

const NOP_INSTR: Instr = { opcode: Op.NOP, oparg: 0, target: null, lineno: -1 };

/** optimize_basic_block: peephole rewrites inside one block; `i--` re-examines a rewritten jump. */
function optimizeBasicBlock(bb: BasicBlock, consts: ConstList): void {
  const ins = bb.instrs;
  for (let i = 0; i < ins.length; i++) {
    const inst = ins[i];
    const oparg = inst.oparg;
    const nextop = i + 1 < ins.length ? ins[i + 1].opcode : 0;
    let target = NOP_INSTR;
    if (isJumpInstr(inst)) {
      inst.target = firstNonEmpty(inst.target!);
      if (inst.target.instrs.length > 0) target = inst.target.instrs[0];
    }
    switch (inst.opcode) {
      case Op.LOAD_CONST: {
        // LOAD_CONST c; conditional jump: the jump's outcome is known.
        if (nextop === Op.POP_JUMP_IF_FALSE || nextop === Op.POP_JUMP_IF_TRUE) {
          const isTrue = constIsTrue(consts.values[oparg]);
          inst.opcode = Op.NOP;
          if (isTrue === (nextop === Op.POP_JUMP_IF_TRUE)) {
            ins[i + 1].opcode = Op.JUMP_ABSOLUTE;
            bb.nofallthrough = true;
          } else {
            ins[i + 1].opcode = Op.NOP;
          }
        } else if (nextop === Op.JUMP_IF_FALSE_OR_POP || nextop === Op.JUMP_IF_TRUE_OR_POP) {
          const isTrue = constIsTrue(consts.values[oparg]);
          if (isTrue === (nextop === Op.JUMP_IF_TRUE_OR_POP)) {
            ins[i + 1].opcode = Op.JUMP_ABSOLUTE;
            bb.nofallthrough = true;
          } else {
            inst.opcode = Op.NOP;
            ins[i + 1].opcode = Op.NOP;
          }
        }
        break;
      }
      case Op.BUILD_TUPLE:
        // BUILD_TUPLE n; UNPACK_SEQUENCE n is a no-op or a rotation for n <= 3.
        if (nextop === Op.UNPACK_SEQUENCE && oparg === ins[i + 1].oparg) {
          if (oparg === 1) {
            inst.opcode = Op.NOP;
            ins[i + 1].opcode = Op.NOP;
          } else if (oparg === 2) {
            inst.opcode = Op.ROT_TWO;
            ins[i + 1].opcode = Op.NOP;
          } else if (oparg === 3) {
            inst.opcode = Op.ROT_THREE;
            ins[i + 1].opcode = Op.ROT_TWO;
          }
          break;
        }
        if (i >= oparg) foldTupleOnConstants(ins, i - oparg, oparg, consts);
        break;
      // ROT_N with a small count is a dedicated rotation (pattern matching emits ROT_N for any count).
      case Op.ROT_N:
        if (oparg <= 1) {
          inst.opcode = Op.NOP;
          break;
        }
        if (oparg === 2) inst.opcode = Op.ROT_TWO;
        else if (oparg === 3) inst.opcode = Op.ROT_THREE;
        else if (oparg === 4) inst.opcode = Op.ROT_FOUR;
        if (i >= oparg - 1) foldRotations(ins, i - oparg + 1, oparg);
        break;
      // A conditional jump to a conditional jump whose outcome the first one implies (same line only).
      case Op.JUMP_IF_FALSE_OR_POP:
      case Op.JUMP_IF_TRUE_OR_POP: {
        const same = inst.opcode;
        const opposite = same === Op.JUMP_IF_FALSE_OR_POP ? Op.JUMP_IF_TRUE_OR_POP : Op.JUMP_IF_FALSE_OR_POP;
        const popSame = same === Op.JUMP_IF_FALSE_OR_POP ? Op.POP_JUMP_IF_FALSE : Op.POP_JUMP_IF_TRUE;
        if (target.opcode === popSame) {
          if (inst.lineno === target.lineno) {
            inst.opcode = target.opcode;
            inst.oparg = target.oparg;
            inst.target = target.target;
            i--;
          }
        } else if (target.opcode === Op.JUMP_ABSOLUTE || target.opcode === Op.JUMP_FORWARD || target.opcode === same) {
          if (inst.lineno === target.lineno && inst.target !== target.target) {
            inst.target = target.target;
            i--;
          }
        } else if (target.opcode === opposite) {
          if (inst.lineno === target.lineno) {
            inst.opcode = popSame;
            inst.target = inst.target!.next;
            i--;
          }
        }
        break;
      }
      case Op.POP_JUMP_IF_FALSE:
      case Op.POP_JUMP_IF_TRUE:
        if (target.opcode === Op.JUMP_ABSOLUTE || target.opcode === Op.JUMP_FORWARD) {
          if (inst.lineno === target.lineno && inst.target !== target.target) {
            inst.target = target.target;
            i--;
          }
        }
        break;
      case Op.JUMP_ABSOLUTE:
      case Op.JUMP_FORWARD:
        if (target.opcode === Op.JUMP_FORWARD || target.opcode === Op.JUMP_ABSOLUTE) {
          // Jump to a jump on the same line: go straight to the final target with a JUMP_ABSOLUTE
          // (CPython's output shows a threaded JUMP_FORWARD -> JUMP_FORWARD as JUMP_ABSOLUTE, and
          // a `break` on its own line left pointing at the loop's artificial jump back).
          if (inst.lineno === target.lineno && inst.target !== target.target) {
            inst.opcode = Op.JUMP_ABSOLUTE;
            inst.target = target.target;
            i--;
          }
        }
        break;
    }
  }
}

/** clean_basic_block: drop NOPs whose line is already marked by a neighbour (or that have none). */
export function cleanBasicBlock(bb: BasicBlock, prevLineno: number): void {
  const ins = bb.instrs;
  let dest = 0;
  for (let src = 0; src < ins.length; src++) {
    const lineno = ins[src].lineno;
    if (ins[src].opcode === Op.NOP) {
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (src < ins.length - 1) {
        const nextLineno = ins[src + 1].lineno;
        if (nextLineno < 0 || nextLineno === lineno) {
          ins[src + 1].lineno = lineno;
          continue;
        }
      } else {
        let next: BasicBlock | null = bb.next;
        while (next !== null && next.instrs.length === 0) next = next.next;
        if (next !== null && lineno === next.instrs[0].lineno) continue;
      }
    }
    ins[dest++] = ins[src];
    prevLineno = lineno;
  }
  if (dest !== ins.length) ins.length = dest; // the length setter is a builtin call, even for no change
}

/** mark_reachable: count each block's predecessors, walking from the entry along jumps and fall-through. */
function markReachable(entry: BasicBlock): void {
  const stack: BasicBlock[] = [entry];
  entry.predecessors = 1;
  while (stack.length > 0) {
    const b = stack.pop()!;
    if (b.next !== null && !b.nofallthrough) {
      if (b.next.predecessors === 0) stack.push(b.next);
      b.next.predecessors++;
    }
    for (const i of b.instrs) {
      if (isJumpInstr(i)) {
        const t = i.target!;
        if (t.predecessors === 0) stack.push(t);
        t.predecessors++;
      }
    }
  }
}

/** eliminate_empty_basic_blocks: unlink empty blocks from the b_next chain and retarget final jumps. */
function eliminateEmptyBasicBlocks(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    let next: BasicBlock | null = b.next;
    if (next !== null) {
      while (next.instrs.length === 0 && next.next !== null) next = next.next;
      b.next = next;
    }
  }
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    const last = lastInstr(b);
    if (last && isJumpInstr(last)) {
      let t = last.target!;
      while (t.instrs.length === 0 && t.next !== null) t = t.next;
      last.target = t;
    }
  }
}

/** optimize_cfg */
export function optimizeCfg(unit: CompilerUnit, entry: BasicBlock, consts: ConstList): void {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    optimizeBasicBlock(b, consts);
    cleanBasicBlock(b, -1);
  }
  for (let k = unit.blocks.length - 1; k >= 0; k--) extendBlock(unit.blocks[k]);
  markReachable(entry);
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    if (b.predecessors === 0) {
      if (b.instrs.length !== 0) b.instrs.length = 0;
      b.nofallthrough = false;
    }
  }
  let pred: BasicBlock | null = null;
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    const last = pred !== null ? lastInstr(pred) : undefined;
    cleanBasicBlock(b, last ? last.lineno : -1);
    pred = b.nofallthrough ? null : b;
  }
  eliminateEmptyBasicBlocks(entry);
  // A jump to the block that follows anyway is redundant once empty blocks are gone.
  let maybeEmpty = false;
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    const last = lastInstr(b);
    if (last && (last.opcode === Op.JUMP_ABSOLUTE || last.opcode === Op.JUMP_FORWARD) && last.target === b.next) {
      b.nofallthrough = false;
      last.opcode = Op.NOP;
      cleanBasicBlock(b, -1);
      maybeEmpty = true;
    }
  }
  if (maybeEmpty) eliminateEmptyBasicBlocks(entry);
}

const isExitWithoutLineno = (b: BasicBlock): boolean => b.exit && b.instrs.length > 0 && b.instrs[0].lineno < 0;

/**
 * duplicate_exits_without_lineno: an exit block without a line number that several jumps reach is
 * copied once per jump, so that each copy can take its jump's line (PEP 626: f_lineno is right on exit).
 */
export function duplicateExitsWithoutLineno(unit: CompilerUnit): void {
  for (let k = unit.blocks.length - 1; k >= 0; k--) {
    const b = unit.blocks[k];
    const last = lastInstr(b);
    if (!last || !isJumpInstr(last) || isSetup(last.opcode)) continue;
    const target = last.target!;
    if (isExitWithoutLineno(target) && target.predecessors > 1) {
      const copy = unit.newBlock();
      for (const i of target.instrs) copy.instrs.push(copyInstr(i));
      copy.exit = target.exit;
      copy.nofallthrough = true;
      copy.instrs[0].lineno = last.lineno;
      last.target = copy;
      target.predecessors--;
      copy.predecessors = 1;
      copy.next = target.next;
      target.next = copy;
    }
  }
  for (let k = unit.blocks.length - 1; k >= 0; k--) {
    const b = unit.blocks[k];
    while (b.next !== null && b.next.instrs.length === 0) b.next = b.next.next;
  }
  // What remains without a line can only be reached by falling through, from a single predecessor.
  for (let k = unit.blocks.length - 1; k >= 0; k--) {
    const b = unit.blocks[k];
    if (!b.nofallthrough && b.next !== null && b.instrs.length > 0 && isExitWithoutLineno(b.next)) {
      b.next.instrs[0].lineno = lastInstr(b)!.lineno;
    }
  }
}

/** propagate_line_numbers: instructions without a line take the line of what precedes them. */
export function propagateLineNumbers(entry: BasicBlock): void {
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    if (b.instrs.length === 0) continue;
    let prev = -1;
    for (const i of b.instrs) {
      if (i.lineno < 0) i.lineno = prev;
      else prev = i.lineno;
    }
    if (!b.nofallthrough && b.next !== null && b.next.predecessors === 1 && b.next.instrs.length > 0) {
      if (b.next.instrs[0].lineno < 0) b.next.instrs[0].lineno = prev;
    }
    const last = lastInstr(b)!;
    if (isJumpInstr(last) && !isSetup(last.opcode)) {
      const t = last.target!;
      if (t.predecessors === 1 && t.instrs.length > 0 && t.instrs[0].lineno < 0) t.instrs[0].lineno = prev;
    }
  }
}

/** guarantee_lineno_for_exits: a return still without a line takes the last line seen before it. */
export function guaranteeLinenoForExits(entry: BasicBlock, firstlineno: number): void {
  let lineno = firstlineno;
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    const last = lastInstr(b);
    if (!last) continue;
    if (last.lineno < 0) {
      if (last.opcode === Op.RETURN_VALUE) for (const i of b.instrs) i.lineno = lineno;
    } else {
      lineno = last.lineno;
    }
  }
}

/** trim_unused_consts: drop constants after the last one a LOAD_CONST uses (the first always stays). */
export function trimUnusedConsts(entry: BasicBlock, consts: ConstList): void {
  let max = 0;
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    for (const i of b.instrs) if (i.opcode === Op.LOAD_CONST && i.oparg > max) max = i.oparg;
  }
  if (max + 1 < consts.values.length) consts.truncate(max + 1);
}
