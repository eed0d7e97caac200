// Which fast locals of a code object can own a generator (src/vm/gen-finalize.ts): CPython closes a
// generator when its last reference goes, and `g = gen(); next(g); return` drops the last one at the
// return. dislab has no reference counts, so it proves the case from the bytecode instead: a local
// qualifies when every instruction reading it passes its value only to something that cannot keep
// it. A generator stored there by the instruction right after the call that made it is then held by
// that local alone (frame introspection aside, which gives up ownership at run time).
import { Op, isJump, isRelativeJump } from "./opcodes.ts";

/** The local may own a generator. */
export const OWNABLE = 1;
/** ...as long as the name `next` still means the builtin when the generator is let go (next(g) reads it). */
export const VIA_NEXT = 2;

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
  return slots;
}
