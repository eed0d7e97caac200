// Assigning frame.f_lineno from a trace function (Objects/frameobject.c frame_setlineno, 3.10): a
// jump to the first instruction of another line of the same code. Which jumps are allowed comes
// from the block structure at each instruction (markblocks: with, for loop, try, except, pushed
// and popped as the bytecode goes); the value and block stacks are unwound to the target's
// blocks. Messages are 3.10's.
import { Op } from "../bytecode/opcodes.ts";
import type { Frame } from "./frame.ts";
import type { PyObj } from "./object.ts";
import { newExc, ValueError, AttributeError } from "./exceptions.ts";

/** What the frame's trace function is being called for (frame_setlineno looks at f_state). */
export const enum TraceState {
  /** Not inside a trace call. */
  None = 0,
  /** The 'call' event of a new frame (FRAME_CREATED). */
  Created = 1,
  /** A 'line' or 'opcode' event, or the 'call'/'return' of a generator resuming/yielding. */
  Jumpable = 2,
  /** A 'return' or 'exception' event. */
  Leaving = 3,
}

const enum Kind {
  With = 1,
  Loop = 2,
  Try = 3,
  Except = 4,
}
// A block stack is a number: 3 bits per block, innermost lowest (CO_MAXBLOCKS is 20, 60 bits;
// kept below 2**53 here by using multiplication instead of shifts).
const push = (stack: number, kind: Kind): number => stack * 8 + kind;
const pop = (stack: number): number => Math.floor(stack / 8);
const top = (stack: number): Kind => (stack % 8) as Kind;

/** markblocks: the block stack before each instruction (-1: not reached). */
function markBlocks(ops: Uint8Array, args: Int32Array): number[] {
  const len = ops.length;
  const blocks = new Array<number>(len + 1).fill(-1);
  blocks[0] = 0;
  let todo = true;
  while (todo) {
    todo = false;
    for (let i = 0; i < len; i++) {
      let stack = blocks[i];
      if (stack === -1) continue;
      const arg = args[i];
      const set = (j: number, s: number) => {
        if (blocks[j] === -1 && j < i) todo = true;
        blocks[j] = s;
      };
      switch (ops[i]) {
        case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP: case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE:
        case Op.JUMP_IF_NOT_EXC_MATCH:
          set(arg, stack);
          blocks[i + 1] = stack;
          break;
        case Op.JUMP_ABSOLUTE:
          set(arg, stack);
          break;
        case Op.SETUP_FINALLY:
          blocks[arg + i + 1] = push(stack, Kind.Except);
          blocks[i + 1] = push(stack, Kind.Try);
          break;
        case Op.SETUP_WITH: case Op.SETUP_ASYNC_WITH:
          blocks[arg + i + 1] = push(stack, Kind.Except);
          blocks[i + 1] = push(stack, Kind.With);
          break;
        case Op.JUMP_FORWARD:
          blocks[arg + i + 1] = stack;
          break;
        case Op.GET_ITER: case Op.GET_AITER:
          blocks[i + 1] = push(stack, Kind.Loop);
          break;
        case Op.FOR_ITER:
          blocks[i + 1] = stack;
          stack = pop(stack);
          blocks[arg + i + 1] = stack;
          break;
        case Op.POP_BLOCK: case Op.POP_EXCEPT:
          blocks[i + 1] = pop(stack);
          break;
        case Op.END_ASYNC_FOR:
          blocks[i + 1] = pop(pop(stack));
          break;
        case Op.RETURN_VALUE: case Op.RAISE_VARARGS: case Op.RERAISE:
          break;
        default:
          blocks[i + 1] = stack;
      }
    }
  }
  return blocks;
}

function compatible(from: number, to: number): boolean {
  if (to < 0) return false;
  while (from > to) from = pop(from);
  return from === to;
}

function explain(to: number): string {
  switch (top(to)) {
    case Kind.Except: return "can't jump into an 'except' block as there's no exception";
    case Kind.Try: return "can't jump into the body of a try statement";
    case Kind.With: return "can't jump into the body of a with statement";
    default: return "can't jump into the body of a for loop";
  }
}

const valueError = (msg: string) => newExc(ValueError, msg);

/** frame.f_lineno = value: validates, unwinds the stacks and moves the frame to the new line. */
export function setLineno(f: Frame, value: PyObj | undefined): void {
  if (value === undefined) throw newExc(AttributeError, "cannot delete attribute");
  if (typeof value !== "number" && typeof value !== "bigint") throw valueError("lineno must be an integer");
  switch (f.traceState) {
    case TraceState.Created:
      throw valueError("can't jump from the 'call' trace event of a new frame");
    case TraceState.Leaving:
      throw valueError("can only jump from a 'line' trace event");
    case TraceState.None:
      throw valueError("f_lineno can only be set by a trace function");
  }
  if (typeof value === "bigint" || value > 2 ** 31 - 1 || value < -(2 ** 31)) throw valueError("lineno out of range");
  const code = f.code;
  const co = code.co;
  if (value < co.co_firstlineno) throw valueError(`line ${value} comes before the current code block`);
  const len = code.ops.length;
  // marklines: the line of each address range's first instruction
  const lines = new Array<number>(len).fill(-1);
  for (const r of co.co_lines()) if (r.start >> 1 < len) lines[r.start >> 1] = r.line ?? -1;
  let target = -1;
  for (const l of lines) if (l >= value && (target === -1 || l < target)) target = l;
  if (target < 0) throw valueError(`line ${value} comes after the current code block`);
  const blocks = markBlocks(code.ops, code.args);
  let best = -1;
  let bestAddr = -1;
  let start = blocks[f.lasti];
  let msg: string | null = "cannot find bytecode for specified line";
  for (let i = 0; i < len; i++) {
    if (lines[i] !== target) continue;
    const to = blocks[i];
    if (compatible(start, to)) {
      msg = null;
      if (to > best) {
        best = to;
        bestAddr = i;
      }
    } else if (msg !== null) msg = to >= 0 ? explain(to) : "code may be unreachable.";
  }
  if (msg !== null) throw valueError(msg);
  // unwind the block stack to the target's
  while (start > best) {
    switch (top(start)) {
      case Kind.Loop:
        f.sp--;
        break;
      case Kind.Try:
        unwindBlock(f);
        break;
      case Kind.With:
        unwindBlock(f);
        f.sp--; // the __exit__ method
        break;
      case Kind.Except:
        throw valueError("can't jump out of an 'except' block");
    }
    start = pop(start);
  }
  f.lasti = bestAddr;
  f.pc = bestAddr;
}

function unwindBlock(f: Frame): void {
  f.blockType.pop();
  f.blockHandler.pop();
  const level = f.blockLevel.pop()!;
  if (f.sp > level) f.sp = level;
}
