// The value-stack height before each instruction of a code object, found by following every edge
// from the first instruction (jumps, fall-throughs, exception handlers) with the opcode table's
// stack effects. The compiled tier (src/vm/jit/emit.ts) lays out its stack slots by it; the VM
// checks hand-made bytecode with it (src/objects/code.ts), since CPython reads and writes outside a
// frame's value stack when the bytecode does not add up.
import { Op, isJump, isRelativeJump, opinfo, stackEffect, stackInputs } from "./opcodes.ts";

/**
 * The stack height before each reachable instruction of `ops`/`args` (EXTENDED_ARG folded in; -1:
 * unreachable), or null if the code does not add up: an unknown opcode, a jump or fall-through
 * past the end, an instruction reading more values than the stack holds, a height above
 * `stacksize`, or two paths meeting at different heights. With `unknownRaises`, an unknown
 * opcode ends its path instead, as it does in ceval (SystemError "unknown opcode").
 */
export function stackHeights(ops: Uint8Array, args: Int32Array, stacksize: number, unknownRaises = false): Int32Array | null {
  const n = ops.length;
  const depth = new Int32Array(n).fill(-1);
  const work: number[] = [];
  const reach = (j: number, d: number): boolean => {
    if (j < 0 || j >= n || d < 0 || d > stacksize) return false;
    if (depth[j] === -1) {
      depth[j] = d;
      work.push(j);
      return true;
    }
    return depth[j] === d;
  };
  // a generator's frame starts with the value its first send() pushed, which GEN_START pops
  if (n === 0 || !reach(0, ops[0] === Op.GEN_START ? 1 : 0)) return null;
  while (work.length > 0) {
    const i = work.pop()!;
    const op = ops[i]!;
    const arg = args[i]!;
    const d = depth[i]!;
    const info = opinfo[op];
    if (info === undefined) {
      if (unknownRaises) continue;
      return null;
    }
    if (d < stackInputs(op, arg)) return null;
    if (isJump(op) && !reach(isRelativeJump(op) ? i + 1 + arg : arg, d + stackEffect(op, arg, true))) return null;
    if (!info.terminates && !reach(i + 1, d + stackEffect(op, arg, false))) return null;
  }
  return depth;
}
