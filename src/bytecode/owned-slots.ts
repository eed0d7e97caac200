// Which fast locals of a code object can own a generator (src/vm/gen-finalize.ts): CPython closes a
// generator when its last reference goes, and `g = gen(); next(g); return` drops the last one at the
// return. dislab has no reference counts, so it proves the case from the bytecode instead: a local
// qualifies when every instruction reading it passes its value only to something that cannot keep
// it. A generator stored there by the instruction right after the call that made it is then held by
// that local alone (frame introspection aside, which gives up ownership at run time).
import { Op, isJump, isRelativeJump, opinfo, stackEffect } from "./opcodes.ts";
import { stackHeights } from "./stack-heights.ts";

/** The local may own a generator. */
export const OWNABLE = 1;
/** ...as long as the name `next` still means the builtin when the generator is let go (next(g) reads it). */
export const VIA_NEXT = 2;

/** ...and a STORE_FAST right after a call stores to it: a generator may be claimed by it (gen-finalize.ts claimSlot). */
export const CLAIMABLE = 4;

/** The calls that may make a generator the eval loop stamps (gen-finalize.ts born). */
const CALLS = new Set<number>([Op.CALL_FUNCTION, Op.CALL_METHOD, Op.CALL_FUNCTION_KW, Op.CALL_FUNCTION_EX]);

/** Methods of generators, coroutines and async generators that do not keep their object. */
const OWN_METHODS = new Set(["send", "throw", "close", "__next__", "asend", "athrow", "aclose"]);

/**
 * OWNABLE (| VIA_NEXT) for each of `nlocals` fast locals whose every LOAD_FAST is followed by one of
 * - GET_ITER and FOR_ITER (a for loop over it: the loop's stack slot is gone when the frame is),
 * - LOAD_METHOD of a generator method (g.send(x), g.close(), ...),
 * - POP_TOP (the expression statement `g`),
 * - LOAD_CONST and IS_OP (`g is None`),
 * - the argument of `next(g)` or `next(g, constant)`, LOAD_GLOBAL next right before it (not a
 *   jump target, so that load is always the one before): VIA_NEXT, checked when letting go;
 * 0 for any other: `h = g`, `return g`, `f(g)`, `yield from g` (gi_yieldfrom shows it), ...
 */
export function ownableSlots(ops: Uint8Array, args: Int32Array, names: readonly string[], nlocals: number): Uint8Array {
  const n = ops.length;
  const jumpedTo = new Uint8Array(n + 1);
  for (let i = 0; i < n; i++) {
    const op = ops[i]!;
    if (isJump(op)) {
      const target = isRelativeJump(op) ? i + 1 + args[i]! : args[i]!;
      if (target >= 0 && target <= n) jumpedTo[target] = 1;
    }
  }
  const slots = new Uint8Array(nlocals).fill(OWNABLE);
  for (let i = 0; i < n; i++) {
    if (ops[i] !== Op.LOAD_FAST) continue;
    const k = args[i]!;
    const next = ops[i + 1];
    if (next === Op.POP_TOP) continue;
    if (next === Op.GET_ITER && ops[i + 2] === Op.FOR_ITER) continue;
    if (next === Op.LOAD_METHOD && OWN_METHODS.has(names[args[i + 1]!]!)) continue;
    if (next === Op.LOAD_CONST && ops[i + 2] === Op.IS_OP) continue;
    const argOfNext = i > 0 && ops[i - 1] === Op.LOAD_GLOBAL && names[args[i - 1]!] === "next" && jumpedTo[i] === 0;
    if (argOfNext && ((next === Op.CALL_FUNCTION && args[i + 1] === 1) || (next === Op.LOAD_CONST && ops[i + 2] === Op.CALL_FUNCTION && args[i + 2] === 2))) {
      slots[k]! |= VIA_NEXT;
      continue;
    }
    slots[k] = 0;
  }
  for (let i = 1; i < n; i++) {
    if (ops[i] === Op.STORE_FAST && CALLS.has(ops[i - 1]!) && slots[args[i]!]! & OWNABLE) slots[args[i]!]! |= CLAIMABLE;
  }
  return slots;
}

/** A stack value that may be any of several claimable locals' values (merged paths). */
const MANY = -2;

/**
 * For each instruction, 1 if it is a STORE_FAST or DELETE_FAST of a CLAIMABLE local (`slots`, from
 * ownableSlots) that drops the local's value while no value read from that local may be on the
 * value stack below: a generator the local owned is then referenced by nothing else, and the store
 * is where CPython drops its last reference. Not so inside `for x in g:` (the loop's iterator slot
 * holds g, so `g = None` or `del g` there leaves it running) or between `g.send` and its call
 * (`g.send(g := None)`); there the instruction is 0 and nothing is let go.
 *
 * Found by following every path from the first instruction (stack-heights.ts) with, for each
 * stack slot, which claimable local's value it may hold: LOAD_FAST pushes its local, GET_ITER
 * keeps it (a generator's iterator is itself), LOAD_METHOD leaves it in both slots it pushes, the
 * stack shuffles move it, FOR_ITER's exit and the calls drop it; any other instruction leaves the
 * slots below its new height as they were (at worst a value already gone still counts: a missed
 * release, never a wrong one) and pushes values of no local. Where paths meet with different
 * locals in a slot, it may hold any (MANY). Code whose heights do not add up releases nowhere.
 */
export function releasingStores(ops: Uint8Array, args: Int32Array, stacksize: number, slots: Uint8Array): Uint8Array {
  const n = ops.length;
  const out = new Uint8Array(n);
  if (!slots.some((s) => (s & CLAIMABLE) !== 0)) return out;
  const depth = stackHeights(ops, args, stacksize);
  if (depth === null) return out;
  const states: (Int32Array | null)[] = new Array(n).fill(null);
  const work: number[] = [];
  const reach = (j: number, st: Int32Array): void => {
    if (j < 0 || j >= n || depth[j] !== st.length) return;
    const old = states[j];
    if (old === null) {
      states[j] = st;
      work.push(j);
      return;
    }
    let changed = false;
    for (let p = 0; p < st.length; p++) {
      const a = old[p]!;
      const b = st[p]!;
      if (a === b || b === -1 || a === MANY) continue;
      old[p] = a === -1 ? b : MANY;
      changed = true;
    }
    if (changed) work.push(j);
  };
  /** `st` cut or grown to `height`, slots above the old top holding values of no local. */
  const resized = (st: Int32Array, keep: number, height: number): Int32Array => {
    const r = new Int32Array(height).fill(-1);
    r.set(st.subarray(0, Math.min(keep, height)));
    return r;
  };
  reach(0, new Int32Array(depth[0]!).fill(-1));
  while (work.length > 0) {
    const i = work.pop()!;
    const st = states[i]!;
    const op = ops[i]!;
    const arg = args[i]!;
    const d = st.length;
    const top = d - 1;
    let next: Int32Array;
    switch (op) {
      case Op.LOAD_FAST:
        next = resized(st, d, d + 1);
        next[d] = (slots[arg]! & CLAIMABLE) !== 0 ? arg : -1;
        break;
      case Op.LOAD_METHOD:
        next = resized(st, d, d + 1);
        next[d] = st[top]!;
        break;
      case Op.DUP_TOP:
        next = resized(st, d, d + 1);
        next[d] = st[top]!;
        break;
      case Op.DUP_TOP_TWO:
        next = resized(st, d, d + 2);
        next[d] = st[top - 1]!;
        next[d + 1] = st[top]!;
        break;
      case Op.ROT_TWO:
      case Op.ROT_THREE:
      case Op.ROT_FOUR:
      case Op.ROT_N: {
        const m = op === Op.ROT_TWO ? 2 : op === Op.ROT_THREE ? 3 : op === Op.ROT_FOUR ? 4 : arg;
        next = st.slice();
        if (m >= 1 && m <= d) {
          // the top goes m - 1 down, the ones between move up
          next.copyWithin(d - m + 1, d - m, top);
          next[d - m] = st[top]!;
        }
        break;
      }
      case Op.FOR_ITER:
        reach(i + 1 + arg, resized(st, top, top));
        next = resized(st, d, d + 1);
        break;
      case Op.CALL_FUNCTION:
      case Op.CALL_METHOD:
      case Op.CALL_FUNCTION_KW:
      case Op.CALL_FUNCTION_EX:
      case Op.POP_TOP:
      case Op.STORE_FAST:
      case Op.IS_OP: {
        // they take their operands off: the result (if any) is a new value
        const h = d + stackEffect(op, arg, false);
        next = resized(st, h - (op === Op.POP_TOP || op === Op.STORE_FAST ? 0 : 1), h);
        break;
      }
      default: {
        if (isJump(op)) {
          const h = d + stackEffect(op, arg, true);
          reach(isRelativeJump(op) ? i + 1 + arg : arg, resized(st, h, h));
        }
        next = resized(st, d, d + stackEffect(op, arg, false));
      }
    }
    if (!opinfo[op]?.terminates) reach(i + 1, next);
  }
  for (let i = 0; i < n; i++) {
    const st = states[i];
    const op = ops[i]!;
    const k = args[i]!;
    if (st === null || (op !== Op.STORE_FAST && op !== Op.DELETE_FAST) || (slots[k]! & CLAIMABLE) === 0) continue;
    const below = op === Op.STORE_FAST ? st.length - 1 : st.length;
    let free = true;
    for (let p = 0; p < below && free; p++) free = st[p] !== k && st[p] !== MANY;
    if (free) out[i] = 1;
  }
  return out;
}
