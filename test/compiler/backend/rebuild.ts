// Test helpers for the back end: read CPython's finished code objects back into what the back end
// consumes. `instructionLines` pairs each instruction (with its EXTENDED_ARG prefixes) with its line;
// `unitFromCode` rebuilds a compiler unit (blocks split at jump targets and after jumps/exits, jumps
// pointing at blocks, lines per instruction) so that the assembler can be run on CPython's own output.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CodeObject } from "../../../src/bytecode/code.ts";
import { coLines } from "../../../src/bytecode/linetable.ts";
import { ArgKind, EXTENDED_ARG, isJump, Op, opinfo } from "../../../src/bytecode/opcodes.ts";
import type { SymbolTableEntry } from "../../../src/compiler/symtable-entry.ts";
import { CompilerUnit, ScopeType, type BasicBlock } from "../../../src/compiler/unit.ts";
import { codeFromJson } from "../../oracle/convert.ts";
import { Oracle, stdlibCorpus, type CodeJson } from "../../oracle/oracle.ts";

export interface DecodedInstr {
  /** Byte offset of the first code unit (the first EXTENDED_ARG prefix, if any). */
  offset: number;
  /** Code units, prefixes included. */
  size: number;
  opcode: number;
  oparg: number;
  /** Line of the first code unit, -1 for none. */
  lineno: number;
}

export function decodeInstructions(code: CodeObject): DecodedInstr[] {
  const lineAt = new Map<number, number>();
  for (const r of coLines(code.co_linetable, code.co_firstlineno)) {
    for (let o = r.start; o < r.end; o += 2) lineAt.set(o, r.line ?? -1);
  }
  const out: DecodedInstr[] = [];
  const b = code.co_code;
  let start = 0;
  let ext = 0;
  for (let o = 0; o < b.length; o += 2) {
    const op = b[o];
    const arg = b[o + 1] | (ext << 8);
    if (op === EXTENDED_ARG) {
      ext = arg;
      continue;
    }
    out.push({ offset: start, size: (o - start) / 2 + 1, opcode: op, oparg: arg, lineno: lineAt.get(start) ?? -1 });
    ext = 0;
    start = o + 2;
  }
  return out;
}

const terminates = (op: number) =>
  op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS || op === Op.RERAISE || op === Op.JUMP_ABSOLUTE || op === Op.JUMP_FORWARD;

/** A compiler unit holding CPython's finished code as a flow graph (GEN_START left to the assembler). */
export function unitFromCode(code: CodeObject, opts: { implicitReturn: boolean } = { implicitReturn: true }): CompilerUnit {
  let instrs = decodeInstructions(code);
  const unit = new CompilerUnit(null as unknown as SymbolTableEntry, ScopeType.Function, code.co_name, null, code.co_firstlineno);
  const jumpTarget = (i: DecodedInstr) =>
    opinfo[i.opcode]!.arg === ArgKind.JumpRelative ? i.offset / 2 + i.size + i.oparg : i.oparg;
  const targets = new Set<number>();
  for (const i of instrs) if (isJump(i.opcode)) targets.add(jumpTarget(i) * 2);
  if (instrs[0]?.opcode === Op.GEN_START) instrs = instrs.slice(1);
  // One block per leader: the entry, each jump target, each instruction after a jump or an exit.
  const blockAt = new Map<number, BasicBlock>();
  let prev: DecodedInstr | null = null;
  for (const i of instrs) {
    if (prev === null) blockAt.set(i.offset, unit.curblock);
    else if (targets.has(i.offset) || isJump(prev.opcode) || terminates(prev.opcode)) blockAt.set(i.offset, unit.newBlock());
    prev = i;
  }
  for (const i of instrs) {
    const b = blockAt.get(i.offset);
    if (b && b !== unit.curblock) unit.useNextBlock(b);
    unit.lineno = i.lineno;
    const target = isJump(i.opcode) ? blockAt.get(jumpTarget(i) * 2) ?? null : null;
    unit.addOp(i.opcode as Op, isJump(i.opcode) ? 0 : i.oparg, target);
  }
  // Codegen always leaves a fresh block current after a jump or an exit (as compiler_use_next_block does).
  const last = unit.curblock.instrs[unit.curblock.instrs.length - 1];
  if (last && (isJump(last.opcode) || terminates(last.opcode))) {
    if (opts.implicitReturn) unit.nextBlock();
    else unit.curblock.return = true; // without the optimiser an unreachable `return None` would stay
  }
  unit.consts.values.length = 0;
  for (const c of code.co_consts) unit.consts.values.push(c); // keep CPython's order, duplicates and all
  for (const n of code.co_names) unit.names.add(n);
  for (const n of code.co_varnames) unit.varnames.add(n);
  for (const n of code.co_cellvars) unit.cellvars.add(n);
  for (const n of code.co_freevars) unit.freevars.add(n);
  unit.argcount = code.co_argcount - code.co_posonlyargcount;
  unit.posonlyargcount = code.co_posonlyargcount;
  unit.kwonlyargcount = code.co_kwonlyargcount;
  unit.flags = code.co_flags;
  return unit;
}

/** Every code object in a tree, depth first. */
export function* walkCode(c: CodeObject): Generator<CodeObject> {
  yield c;
  for (const k of c.co_consts) if (k !== null && typeof k === "object" && "co_code" in k) yield* walkCode(k as CodeObject);
}

/** CPython's module code object for each stdlib file that compiles (from the oracle's cache). */
export async function* stdlibCode(): AsyncGenerator<{ file: string; code: CodeObject }> {
  const oracle = await (await Oracle.get()).ready();
  const { root, files } = await stdlibCorpus();
  for (const f of files) {
    const r = oracle.compile(readFileSync(join(root, f)), { filename: f });
    if (r.ok) yield { file: f, code: codeFromJson(r.value.code as CodeJson) };
  }
}
