// co_stacksize: the deepest value stack any path through the flow graph needs, as CPython 3.10's
// stackdepth() in Python/compile.c computes it. Each block is entered once, with the depth of the
// first edge that reaches it (the compiler guarantees every edge agrees); a jump's target gets the
// depth of the jump edge (stack_effect with jump=1), which differs from the fall-through for
// SETUP_* and FOR_ITER. A generator or coroutine starts at depth 1: GEN_START pops the sent value.
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR } from "../bytecode/flags.ts";
import { isJump, Op, stackEffect } from "../bytecode/opcodes.ts";
import type { BasicBlock } from "./unit.ts";

const UNSET = Number.MIN_SAFE_INTEGER;

/** The blocks still to visit: one array for every call (stackdepth never re-enters itself), empty between calls. */
const stack: BasicBlock[] = [];

/** stackdepth_push: a block is queued the first time it is reached (the same test as CPython's). */
function push(b: BasicBlock, depth: number): void {
  if (b.startdepth < depth && b.startdepth < 100) {
    b.startdepth = depth;
    stack.push(b);
  }
}

export function stackdepth(blocks: readonly BasicBlock[], entry: BasicBlock, flags: number): number {
  for (const b of blocks) b.startdepth = UNSET;
  if (stack.length !== 0) stack.length = 0; // only after a throw: the loop below empties it
  let maxdepth = 0;
  push(entry, flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) ? 1 : 0);
  while (stack.length > 0) {
    const b = stack.pop()!;
    let depth = b.startdepth;
    let next: BasicBlock | null = b.next;
    for (const instr of b.instrs) {
      const newDepth = depth + stackEffect(instr.opcode, instr.oparg, false);
      if (newDepth > maxdepth) maxdepth = newDepth;
      if (isJump(instr.opcode)) {
        const targetDepth = depth + stackEffect(instr.opcode, instr.oparg, true);
        if (targetDepth > maxdepth) maxdepth = targetDepth;
        push(instr.target!, targetDepth);
      }
      depth = newDepth;
      const op = instr.opcode;
      if (op === Op.JUMP_ABSOLUTE || op === Op.JUMP_FORWARD || op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS || op === Op.RERAISE) {
        next = null; // the rest of the block is dead
        break;
      }
    }
    if (next !== null) push(next, depth);
  }
  return maxdepth;
}
