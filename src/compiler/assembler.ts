// The assembler: turns one compiler unit's flow graph into a CodeObject, as CPython 3.10's assemble()
// in Python/compile.c does: the implicit `return None`, the flow-graph passes (flowgraph.ts), stack
// depth, jump offsets with EXTENDED_ARG sizing, the instruction bytes, co_linetable and makecode.
// Non-obvious: 3.10 jump arguments count 2-byte code units, and a jump's size depends on its own
// argument, so offsets are recomputed until no jump changes size (assemble_jump_offsets' loop).
import { CodeObject } from "../bytecode/code.ts";
import { EXTENDED_ARG, isJump, isRelativeJump, Op } from "../bytecode/opcodes.ts";
import {
  ConstList, duplicateExitsWithoutLineno, extendBlock, guaranteeLinenoForExits,
  insertGeneratorPrefix, normalizeBasicBlock, optimizeCfg, propagateLineNumbers, trimUnusedConsts,
} from "./flowgraph.ts";
import { stackdepth } from "./stackdepth.ts";
import type { AssembleContext, BasicBlock, CompilerUnit, Instr } from "./unit.ts";

/** instrsize: code units an instruction takes with its EXTENDED_ARG prefixes. */
export function instrSize(oparg: number): number {
  return oparg <= 0xff ? 1 : oparg <= 0xffff ? 2 : oparg <= 0xffffff ? 3 : 4;
}

/**
 * co_linetable as 3.10 writes it (assemble_line_range / assemble_lnotab, Objects/lnotab_notes.txt):
 * one entry per run of code units with the same line, as (byte delta 0-254, line delta) pairs; a
 * line delta beyond ±127 takes extra (0, ±127) pairs first, a run longer than 254 bytes is split, and
 * -128 marks a run without a line. Line 0 never starts a run (CPython skips i_lineno == 0).
 */
export class LineTableWriter {
  private readonly out: number[] = [];
  /** a_lineno: the line of the run being built; a_prevlineno: the last line written. */
  private lineno: number;
  private prevLineno: number;
  private runStart = 0;
  private offset = 0;

  constructor(firstlineno: number) {
    this.lineno = firstlineno;
    this.prevLineno = firstlineno;
  }

  /** An instruction of `size` code units on `lineno` (-1: no line). */
  add(lineno: number, size: number): void {
    if (lineno !== 0 && lineno !== this.lineno) {
      this.closeRun();
      this.lineno = lineno;
    }
    this.offset += size;
  }

  /** The finished table. */
  finish(): Uint8Array {
    this.closeRun();
    const out = this.out;
    const table = codeBytes(out.length);
    for (let k = 0; k < out.length; k++) table[k] = out[k];
    return table;
  }

  private closeRun(): void {
    let bdelta = (this.offset - this.runStart) * 2;
    if (bdelta === 0) return;
    let ldelta: number;
    if (this.lineno < 0) {
      ldelta = -128;
    } else {
      ldelta = this.lineno - this.prevLineno;
      this.prevLineno = this.lineno;
      while (ldelta > 127) {
        this.out.push(0, 127);
        ldelta -= 127;
      }
      while (ldelta < -127) {
        this.out.push(0, -127 & 0xff);
        ldelta += 127;
      }
    }
    while (bdelta > 254) {
      this.out.push(254, ldelta & 0xff);
      ldelta = this.lineno < 0 ? -128 : 0;
      bdelta -= 254;
    }
    this.out.push(bdelta, ldelta & 0xff);
    this.runStart = this.offset;
  }
}

/** assemble_jump_offsets: lay out blocks and set jump arguments until no jump changes size; the code's size in code units. */
function assembleJumpOffsets(unit: CompilerUnit, entry: BasicBlock): number {
  const blocks = unit.blocks;
  for (;;) {
    let total = 0;
    for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
      b.offset = total;
      for (const i of b.instrs) total += instrSize(i.oparg);
    }
    let resized = false;
    for (let k = blocks.length - 1; k >= 0; k--) {
      const b = blocks[k];
      let pos = b.offset;
      for (const i of b.instrs) {
        const size = instrSize(i.oparg);
        pos += size;
        if (isJump(i.opcode)) {
          i.oparg = i.target!.offset;
          if (isRelativeJump(i.opcode)) i.oparg -= pos;
          if (instrSize(i.oparg) !== size) resized = true;
        }
      }
    }
    if (!resized) return total;
  }
}

/**
 * Bytes for co_code and co_linetable, as views into a shared slab: a typed array of its own for
 * each allocates an ArrayBuffer and a backing store (about 0.75 us, a view about 0.2 us), which
 * was the larger part of makeCode's CPU samples. A slab stays alive while any code object made
 * from it does; large tables get their own array.
 */
const SLAB_SIZE = 16384;
let slab = new Uint8Array(SLAB_SIZE);
let slabUsed = 0;

function codeBytes(n: number): Uint8Array {
  if (n > SLAB_SIZE >> 3) return new Uint8Array(n);
  if (slabUsed + n > SLAB_SIZE) {
    slab = new Uint8Array(SLAB_SIZE);
    slabUsed = 0;
  }
  const bytes = new Uint8Array(slab.buffer, slabUsed, n);
  slabUsed += n;
  return bytes;
}

/** write_op_arg: the instruction with its EXTENDED_ARG prefixes, high byte first, at code[at]; the end. */
function emit(code: Uint8Array, at: number, i: Instr, size: number): number {
  for (let k = size - 1; k > 0; k--) {
    code[at++] = EXTENDED_ARG;
    code[at++] = (i.oparg >>> (8 * k)) & 0xff;
  }
  code[at++] = i.opcode;
  code[at++] = i.oparg & 0xff;
  return at;
}

/** Assemble one unit (CPython's assemble + makecode). Codegen sets unit.flags before calling. */
export function assemble(unit: CompilerUnit, ctx: AssembleContext): CodeObject {
  const entry = prepareUnit(unit, ctx);
  const consts = new ConstList(unit.consts.values.slice());
  optimizeCfg(unit, entry, consts);
  duplicateExitsWithoutLineno(unit);
  trimUnusedConsts(entry, consts);
  propagateLineNumbers(entry);
  guaranteeLinenoForExits(entry, unit.firstlineno);
  return makeCode(unit, entry, consts, ctx);
}

/**
 * The part of assemble() before the optimiser: the implicit `return None`, block flags, exit-block
 * copying, GEN_START and co_firstlineno. Returns the entry block.
 */
export function prepareUnit(unit: CompilerUnit, ctx: AssembleContext): BasicBlock {
  // Every path that falls off the end returns None; that return has no line of its own. (b_return
  // is set by any RETURN_VALUE added to the block, also one pushed without unit.addOp.)
  const cur = unit.curblock;
  if (!cur.return && !cur.instrs.some((i) => i.opcode === Op.RETURN_VALUE)) {
    unit.lineno = -1;
    if (ctx.addNone) unit.addOp(Op.LOAD_CONST, unit.consts.addConst(null));
    unit.addOp(Op.RETURN_VALUE);
  }
  for (let k = unit.blocks.length - 1; k >= 0; k--) normalizeBasicBlock(unit.blocks[k]);
  for (let k = unit.blocks.length - 1; k >= 0; k--) extendBlock(unit.blocks[k]);
  const entry = unit.blocks[0];
  insertGeneratorPrefix(unit.flags, entry);
  if (!unit.firstlineno) {
    const first = entry.instrs[0];
    unit.firstlineno = first && first.lineno ? first.lineno : 1;
  }
  return entry;
}

/** The part after the optimiser: stack depth, jump offsets, the bytes, the line table and makecode. */
export function makeCode(unit: CompilerUnit, entry: BasicBlock, consts: ConstList, ctx: AssembleContext): CodeObject {
  const maxdepth = stackdepth(unit.blocks, entry, unit.flags);
  const code = codeBytes(2 * assembleJumpOffsets(unit, entry));
  const lines = new LineTableWriter(unit.firstlineno);
  let at = 0;
  for (let b: BasicBlock | null = entry; b !== null; b = b.next) {
    for (const i of b.instrs) {
      const size = instrSize(i.oparg);
      lines.add(i.lineno, size);
      at = emit(code, at, i, size);
    }
  }

  return new CodeObject({
    co_argcount: unit.posonlyargcount + unit.argcount,
    co_posonlyargcount: unit.posonlyargcount,
    co_kwonlyargcount: unit.kwonlyargcount,
    co_nlocals: unit.varnames.size,
    co_stacksize: maxdepth,
    co_flags: unit.flags,
    co_code: code,
    co_consts: consts.values,
    co_names: unit.names.values.slice(),
    co_varnames: unit.varnames.values.slice(),
    co_freevars: unit.freevars.values.slice(),
    co_cellvars: unit.cellvars.values.slice(),
    co_filename: ctx.filename,
    co_name: unit.name,
    co_firstlineno: unit.firstlineno,
    co_linetable: lines.finish(),
  });
}
