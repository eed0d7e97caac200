// The compiled tier: a hot code object becomes one JavaScript function, made with `new Function`
// from text generated here, that runs the code's instructions on the frame exactly as runFrame's
// dispatch loop would, minus the dispatch: operands are literal, each value-stack slot is a
// literal index (the stack height before every instruction is known statically, as the compiler's
// co_stacksize computation knows it), jumps between basic blocks go through a switch on pc, and
// every instruction site gets type feedback of its own, so V8 optimises each Python function for
// the types it actually sees, in milliseconds, instead of one big loop for all of them.
//
// It is a fast path, not a second interpreter: all state stays in the Frame (stack array, fast
// locals, cells, block stack, pc, lasti), so the compiled function can be entered at any of its
// labels and can give the frame back to runFrame before any instruction. It does so before the
// instructions whose semantics live in the loop (raise, a generator's return, a coroutine's yield,
// calls too deep to nest) and when the instruction counter calls for runFrame's slow path (limits,
// interrupts, tracing, stepping), so both tiers behave identically, traceback and f_lasti
// included; a function's return and a generator's yield end the compiled function itself
// (RETURNED, YIELDED: runCompiled in eval-loop.ts takes them). An exception
// thrown by compiled code unwinds in runFrame, which needs the stack height at the throw: the
// function's `throwSp` table has it per instruction (-1: the instruction stored it in f.sp).
//
// Generated text holds only numbers and fixed identifiers: names, constants and caches are read
// from the frame's code object, so no Python value reaches the source text.
import type { CompiledCode, PyCode } from "../../objects/code.ts";
import { MAX_GROWN_ITEMS } from "../../objects/exceptions.ts";
import { Op, opinfo, hasjrel, hasjabs } from "../../bytecode/opcodes.ts";
import { stackHeights } from "../../bytecode/stack-heights.ts";
import { getRuntime } from "./runtime.ts";
import { CHECK_EVERY } from "../eval-loop.ts";
import { GEN_FLAGS } from "../call.ts";
import { CO_GENERATOR, CO_OPTIMIZED } from "../../bytecode/flags.ts";

type CodeKind = "function" | "generator" | "coroutine";

const JREL = new Set(hasjrel);
const JABS = new Set(hasjabs);
/** Instructions runFrame runs itself: compiled code returns before them. */
const EXITS = new Set<number>([Op.RETURN_VALUE, Op.YIELD_VALUE, Op.YIELD_FROM]);
/** Instructions compiled inline; every other known opcode runs through coldOp. */
const INLINE = new Set<number>([
  124, 125, 100, 1, 2, 3, 4, 5, 9, 144, 12, 23, 55, 24, 56, 16, 19, 20, 22, 26, 27, 62, 63, 64, 65, 66, 17, 28, 29, 57, 59, 67, 75, 76, 77, 78, 79,
  25, 60, 107, 117, 118, 110, 113, 114, 115, 111, 112, 68, 93, 116, 101, 90, 136, 137, 135, 106, 95, 160, 131, 161, 141, 129, 122, 87, 89, 121,
  102, 103, 145, 92, 155, 132, 105, 156, 157, 133, 162, 130, 119, 143, 49,
]);
/**
 * How many values from the top of the stack an instruction reads once each, deepest first, as
 * its emitted text does (Emitter.val): those may be deferred loads. 0 for the others, which read
 * the stack slots themselves (calls, returns, ...).
 */
function operandCount(op: number, arg: number): number {
  switch (op) {
    case 125: case 1: case 12: case 114: case 115: case 68: case 137: case 106: case 160: case 145: case 92: // STORE_FAST, POP_TOP, UNARY_NOT, POP_JUMP_IF_*, GET_ITER, STORE_DEREF, LOAD_ATTR, LOAD_METHOD, LIST_APPEND, UNPACK_SEQUENCE
      return 1;
    case 155: // FORMAT_VALUE
      return (arg & 4) === 4 ? 2 : 1;
    case 23: case 55: case 24: case 56: case 20: case 57: case 27: case 29: case 22: case 59: case 26: case 28: case 64: case 65: case 66:
    case 77: case 78: case 79: case 16: case 19: case 62: case 63: case 17: case 67: case 75: case 76: case 25: case 107: case 117: case 118: case 95:
      return 2; // the binary and in-place operators, BINARY_SUBSCR, COMPARE_OP, IS_OP, CONTAINS_OP, STORE_ATTR
    case 60: // STORE_SUBSCR
      return 3;
    case 102: case 103: // BUILD_TUPLE, BUILD_LIST
      return arg <= MAX_SPELLED ? arg : 0;
    default:
      return 0;
  }
}

/**
 * For an instruction whose result may stay in a JS local (t<slot>) instead of its stack slot until
 * an instruction of the same block takes it as an operand: how many values from the top it
 * replaces (its result goes to slot height - k); -1 for the others. Intermediate values of an
 * expression (`dx * dx + dy * dy`) then pass from one inlined helper to the next in locals, where
 * V8 can keep a float's box from being made at all, instead of through the frame's stack array.
 */
function keptResult(op: number, arg: number): number {
  switch (op) {
    case 95: // STORE_ATTR: two operands, no result
      return -1;
    case 12: case 106: case 155: // UNARY_NOT, LOAD_ATTR, FORMAT_VALUE: what they take
      return operandCount(op, arg);
    case 116: // LOAD_GLOBAL
      return 0;
    case 102: case 103: // BUILD_TUPLE, BUILD_LIST
      return arg <= MAX_SPELLED ? arg : -1;
    default:
      // the binary and in-place operators, BINARY_SUBSCR, COMPARE_OP, IS_OP, CONTAINS_OP
      return operandCount(op, arg) === 2 ? 2 : -1;
  }
}

/**
 * Whether the results kept in locals below an instruction's operands may stay there across it: it
 * takes its operands through Emitter.val, writes no slot but its result's, and leaves only by
 * throwing (or RAISE), after which the unwinding drops every value above the handler's level, kept
 * ones included (a handler is set up by an instruction that is not one of these, before which
 * they are stored). Before any other instruction (calls, jumps, loops, the exits to runFrame that
 * resume, those that read the stack themselves) and at the end of the block, they are stored.
 */
function keepsOthers(op: number, arg: number): boolean {
  switch (op) {
    case 125: case 137: case 95: case 60: case 1: case 9: case 144: // STORE_FAST, STORE_DEREF, STORE_ATTR, STORE_SUBSCR, POP_TOP, NOP, EXTENDED_ARG
      return true;
    default:
      return keptResult(op, arg) >= 0;
  }
}

/**
 * The stack shuffles the block loop does between locals: the slots read (k from the top before the
 * instruction, deepest first) and the moves [to, from] in order (0 = `a`, which holds the top's
 * value first; negative = slots pushed above the old top).
 */
const SHUFFLES = new Map<number, { reads: number[]; moves: [number, number][] }>([
  [Op.ROT_TWO, { reads: [2, 1], moves: [[1, 2], [2, 0]] }],
  [Op.ROT_THREE, { reads: [3, 2, 1], moves: [[1, 2], [2, 3], [3, 0]] }],
  [Op.DUP_TOP, { reads: [1], moves: [[0, 1]] }],
  [Op.DUP_TOP_TWO, { reads: [2, 1], moves: [[0, 2], [-1, 1]] }],
]);

/** Code objects with more instructions than this to compile (a module body: those in its loops) stay interpreted. */
const MAX_INSTRUCTIONS = 4000;
/** BUILD_TUPLE/BUILD_LIST/UNPACK_SEQUENCE up to this many items spell out each slot. */
const MAX_SPELLED = 32;

/**
 * Compiled functions by generated text. The text names no code object's own values (it reads
 * constants, names and caches from the frame's code, and identical text means identical stack
 * heights at its labels), so code compiled again (the same program run by another session, the
 * same source exec'd anew) runs the very same function, with V8's type feedback and optimised code
 * for it, instead of a new closure: a second closure of one function literal made V8 optimise
 * every compiled function again (the optimised code of a single closure is specialised to it).
 */
const compiled = new Map<string, CompiledCode["run"]>();
const MAX_COMPILED = 4096;

/** Compiles `code`, or returns null if it has something the compiled tier does not take. */
export function compileCode(code: PyCode): CompiledCode | null {
  const ops = code.ops;
  const args = code.args;
  const n = ops.length;
  // bytecode made by hand that may fail as no compiler's does (ops-cold.ts says how): interpreted
  if (code.badOperands !== null || !opinfo[ops[n - 1]!]?.terminates) return null;
  const depth = stackHeights(ops, args, code.co.co_stacksize);
  if (depth === null) return null;
  const flags = code.co.co_flags;
  const loops = (flags & CO_OPTIMIZED) === 0 ? loopInstructions(ops, args, depth) : null;
  if ((loops === null ? n : loops.count) > MAX_INSTRUCTIONS) return null;
  // labels: where compiled code may be entered or jumped to (and where a loop of `loops` ends)
  const label = new Uint8Array(n);
  label[0] = 1;
  if (loops !== null) for (let i = 0; i + 1 < n; i++) if (loops.inside[i] && !loops.inside[i + 1]) label[i + 1] = 1;
  for (let i = 0; i < n; i++) {
    if (depth[i] === -1) continue;
    const op = ops[i]!;
    // a comparison CPython never emits: runFrame's loop gives it its meaning
    if (op === Op.COMPARE_OP && args[i]! > 5) return null;
    if (JREL.has(op)) label[i + 1 + args[i]!] = 1;
    else if (JABS.has(op)) label[args[i]!] = 1;
    // runFrame resumes the frame after a call returns or a yield is sent into
    const resumes = op === Op.CALL_FUNCTION || op === Op.CALL_METHOD || op === Op.CALL_FUNCTION_KW || op === Op.WITH_EXCEPT_START || op === Op.YIELD_VALUE || !(INLINE.has(op) || EXITS.has(op));
    if (resumes && i + 1 < n && depth[i + 1] !== -1) label[i + 1] = 1;
  }
  const kind: CodeKind = (flags & GEN_FLAGS) === 0 ? "function" : (flags & GEN_FLAGS) === CO_GENERATOR ? "generator" : "coroutine";
  const entryDepth = new Int32Array(n).fill(-1);
  const throwSp = new Int32Array(n).fill(-1);
  const out: string[] = [];
  /** One more than the highest slot whose value was kept in a local. */
  let temps = 0;
  for (let start = 0; start < n; ) {
    if (depth[start] === -1 || !label[start]) {
      start++;
      continue;
    }
    // one block: from a label up to the next label or unreachable instruction
    let end = start + 1;
    while (end < n && !label[end] && depth[end] !== -1) end++;
    const k = end - start;
    entryDepth[start] = depth[start]!;
    if (loops !== null && !loops.inside[start]) {
      out.push(`case ${start}: ${leave(start, depth[start]!, 0)}`);
      start = end;
      continue;
    }
    out.push(`case ${start}: if ((T.n += ${k}) >= ${CHECK_EVERY}) ${tick(start, depth[start]!, k)}`);
    // A LOAD_FAST or LOAD_CONST followed in its block by the instruction that takes it as an
    // operand is not stored in its stack slot: that instruction reads the local or constant itself
    // (deferred, by slot), deepest operand first, so evaluation order and errors stay the same.
    // A result kept in a local (keptResult) is deferred likewise, as `t<slot>`, until taken.
    const deferred = new Map<number, string>();
    const isKept = (slot: number) => deferred.get(slot) === `t${slot}`;
    const keep = (slot: number) => {
      deferred.set(slot, `t${slot}`);
      temps = Math.max(temps, slot + 1);
    };
    const store = (slot: number, expr: string) => {
      out.push(`S[${slot}] = ${expr};`);
      deferred.delete(slot);
    };
    for (let i = start; i < end; i++) {
      const op = ops[i]!;
      const arg = args[i]!;
      const d = depth[i]!;
      throwSp[i] = d;
      if ((op === Op.LOAD_FAST || op === Op.LOAD_CONST) && i + 1 < end) {
        deferred.set(d, op === Op.LOAD_CONST ? `K[${arg}]` : `(L[${arg}] ?? unbound(f, ${i}, ${arg}))`);
        continue;
      }
      // DUP_TOP, DUP_TOP_TWO, ROT_TWO, ROT_THREE on values all pushed in this block and not yet
      // stored (`a[i] -= x`): moves between their locals (loads are read into theirs first,
      // deepest first), the slot of each kept value being t<slot> as ever
      const shuffle = SHUFFLES.get(op);
      if (shuffle !== undefined && shuffle.reads.every((k) => deferred.has(d - k))) {
        // (loads below them first: they were pushed, and are read, before these)
        for (const [slot, expr] of deferred) if (slot < d - shuffle.reads[0]! && !isKept(slot)) store(slot, expr);
        for (const k of shuffle.reads) {
          const slot = d - k;
          if (!isKept(slot)) out.push(`t${slot} = ${deferred.get(slot)};`);
        }
        const moves = shuffle.moves.map(([to, from]) => `t${d - to} = ${from === 0 ? "a" : `t${d - from}`};`);
        out.push(`a = t${d - shuffle.reads[shuffle.reads.length - 1]!}; ${moves.join(" ")}`);
        for (const k of [...shuffle.reads, ...shuffle.moves.map(([to]) => to)]) keep(d - k);
        continue;
      }
      // what this instruction does not take as operands is stored first, deepest first (the
      // map's order: loads push upwards), but for kept results it may leave in their locals
      const takes = operandCount(op, arg);
      const keepOthers = keepsOthers(op, arg);
      for (const [slot, expr] of deferred) if (slot < d - takes && !(keepOthers && isKept(slot))) store(slot, expr);
      const k = keptResult(op, arg);
      // FOR_ITER whose value UNPACK_SEQUENCE 2 takes next, and that UNPACK_SEQUENCE
      const pair = op === Op.FOR_ITER ? i + 1 < end && ops[i + 1] === Op.UNPACK_SEQUENCE && args[i + 1] === 2 : op === Op.UNPACK_SEQUENCE && arg === 2 && i > start && ops[i - 1] === Op.FOR_ITER;
      const e = new Emitter(i, op, arg, d, end - i - 1, deferred, kind, k >= 0, op === Op.STORE_FAST && code.releasingStore(i), pair);
      out.push(e.emit());
      throwSp[i] = e.throwSp;
      for (const slot of deferred.keys()) if (slot >= d - takes) deferred.delete(slot);
      if (k >= 0) keep(d - k);
    }
    // the next block reads its operands from the stack
    for (const [slot, expr] of deferred) store(slot, expr);
    start = end;
  }
  const rt = getRuntime();
  const fnName = `py_${code.co.co_name.replace(/[^A-Za-z0-9_]/g, "_")}`;
  const dispatch = `out: for (;;) switch (pc) {
${out.join("\n")}
    default: return null;
    }`;
  // Code with handlers (SETUP_* blocks) unwinds an exception raised in its frame to the handler
  // and goes on there (handleInCompiled), unless runFrame is to take it.
  const body = `"use strict";
const {${Object.keys(rt).join(", ")}} = R;
return function ${fnName}(f) {
  let pc = f.pc;
  if (f.sp !== D[pc]) return null;
  const S = f.stack, L = f.fast, Cl = f.cells, G = f.globals, B = f.builtins, P = f.code, K = P.consts, C = P.cache, Nm = P.co.co_names;
  let a, b, c, k, v, m, o, r, it, j, x, u${Array.from({ length: temps }, (_, t) => `, t${t}`).join("")};
  for (;;) {
    ${
      code.hasBlocks
        ? `try {
      ${dispatch}
    } catch (e) {
      if ((j = handleInCompiled(f, e)) < 0) throw e;
      pc = j;
      continue;
    }
    if (pc === -2 && (j = handleInCompiled(f, RAISED)) >= 0) {
      pc = j;
      continue;
    }`
        : dispatch
    }
    if (u < 0) {
      if (quickTick(-u)) {
        u = 0;
        continue;
      }
      u = -u;
    }
    return pc >= 0 ? leave(f, pc, x, u) : pc === -1 ? takePushed() : RAISED;
  }
};`;
  let run = compiled.get(body);
  if (run === undefined) {
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    run = (new Function("R", "D", body) as (...a: unknown[]) => CompiledCode["run"])(rt, entryDepth);
    compiled.set(body, run);
  }
  return { run, throwSp };
}

/**
 * The instructions of a module or class body (or exec'd code) that lie in a loop: from a backward
 * jump's target to the jump. Only those are compiled: the rest runs once, and in the compiled
 * function it made V8 optimise (on stack, from the loop) a function many times the loop's size, then
 * throw that code away as execution first met an instruction after the loop (a site with no type
 * feedback yet). Compiled code leaves for runFrame where a loop ends, and comes back at the next
 * loop's backward jump.
 */
function loopInstructions(ops: ArrayLike<number>, args: ArrayLike<number>, depth: ArrayLike<number>): { inside: Uint8Array; count: number } {
  const inside = new Uint8Array(ops.length);
  let count = 0;
  for (let j = 0; j < ops.length; j++) {
    if (depth[j] === -1 || !JABS.has(ops[j]!) || args[j]! > j) continue;
    for (let i = args[j]!; i <= j; i++) {
      count += 1 - inside[i]!;
      inside[i] = 1;
    }
  }
  return { inside, count };
}

/**
 * Leaving for runFrame at instruction `pc` with stack height `sp`, uncounting `uncount` instructions
 * counted ahead but not run. Every way out goes through the one call after the dispatch loop: a
 * call site V8 has not seen run yet has no type feedback, and meeting one in optimised code throws
 * the code away, so rare exits (the instruction counter's, a deep call's) must not each have theirs.
 */
const leave = (pc: number, sp: number, uncount: number): string => `{ pc = ${pc}; x = ${sp}; u = ${uncount}; break out; }`;
/**
 * The instruction counter's check at the start of block `pc` (height `sp`, `length` instructions):
 * quickTick's when it has nothing to do but count, else leaving for runFrame's (u < 0 tells which).
 */
const tick = (pc: number, sp: number, length: number): string => `{ pc = ${pc}; x = ${sp}; u = ${-length}; break out; }`;
/** Leaving with the frame a call entered for runFrame's loop (takePushed). */
const PUSH = "{ pc = -1; break out; }";
/** Leaving the dispatch with an exception raised without a JS throw (takeRaised): to its handler in this frame, or to runFrame. */
const RAISE = "{ pc = -2; break out; }";
/** Leaving at RETURN_VALUE `i` (stack height `sp`) with the frame's result on top (RETURNED). */
const returned = (i: number, sp: number): string => `{ f.pc = ${i}; f.sp = ${sp}; return RETURNED; }`;
/** Yielding at YIELD_VALUE `i` (stack height `sp`): the value stays in its slot, above f.sp (YIELDED). */
const yielded = (i: number, sp: number): string => `{ f.lasti = ${i}; f.pc = ${i + 1}; f.sp = ${sp - 1}; f.gen.awaitedValue = false; return YIELDED; }`;

/** The text of one instruction. */
class Emitter {
  /** The stack height runFrame's handler sees if this instruction throws (-1: f.sp). */
  throwSp: number;
  constructor(
    readonly i: number,
    readonly op: number,
    readonly arg: number,
    /** Stack height before the instruction. */
    readonly d: number,
    /** Instructions after this one in its block, already counted at the block's start. */
    readonly rest: number,
    /** Operands not stored in their stack slot yet, by slot: the expressions of the loads that pushed them. */
    readonly deferred: Map<number, string>,
    /** What runs the code: a function's frame, a generator's, or a coroutine's or async generator's. */
    readonly kind: CodeKind,
    /** The result goes to a JS local (t<slot>), not its stack slot: see keptResult. */
    readonly keep: boolean,
    /** A STORE_FAST that may let go of a generator its local owned (PyCode.releasingStore). */
    readonly releases: boolean,
    /**
     * A FOR_ITER whose value an UNPACK_SEQUENCE 2 takes next, or that UNPACK_SEQUENCE: an iterator
     * that makes pairs writes their items where the unpacking would (forIterPair, PyIter.nextPair).
     */
    readonly pair: boolean,
  ) {
    this.throwSp = d;
  }

  /** S[height - k]: the slot of the k-th value from the top before the instruction. */
  s(k: number): string {
    return `S[${this.d - k}]`;
  }
  /** Where the result replacing the top k values goes: its stack slot, or the JS local kept for it. */
  res(k: number): string {
    return this.keep ? `t${this.d - k}` : this.s(k);
  }
  /** The k-th value from the top as an operand: its load's expression if that was deferred (each operand is read once, deepest first). */
  val(k: number): string {
    return this.deferred.get(this.d - k) ?? this.s(k);
  }
  /** Gives the frame back to runFrame before this instruction, uncounting what was not run. */
  exit(): string {
    return leave(this.i, this.d, this.rest + 1);
  }
  jump(target: number): string {
    return `{ ${this.rest > 0 ? `T.n -= ${this.rest}; ` : ""}pc = ${target}; continue; }`;
  }
  /**
   * After a call, whose result went to S[height - 1]: a frame it pushed for runFrame's loop (too
   * deep to run nested), runFrame's own call (undefined: nothing happened yet), an exception a
   * builtin raised (RAISED), and runFrame's slow path if it is due (a trace function set, an interrupt).
   */
  called(height: number): string {
    return `if (r === undefined) ${this.exit()} if (r === PUSHED) ${PUSH} if (r === RAISED) ${RAISE} S[${height - 1}] = r; if (T.n >= ${CHECK_EVERY - 1}) ${leave(this.i + 1, height, 0)}`;
  }
  lasti(): string {
    return `f.lasti = ${this.i};`;
  }
  name(): string {
    return `Nm[${this.arg}]`;
  }
  /** The instruction through coldOp, on the frame's stored state. */
  cold(): string {
    this.throwSp = -1;
    return `if (coldAt(f, ${this.op}, ${this.arg}, ${this.d}, ${this.i}) === PUSHED) ${PUSH}`;
  }
  /** The top `count` values as an array literal, deepest first. */
  items(count: number): string {
    const a: string[] = [];
    for (let k = count; k >= 1; k--) a.push(this.val(k));
    return `[${a.join(", ")}]`;
  }
  /** The jump target of this (jump) instruction. */
  target(): number {
    return JREL.has(this.op) ? this.i + 1 + this.arg : this.arg;
  }

  emit(): string {
    const { i, op, arg, d } = this;
    // a function's return and a generator's yield, when nothing waits for runFrame's slow path
    // (a trace function set meanwhile, an interrupt), as at the calls; a generator's return (which
    // finishes it) and the yields of coroutines and async generators are runFrame's
    if (op === Op.RETURN_VALUE && this.kind === "function") return `if (T.n < ${CHECK_EVERY - 1}) ${returned(i, d)} ${this.exit()}`;
    if (op === Op.YIELD_VALUE && this.kind === "generator") return `if (T.n < ${CHECK_EVERY - 1}) ${yielded(i, d)} ${this.exit()}`;
    if (EXITS.has(op)) return this.exit();
    switch (op) {
      case 124: // LOAD_FAST
        return `S[${d}] = L[${arg}] ?? unbound(f, ${i}, ${arg});`;
      case 125: // STORE_FAST
        if (!this.releases) return `L[${arg}] = ${this.val(1)};`;
        // a store that may let go of a generator the local owned (gen-finalize.ts storeOwned)
        this.throwSp = d - 1;
        return `v = ${this.val(1)}; if (f.owned === null) L[${arg}] = v; else { ${this.lasti()} storeOwned(f, ${arg}, v, ${i}); }`;
      case 100: // LOAD_CONST
        return `S[${d}] = K[${arg}];`;
      case 1: // POP_TOP
        this.throwSp = d - 1;
        return `v = ${this.val(1)}; if (typeof v === "object" && (v.cls === GeneratorType || v.cls === AsyncGeneratorType || v.cls === CoroutineType)) { ${this.lasti()} dropGen(v, f, ${i}); }`;
      case 2: // ROT_TWO
        return `a = ${this.s(1)}; ${this.s(1)} = ${this.s(2)}; ${this.s(2)} = a;`;
      case 3: // ROT_THREE
        return `a = ${this.s(1)}; ${this.s(1)} = ${this.s(2)}; ${this.s(2)} = ${this.s(3)}; ${this.s(3)} = a;`;
      case 4: // DUP_TOP
        return `S[${d}] = ${this.s(1)};`;
      case 5: // DUP_TOP_TWO
        return `S[${d}] = ${this.s(2)}; S[${d + 1}] = ${this.s(1)};`;
      case 9: // NOP
      case 144: // EXTENDED_ARG
      case 129: // GEN_START (the height is static)
        return "";
      case 12: // UNARY_NOT
        return `v = ${this.val(1)}; ${this.res(1)} = v === true ? false : v === false ? true : !truthyAt(f, ${i}, v);`;
      default:
        return this.emitOther();
    }
  }

  /** Binary operators, comparisons, subscripts and the rest. */
  emitOther(): string {
    const { i, op, arg, d } = this;
    const ab = `f, ${i}, ${this.val(2)}, ${this.val(1)}`;
    switch (op) {
      case 23: case 55: // BINARY_ADD, INPLACE_ADD
        this.throwSp = d - 1;
        return `${this.res(2)} = add(${ab}, ${op === 55});`;
      case 24: case 56: // BINARY_SUBTRACT, INPLACE_SUBTRACT
        this.throwSp = d - 1;
        return `${this.res(2)} = sub(${ab}, ${op === 56});`;
      case 20: case 57: // BINARY_MULTIPLY, INPLACE_MULTIPLY
        this.throwSp = d - 1;
        return `${this.res(2)} = mul(${ab}, ${op === 57});`;
      case 27: case 29: // BINARY_TRUE_DIVIDE, INPLACE_TRUE_DIVIDE
        this.throwSp = d - 1;
        return `${this.res(2)} = truediv(${ab}, ${op === 29});`;
      case 22: case 59: case 26: case 28: case 64: case 65: case 66: case 77: case 78: case 79: // % // & ^ | and their in-place forms
        this.throwSp = d - 1;
        return `${this.res(2)} = intOp(${ab}, ${op});`;
      case 16: case 19: case 62: case 63: // BINARY_* (others)
        this.throwSp = d - 1;
        return `${this.lasti()} ${this.res(2)} = binaryOp(${this.val(2)}, ${this.val(1)}, binSlots[${op}]);`;
      case 17: case 67: case 75: case 76: // INPLACE_* (others)
        this.throwSp = d - 1;
        return `${this.lasti()} ${this.res(2)} = inplaceOp(${this.val(2)}, ${this.val(1)}, binSlots[${op}]);`;
      case 25: // BINARY_SUBSCR
        this.throwSp = d - 1;
        return `if ((${this.res(2)} = subscr(${ab})) === undefined) ${RAISE}`;
      case 60: // STORE_SUBSCR
        this.throwSp = d - 3;
        return `storeSubscr(f, ${i}, ${this.val(3)}, ${this.val(2)}, ${this.val(1)});`;
      case 107: // COMPARE_OP
        this.throwSp = d - 1;
        return `${this.res(2)} = compare(${ab}, ${arg});`;
      case 117: // IS_OP
        return `${this.res(2)} = ${this.val(2)} ${arg === 1 ? "!==" : "==="} ${this.val(1)};`;
      case 118: // CONTAINS_OP
        this.throwSp = d - 1;
        return `a = ${this.val(2)}; ${this.lasti()} ${this.res(2)} = ${arg === 1 ? "!" : ""}contains(${this.val(1)}, a);`;
      case 110: // JUMP_FORWARD
      case 113: // JUMP_ABSOLUTE
        return this.jump(this.target());
      case 114: // POP_JUMP_IF_FALSE
      case 111: // JUMP_IF_FALSE_OR_POP
        if (op === 114) this.throwSp = d - 1;
        return `if ((v = ${this.val(1)}) === false || (v !== true && !truthyAt(f, ${i}, v))) ${this.jump(this.target())}`;
      case 115: // POP_JUMP_IF_TRUE
      case 112: // JUMP_IF_TRUE_OR_POP
        if (op === 115) this.throwSp = d - 1;
        return `if ((v = ${this.val(1)}) === true || (v !== false && truthyAt(f, ${i}, v))) ${this.jump(this.target())}`;
      case 68: // GET_ITER
        return `${this.lasti()} ${this.s(1)} = getIter(f, ${this.val(1)}, ${i});`;
      case 93: // FOR_ITER
        if (this.pair) return `if ((v = forIterPair(f, ${i}, ${this.s(1)}, S, ${d})) === undefined) ${this.jump(this.target())} if (v !== PAIRED) S[${d}] = v;`;
        return `if ((v = forIter(f, ${i}, ${this.s(1)})) === undefined) ${this.jump(this.target())} S[${d}] = v;`;
      case 116: // LOAD_GLOBAL
        return `c = C[${i}]; ${this.res(0)} = ${GLOBAL_HIT} ? c.entry.value : (f.lasti = ${i}, loadGlobal(C, ${i}, G, B, ${this.name()}));`;
      case 101: // LOAD_NAME: in module-level code (locals are the globals) LOAD_GLOBAL's cached lookup
        this.throwSp = -1;
        return `c = C[${i}]; S[${d}] = f.locals === G && ${GLOBAL_HIT} ? c.entry.value : loadName(f, ${this.name()}, ${arg}, ${d}, ${i});`;
      case 90: // STORE_NAME: in module-level code, into the globals' entry for the name it cached
        this.throwSp = -1;
        return `c = C[${i}]; if (f.locals === G && ${GLOBALS_HIT}) { c.entry.value = S[${d - 1}]; G.version++; } else storeName(f, ${this.name()}, ${arg}, ${d}, ${i});`;
      case 136: // LOAD_DEREF
        return `if ((v = Cl[${arg}].value) === undefined) { ${this.lasti()} throw derefError(f, ${arg}); } S[${d}] = v;`;
      case 137: // STORE_DEREF
        return `Cl[${arg}].value = ${this.val(1)};`;
      case 135: // LOAD_CLOSURE
        return `S[${d}] = Cl[${arg}];`;
      case 106: // LOAD_ATTR
        return `${this.lasti()} if ((${this.res(1)} = loadAttrAt(C, ${i}, ${this.val(1)}, ${this.name()})) === undefined) ${RAISE}`;
      case 95: // STORE_ATTR
        this.throwSp = d - 2;
        return `a = ${this.val(2)}; ${this.lasti()} storeAttr(C, ${i}, ${this.val(1)}, ${this.name()}, a);`;
      case 160: { // LOAD_METHOD
        const nm = this.name();
        return `o = ${this.val(1)}; ${this.lasti()} if ((m = loadMethod(C, ${i}, o, ${nm})) !== undefined) { ${this.s(1)} = m; S[${d}] = o; } else { ${this.s(1)} = undefined; S[${d}] = loadAttr(C, ${i}, o, ${nm}); }`;
      }
      case 131: { // CALL_FUNCTION
        const base = d - arg - 1;
        this.throwSp = base;
        return `${this.lasti()} r = callAt(f, S[${base}], S, ${base + 1}, ${arg}, ${base}, ${i}); ${this.called(base + 1)}`;
      }
      case 161: { // CALL_METHOD: below the arguments, a method found on the type and self, or undefined and the callable
        const base = d - arg - 2;
        this.throwSp = base;
        return `${this.lasti()} r = (m = S[${base}]) === undefined ? callAt(f, S[${base + 1}], S, ${base + 2}, ${arg}, ${base}, ${i}) : callMethodAt(f, m, S, ${base + 1}, ${arg + 1}, ${i}); ${this.called(base + 1)}`;
      }
      case 141: { // CALL_FUNCTION_KW
        const base = d - arg - 2;
        this.throwSp = base;
        return `${this.lasti()} r = callKwAt(f, S, ${base}, ${arg}, ${i}); ${this.called(base + 1)}`;
      }
      case 122: // SETUP_FINALLY
        return `f.blockType.push(${BLOCK_SETUP_FINALLY}); f.blockHandler.push(${this.target()}); f.blockLevel.push(${d});`;
      case 143: // SETUP_WITH: __exit__ bound in the manager's slot, __enter__'s result above it
        this.throwSp = d;
        return `${this.lasti()} S[${d}] = setupWith(f, S, ${d}, ${this.target()});`;
      case 49: // WITH_EXCEPT_START: __exit__'s result above the exception's three values
        this.throwSp = d;
        return `${this.lasti()} r = withExceptStart(S, ${d}); ${this.called(d + 1)}`;
      case 87: // POP_BLOCK
        return `f.blockType.pop(); f.blockHandler.pop(); f.blockLevel.pop();`;
      case 89: // POP_EXCEPT
        this.throwSp = -1;
        return `${this.lasti()} f.pc = ${i + 1}; popExcept(f, ${d});`;
      case 130: // RAISE_VARARGS: the exception, below it the cause with arg 2 (RAISE: no JS throw)
        this.throwSp = d - arg;
        if (arg === 0) return `${this.lasti()} raiseActive(${d}); ${RAISE}`;
        return `${this.lasti()} raiseNew(${this.s(arg)}, ${arg === 2 ? this.s(1) : "undefined"}, ${d - arg}); ${RAISE}`;
      case 119: // RERAISE: the handler's traceback, exception and type on top
        this.throwSp = d - 3;
        return `${this.lasti()} reraise(f, ${arg}, ${this.s(2)}, ${this.s(3)}, ${d - 3}); ${RAISE}`;
      case 121: // JUMP_IF_NOT_EXC_MATCH
        this.throwSp = d - 2;
        return `${this.lasti()} if (!excMatches(${this.s(2)}, ${this.s(1)})) ${this.jump(this.target())}`;
      case 105: // BUILD_MAP (its keys hashed and compared: Python code may run)
        return `${this.lasti()} S[${d - 2 * arg}] = buildMap(S, ${d - 2 * arg}, ${arg});`;
      case 156: // BUILD_CONST_KEY_MAP: the values, then the tuple of keys
        return `${this.lasti()} S[${d - 1 - arg}] = buildConstKeyMap(S[${d - 1}].items, S, ${d - 1 - arg}, ${arg});`;
      case 162: // LIST_EXTEND
        this.throwSp = d - 1;
        return `${this.lasti()} listExtend(S[${d - 1 - arg}], S[${d - 1}]);`;
      case 157: // BUILD_STRING
        return `S[${d - arg}] = buildString(S, ${d - arg}, ${arg});`;
      case 133: // BUILD_SLICE
        return `S[${d - arg}] = new PySlice(S[${d - arg}], S[${d - arg + 1}], ${arg === 3 ? `S[${d - 1}]` : "None"});`;
      case 132: { // MAKE_FUNCTION: below the code and the qualified name, the parts arg's bits say are there (defaults deepest)
        let k = d - 2;
        const closure = arg & 8 ? `S[${--k}].items` : "null";
        const annotations = arg & 4 ? `S[${--k}]` : "None";
        const kwdefaults = arg & 2 ? `S[${--k}]` : "null";
        const defaults = arg & 1 ? `S[${--k}].items` : "null";
        return `S[${k}] = makeFunction(S[${d - 2}], S[${d - 1}], G, ${closure}, ${annotations}, ${kwdefaults}, ${defaults});`;
      }
      case 102: // BUILD_TUPLE
      case 103: { // BUILD_LIST
        const items = arg <= MAX_SPELLED ? this.items(arg) : `S.slice(${d - arg}, ${d})`;
        return `${arg <= MAX_SPELLED ? this.res(arg) : `S[${d - arg}]`} = ${op === 102 ? `tuple(${items})` : `new PyList(${items})`};`;
      }
      case 145: // LIST_APPEND
        return `if ((a = S[${d - 1 - arg}].items).push(${this.val(1)}) > ${MAX_GROWN_ITEMS}) { ${this.lasti()} grownTooLong(a); }`;
      case 92: { // UNPACK_SEQUENCE
        this.throwSp = d - 1;
        if (arg > MAX_SPELLED) return `${this.lasti()} it = unpackSequence(${this.val(1)}, ${arg}); for (j = 0; j < ${arg}; j++) S[${d - 1} + j] = it[${arg - 1} - j];`;
        const stores: string[] = [];
        for (let k = 0; k < arg; k++) stores.push(`S[${d - 1 + k}] = it[${arg - 1 - k}];`);
        const unpack = `${this.lasti()} it = unpackSequence(${this.val(1)}, ${arg}); ${stores.join(" ")}`;
        // (after FOR_ITER's pair: the items are in place already)
        return this.pair ? `if (v !== PAIRED) { ${unpack} }` : unpack;
      }
      case 155: // FORMAT_VALUE
        if ((arg & 4) === 4) {
          this.throwSp = d - 1;
          return `${this.lasti()} ${this.res(2)} = formatValue(${this.val(2)}, ${arg}, ${this.val(1)});`;
        }
        return `${this.lasti()} ${this.res(1)} = formatValue(${this.val(1)}, ${arg}, null);`;
      default:
        return this.cold();
    }
  }
}

const BLOCK_SETUP_FINALLY = 1;
/** LOAD_GLOBAL's cache in `c` holds the entry for these globals and builtins (global-cache.ts). */
/** C[i] caches an entry of the globals (STORE_NAME's test; LOAD_GLOBAL's and LOAD_NAME's add the builtins'). */
const GLOBALS_HIT = "c instanceof GlobalCache && c.g === G && c.gk === G.keysVersion";
const GLOBAL_HIT = `${GLOBALS_HIT} && c.b === B && c.bk === B.keysVersion`;
