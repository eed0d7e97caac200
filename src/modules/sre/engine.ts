// The SRE matcher: runs a code array of 3.10's sre_compile over a subject (code points of a str,
// or bytes), with the opcode semantics of Modules/sre_lib.h (SRE(match), SRE(count), SRE(search)).
// Backtracking never recurses in JavaScript: each nested match is a context on an explicit stack
// (as sre_lib.h's DO_JUMP does with its data stack; contexts are pooled by depth), and a resumption
// label says where the parent continues, so catastrophic patterns cost time, not stack. `onTick` runs every 4096 nested
// matches (each search attempt is one; CPython checks signals every 4096 opcodes, but a run of opcodes
// with no nested match is as long as the pattern at most): the VM throws from it to enforce its step and time limits.
// Mark bookkeeping (lastmark, MARK_PUSH/POP only inside repeats) follows CPython exactly, because
// group spans after backtracking depend on it. Beyond sre_lib.h, work whose failure is known is
// skipped, leaving the state it would have left: a repeat's tail where its first character test
// fails (repeatOne, minRepeatOne), search starts where the first test fails (scan) or that a failed
// attempt rules out (CodeTables.leadingRun).
import { PyError } from "../../support/py-error.ts";
import {
  Op, MAXREPEAT, INFO_PREFIX, INFO_CHARSET, atPosition, category, inCharset, inCharsetLocIgnore, charLocIgnore,
  lowerAscii, lowerUnicode, lowerLocale, firstUnit, unitMatches, unitEnd,
} from "./charset.ts";
import type { CodeTables } from "./tables.ts";

/** A REPEAT's context (SRE_REPEAT): `pc` is the word after the REPEAT opcode (its skip). */
interface Repeat {
  count: number;
  pc: number;
  prev: Repeat | null;
  lastPtr: number;
}

/** What an opcode or a resumption does next: its context fails, succeeds, calls a nested match, or goes on. */
const enum Step {
  FAIL, SUCCEED, CALL, GO,
}

const enum Jump {
  NONE, MAX_UNTIL_1, MAX_UNTIL_2, MAX_UNTIL_3, MIN_UNTIL_1, MIN_UNTIL_2, MIN_UNTIL_3, REPEAT, REPEAT_ONE,
  MIN_REPEAT_ONE, BRANCH, ASSERT, ASSERT_NOT,
}

/** One activation of SRE(match): the match_context of sre_lib.h plus the data it pushes. */
interface Ctx {
  pc: number;
  ptr: number;
  toplevel: boolean;
  jump: Jump;
  count: number;
  lastmark: number;
  lastindex: number;
  /** REPEAT_ONE, MIN_REPEAT_ONE: the tail's first one-character test (firstUnit), or -1. */
  guard: number;
  /** REPEAT_ONE: no character of the item passes `guard` (CodeTables.repeatTail). */
  runOnly: boolean;
  rep: Repeat | null;
  inRepeat: boolean;
  /** MARK_PUSH's copy of marks[0..lastmark] (the array is reused; hasSavedMarks says it is live). */
  savedMarks: number[];
  hasSavedMarks: boolean;
  savedLastPtr: number;
}

function newCtx(pc: number, toplevel: boolean, jump: Jump): Ctx {
  return { pc, ptr: 0, toplevel, jump, count: 0, lastmark: -1, lastindex: -1, guard: -1, runOnly: false, rep: null, inRepeat: false, savedMarks: [], hasSavedMarks: false, savedLastPtr: -1 };
}

const internalError = (): PyError => new PyError("RuntimeError", "internal error in regular expression engine");

/**
 * Context pools of finished matches, for the next state to take: a pool per state made a few
 * contexts (and their mark arrays) for every match, which was most of what `p.match(s)` allocated.
 * At most a few are kept (a state takes one while it runs; a callback's own matches nest).
 */
const spareCtxs: Ctx[][] = [];
const MAX_SPARE_CTXS = 8;
/** A state's pool while it runs no match (frozen: a use outside match/search would throw). */
const NO_CTXS: Ctx[] = Object.freeze([]) as unknown as Ctx[];

/** SRE_STATE: the subject, the bounds, and the marks of the last attempt. Positions are indices. */
export class SreState {
  /** Position i is mark[i]; -1 is CPython's NULL. Marks above lastmark are stale. */
  marks: number[] = [];
  lastmark = -1;
  lastindex = -1;
  repeat: Repeat | null = null;
  /** Where the current match attempt began (state->start) and where it got to (state->ptr). */
  start: number;
  ptr: number;
  matchAll = false;
  mustAdvance = false;
  private ticks = 0;

  /** pos and endpos are clamped to [0, len] as state_init does; pos may exceed endpos. */
  constructor(
    readonly code: ArrayLike<number>,
    /** What the engine keeps about the code (shared by every state of the pattern). */
    readonly tables: CodeTables,
    readonly s: ArrayLike<number>,
    readonly pos: number,
    readonly endpos: number,
    readonly onTick?: () => void,
  ) {
    this.start = this.ptr = pos;
  }

  get end(): number {
    return this.endpos;
  }

  reset(): void {
    this.lastmark = this.lastindex = -1;
    this.repeat = null;
  }

  /** The span of group g (1-based), or [-1, -1] when it did not take part in the match. */
  span(g: number): [number, number] {
    const i = 2 * (g - 1);
    if (i + 1 > this.lastmark || this.marks[i] < 0 || this.marks[i + 1] < 0) return [-1, -1];
    return [this.marks[i], this.marks[i + 1]];
  }

  /** pattern.match (matchAll false) or fullmatch (true) at state.start. */
  match(matchAll = false): boolean {
    this.matchAll = matchAll;
    this.depth = -1;
    this.ptr = this.start;
    this.ctxs = spareCtxs.pop() ?? [];
    try {
      return this.run(0, true);
    } finally {
      this.releaseCtxs();
    }
  }

  /** SRE(search) from state.start: on success state.start..state.ptr is the match. */
  search(): boolean {
    this.ctxs = spareCtxs.pop() ?? [];
    try {
      return this.searchFrom();
    } finally {
      this.releaseCtxs();
    }
  }

  /** The contexts go back to the spares when a match or search is done (a match object keeps only the marks). */
  private releaseCtxs(): void {
    if (spareCtxs.length < MAX_SPARE_CTXS) spareCtxs.push(this.ctxs);
    this.ctxs = NO_CTXS;
  }

  private searchFrom(): boolean {
    const code = this.code;
    let ptr = this.start;
    let end = this.endpos;
    this.depth = -1;
    if (ptr > end) return false;
    let pc = 0;
    let prefix = -1;
    let charset = -1;
    if (code[0] === Op.INFO) {
      const flags = code[2];
      const min = code[3];
      if (min && end - ptr < min) return false;
      if (min > 1) end = Math.max(ptr, end - (min - 1));
      if (flags & INFO_PREFIX) prefix = code[5] > 0 ? code[7] : -1;
      else if (flags & INFO_CHARSET) charset = 5;
      pc = 1 + code[1];
    }
    // The prefix and charset paths only skip start positions where the first character cannot
    // match; every candidate then runs the whole pattern, which gives SRE(search)'s result.
    // So does skipping the rest of a leading run after a failed attempt at its start (leadingRun).
    const run = this.tables.leadingRun();
    if (prefix >= 0 || charset >= 0) {
      end = this.endpos;
      this.mustAdvance = false;
      const s = this.s;
      for (;;) {
        if (prefix >= 0) while (ptr < end && s[ptr] !== prefix) ptr++;
        else while (ptr < end && !this.inSet(charset, s[ptr])) ptr++;
        if (ptr >= end) return false;
        this.start = this.ptr = ptr;
        if (this.run(pc, false)) return true;
        ptr = run >= 0 ? this.runEnd(run, ptr) : ptr + 1;
        this.lastmark = this.lastindex = -1;
      }
    }
    // An attempt whose first character test fails cannot match: skip it without running the
    // pattern (leading MARKs only write marks the next attempt resets, ATs only test).
    const guard = firstUnit(code, pc, true);
    this.start = this.ptr = ptr;
    let tried = guard < 0 || this.unitAt(guard, ptr);
    let found = tried && this.run(pc, true);
    this.mustAdvance = false;
    while (!found && ptr < end) {
      ptr = tried && run >= 0 ? this.runEnd(run, ptr) : ptr + 1;
      if (guard >= 0) ptr = this.scan(guard, ptr, end);
      if (ptr > end) break;
      tried = true;
      this.lastmark = this.lastindex = -1;
      this.start = this.ptr = ptr;
      found = this.run(pc, false);
    }
    return found;
  }

  /** The next start worth an attempt after one at p failed, for the leading run of the item at pc. */
  private runEnd(pc: number, p: number): number {
    this.ptr = p;
    return p + Math.max(1, this.count(pc, MAXREPEAT));
  }

  /** The first position from p to end where the one-character item at pc matches, or end + 1. */
  private scan(pc: number, p: number, end: number): number {
    const { code, s } = this;
    const stop = Math.min(end + 1, this.endpos);
    switch (code[pc]) {
      case Op.IN: {
        const base = this.tables.at(pc + 2);
        const bits = this.tables.bits;
        for (; p < stop; p++) {
          const ch = s[p];
          if (ch < 128 ? bits[base + ch] === 1 : inCharset(code, pc + 2, ch)) return p;
        }
        break;
      }
      case Op.LITERAL: {
        const c = code[pc + 1];
        for (; p < stop; p++) if (s[p] === c) return p;
        break;
      }
      default:
        for (; p < stop; p++) if (this.unitOk(pc, s[p])) return p;
    }
    return end + 1;
  }

  /** Does the one-character item at pc match at p? */
  private unitAt(pc: number, p: number): boolean {
    return p < this.endpos && this.unitOk(pc, this.s[p]);
  }
  /** Does the one-character item at pc match ch? (unitMatches, with the sets' ASCII tables) */
  private unitOk(pc: number, ch: number): boolean {
    const code = this.code;
    switch (code[pc]) {
      case Op.LITERAL:
        return ch === code[pc + 1];
      case Op.IN:
        return this.inSet(pc + 2, ch);
      case Op.IN_IGNORE:
        return this.inSet(pc + 2, lowerAscii(ch));
      case Op.IN_UNI_IGNORE:
        return this.inSet(pc + 2, lowerUnicode(ch));
      default:
        return unitMatches(code, pc, ch);
    }
  }

  /** SRE(charset) of the set at pc, ASCII characters by table. */
  private inSet(pc: number, ch: number): boolean {
    if (ch >= 128) return inCharset(this.code, pc, ch);
    const base = this.tables.at(pc); // (first: making a table may replace `bits`)
    return this.tables.bits[base + ch] === 1;
  }

  private tick(): void {
    if ((++this.ticks & 0xfff) === 0 && this.onTick) this.onTick();
  }

  /** SRE(count): how many times (up to maxcount) the single-character item at pc matches from state.ptr. */
  private count(pc: number, maxcount: number): number {
    const { code, s } = this;
    const start = this.ptr;
    let ptr = start;
    let end = this.endpos;
    if (maxcount < end - ptr && maxcount !== MAXREPEAT) end = ptr + maxcount;
    const chr = code[pc + 1];
    switch (code[pc]) {
      case Op.IN: {
        const base = this.tables.at(pc + 2);
        const bits = this.tables.bits;
        for (; ptr < end; ptr++) {
          const ch = s[ptr];
          if (ch < 128 ? bits[base + ch] === 0 : !inCharset(code, pc + 2, ch)) break;
        }
        break;
      }
      case Op.ANY:
        while (ptr < end && s[ptr] !== 10) ptr++;
        break;
      case Op.ANY_ALL:
        ptr = Math.max(ptr, end);
        break;
      case Op.LITERAL:
        while (ptr < end && s[ptr] === chr) ptr++;
        break;
      case Op.LITERAL_IGNORE:
        while (ptr < end && lowerAscii(s[ptr]) === chr) ptr++;
        break;
      case Op.LITERAL_UNI_IGNORE:
        while (ptr < end && lowerUnicode(s[ptr]) === chr) ptr++;
        break;
      case Op.LITERAL_LOC_IGNORE:
        while (ptr < end && charLocIgnore(chr, s[ptr])) ptr++;
        break;
      case Op.NOT_LITERAL:
        while (ptr < end && s[ptr] !== chr) ptr++;
        break;
      case Op.NOT_LITERAL_IGNORE:
        while (ptr < end && lowerAscii(s[ptr]) !== chr) ptr++;
        break;
      case Op.NOT_LITERAL_UNI_IGNORE:
        while (ptr < end && lowerUnicode(s[ptr]) !== chr) ptr++;
        break;
      case Op.NOT_LITERAL_LOC_IGNORE:
        while (ptr < end && !charLocIgnore(chr, s[ptr])) ptr++;
        break;
      case Op.IN_IGNORE:
      case Op.IN_UNI_IGNORE:
      case Op.IN_LOC_IGNORE:
      case Op.CATEGORY:
        // CPython runs a nested match per character for these: the same test when the item is
        // the one-character test alone
        if (code[unitEnd(code, pc)] !== Op.SUCCESS) return this.countByMatch(pc, end);
        while (ptr < end && this.unitOk(pc, s[ptr])) ptr++;
        break;
      default:
        return this.countByMatch(pc, end);
    }
    return ptr - start;
  }
  /** SRE(count) of any other item: a nested match of the item alone per character (it holds no repeat). */
  private countByMatch(pc: number, end: number): number {
    const start = this.ptr;
    while (this.ptr < end) {
      this.tick();
      if (!this.run(pc, false)) break;
    }
    return this.ptr - start;
  }

  // MARK_PUSH / MARK_POP: 3.10 saves the marks only when lastmark > 0, so a lone group 0 mark
  // (lastmark 0) is not restored on backtracking; CPython 3.11 changed this, 3.10 results show it.
  private saveMarks(ctx: Ctx): void {
    ctx.hasSavedMarks = ctx.lastmark > 0;
    if (!ctx.hasSavedMarks) return;
    const saved = ctx.savedMarks;
    for (let i = 0; i <= ctx.lastmark; i++) saved[i] = this.marks[i];
  }
  private restoreMarks(ctx: Ctx): void {
    if (ctx.lastmark > 0 && ctx.hasSavedMarks) for (let i = 0; i <= ctx.lastmark; i++) this.marks[i] = ctx.savedMarks[i];
  }

  // ---- the match loop's machinery: a pool of contexts indexed by depth (DO_JUMP pushes one) ----
  private ctxs: Ctx[] = NO_CTXS;
  private depth = -1;

  /**
   * DO_JUMP: pushes a context for a nested match of the code at pc from state.ptr; the current one
   * resumes at `jump` when it returns. Every field but these three is set by the opcode using it.
   */
  private call(jump: Jump, pc: number, toplevel: boolean): Step {
    this.tick();
    const d = ++this.depth;
    const c = this.ctxs[d];
    if (c === undefined) this.ctxs[d] = newCtx(pc, toplevel, jump);
    else {
      c.pc = pc;
      c.toplevel = toplevel;
      c.jump = jump;
    }
    return Step.CALL;
  }
  private lastmarkSave(ctx: Ctx): void {
    ctx.lastmark = this.lastmark;
    ctx.lastindex = this.lastindex;
  }
  private lastmarkRestore(ctx: Ctx): void {
    this.lastmark = ctx.lastmark;
    this.lastindex = ctx.lastindex;
  }

  // The loops of REPEAT_ONE, MIN_REPEAT_ONE and BRANCH, entered first from the opcode and
  // again each time a tried tail fails: each calls the next try or fails.
  private repeatOne(ctx: Ctx): Step {
    const code = this.code;
    const min = code[ctx.pc + 1];
    const tail = ctx.pc + code[ctx.pc];
    if (code[tail] === Op.SUCCESS) {
      // a tail of SUCCESS alone: its test at each position instead of a nested match
      const end = this.endpos;
      for (; ctx.count >= min; ctx.ptr--, ctx.count--) {
        if (!(ctx.toplevel && ((this.matchAll && ctx.ptr !== end) || (this.mustAdvance && ctx.ptr === this.start)))) {
          this.ptr = ctx.ptr;
          return Step.SUCCEED;
        }
      }
      return Step.FAIL;
    }
    if (ctx.guard >= 0) {
      // Where the tail's first character test fails the tail cannot match: CPython skips such
      // positions for a LITERAL tail; for one after MARKs, what those MARKs leave is redone.
      let skipped = -1;
      while (ctx.count >= min && !this.unitAt(ctx.guard, ctx.ptr)) {
        if (ctx.runOnly) {
          // every position below holds a character of the item's run, which the test refuses
          skipped = ctx.ptr - (ctx.count - min);
          ctx.ptr = skipped - 1;
          ctx.count = min - 1;
          break;
        }
        skipped = ctx.ptr;
        ctx.ptr--;
        ctx.count--;
      }
      if (skipped >= 0) {
        this.runMarks(tail, skipped);
        this.lastmarkRestore(ctx);
      }
    }
    if (ctx.count < min) return Step.FAIL;
    this.ptr = ctx.ptr;
    return this.call(Jump.REPEAT_ONE, tail, ctx.toplevel);
  }
  /**
   * The MARKs at pc run at p, as the MARK opcode does: what a tail skipped above leaves when its
   * first character test fails after them (only the written marks, once lastmark is restored).
   */
  private runMarks(pc: number, p: number): void {
    for (; this.code[pc] === Op.MARK; pc += 2) this.mark(this.code[pc + 1], p);
  }
  /** MARK i at p. */
  private mark(i: number, p: number): void {
    if (i & 1) this.lastindex = (i >> 1) + 1;
    if (i > this.lastmark) {
      // marks skipped over have not been reached in this attempt
      for (let j = this.lastmark + 1; j < i; j++) this.marks[j] = -1;
      this.lastmark = i;
    }
    this.marks[i] = p;
  }
  private minRepeatOne(ctx: Ctx): Step {
    const max = this.code[ctx.pc + 2];
    const tail = ctx.pc + this.code[ctx.pc];
    if (ctx.guard >= 0) {
      // as in repeatOne, a tail whose first character test fails is not run
      let skipped = -1;
      while ((max === MAXREPEAT || ctx.count <= max) && !this.unitAt(ctx.guard, ctx.ptr)) {
        this.ptr = ctx.ptr;
        if (this.count(ctx.pc + 3, 1) === 0) {
          // the item does not match either: 3.10 fails without restoring lastmark
          this.runMarks(tail, ctx.ptr);
          return Step.FAIL;
        }
        skipped = ctx.ptr;
        ctx.ptr++;
        ctx.count++;
      }
      if (skipped >= 0) {
        this.runMarks(tail, skipped);
        this.lastmarkRestore(ctx);
      }
    }
    if (max !== MAXREPEAT && ctx.count > max) return Step.FAIL;
    this.ptr = ctx.ptr;
    return this.call(Jump.MIN_REPEAT_ONE, tail, ctx.toplevel);
  }
  private branch(ctx: Ctx): Step {
    const { code, s } = this;
    const end = this.endpos;
    for (; code[ctx.pc]; ctx.pc += code[ctx.pc]) {
      const first = code[ctx.pc + 1];
      if (first === Op.LITERAL && (ctx.ptr >= end || s[ctx.ptr] !== code[ctx.pc + 2])) continue;
      if (first === Op.IN && (ctx.ptr >= end || !this.inSet(ctx.pc + 3, s[ctx.ptr]))) continue;
      this.ptr = ctx.ptr;
      return this.call(Jump.BRANCH, ctx.pc + 1, ctx.toplevel);
    }
    return Step.FAIL;
  }

  /**
   * SRE(match) of the code at pc against state.ptr. Returns whether it matched; on success
   * state.ptr is where the match ended. Re-entrant (SRE(count) runs a nested one). The running
   * context's pc and ptr live in locals, written to it only when it calls a nested match.
   */
  private run(pc0: number, toplevel0: boolean): boolean {
    const { code, s, marks } = this;
    const end = this.endpos;
    const base = this.depth + 1;
    this.call(Jump.NONE, pc0, toplevel0);
    let ctx = this.ctxs[base];
    let pc = pc0;
    let ptr = this.ptr;
    let ret: boolean;
    let entering = true;
    outer: for (;;) {
      ret = false;
      opcodes: {
        if (entering && code[pc] === Op.INFO) {
          // <INFO> <skip> <flags> <min> ...: too few characters left cannot match
          const min = code[pc + 3];
          if (min && ptr <= end && end - ptr < min) break opcodes;
          pc += code[pc + 1] + 1;
        }
        // run opcodes until ctx fails (break opcodes), succeeds (ret = true) or calls (continue)
        for (;;) {
          const op = code[pc++];
          switch (op) {
            case Op.MARK:
              this.mark(code[pc++], ptr);
              continue;
            case Op.LITERAL:
              if (ptr >= end || s[ptr] !== code[pc]) break opcodes;
              pc++;
              ptr++;
              continue;
            case Op.NOT_LITERAL:
              if (ptr >= end || s[ptr] === code[pc]) break opcodes;
              pc++;
              ptr++;
              continue;
            case Op.SUCCESS:
              if (ctx.toplevel && ((this.matchAll && ptr !== end) || (this.mustAdvance && ptr === this.start))) break opcodes;
              this.ptr = ptr;
              ret = true;
              break opcodes;
            case Op.AT:
              if (!atPosition(s, end, ptr, code[pc])) break opcodes;
              pc++;
              continue;
            case Op.CATEGORY:
              if (ptr >= end || !category(code[pc], s[ptr])) break opcodes;
              pc++;
              ptr++;
              continue;
            case Op.ANY:
              if (ptr >= end || s[ptr] === 10) break opcodes;
              ptr++;
              continue;
            case Op.ANY_ALL:
              if (ptr >= end) break opcodes;
              ptr++;
              continue;
            case Op.IN:
            case Op.IN_IGNORE:
            case Op.IN_UNI_IGNORE:
            case Op.IN_LOC_IGNORE: {
              if (ptr >= end) break opcodes;
              const ch = s[ptr];
              const ok =
                op === Op.IN ? this.inSet(pc + 1, ch)
                : op === Op.IN_IGNORE ? this.inSet(pc + 1, lowerAscii(ch))
                : op === Op.IN_UNI_IGNORE ? this.inSet(pc + 1, lowerUnicode(ch))
                : inCharsetLocIgnore(code, pc + 1, ch);
              if (!ok) break opcodes;
              pc += code[pc];
              ptr++;
              continue;
            }
            case Op.LITERAL_IGNORE:
            case Op.LITERAL_UNI_IGNORE:
            case Op.LITERAL_LOC_IGNORE:
            case Op.NOT_LITERAL_IGNORE:
            case Op.NOT_LITERAL_UNI_IGNORE:
            case Op.NOT_LITERAL_LOC_IGNORE: {
              if (ptr >= end) break opcodes;
              const ch = s[ptr];
              const c = code[pc];
              const eq =
                op === Op.LITERAL_IGNORE || op === Op.NOT_LITERAL_IGNORE ? lowerAscii(ch) === c
                : op === Op.LITERAL_UNI_IGNORE || op === Op.NOT_LITERAL_UNI_IGNORE ? lowerUnicode(ch) === c
                : charLocIgnore(c, ch);
              const positive = op === Op.LITERAL_IGNORE || op === Op.LITERAL_UNI_IGNORE || op === Op.LITERAL_LOC_IGNORE;
              if (eq !== positive) break opcodes;
              pc++;
              ptr++;
              continue;
            }
            case Op.JUMP:
            case Op.INFO:
              pc += code[pc];
              continue;
            case Op.GROUPREF:
            case Op.GROUPREF_IGNORE:
            case Op.GROUPREF_UNI_IGNORE:
            case Op.GROUPREF_LOC_IGNORE: {
              const g = 2 * code[pc];
              if (g >= this.lastmark) break opcodes;
              let p = marks[g];
              const e = marks[g + 1];
              if (p < 0 || e < 0 || e < p) break opcodes;
              const fold = op === Op.GROUPREF ? null : op === Op.GROUPREF_IGNORE ? lowerAscii : op === Op.GROUPREF_UNI_IGNORE ? lowerUnicode : lowerLocale;
              for (; p < e; p++, ptr++) {
                if (ptr >= end || (fold ? fold(s[ptr]) !== fold(s[p]) : s[ptr] !== s[p])) break opcodes;
              }
              pc++;
              continue;
            }
            case Op.GROUPREF_EXISTS: {
              // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno
              const g = 2 * code[pc];
              const set = g < this.lastmark && marks[g] >= 0 && marks[g + 1] >= 0 && marks[g + 1] >= marks[g];
              pc += set ? 2 : code[pc + 1];
              continue;
            }
            case Op.ASSERT_NOT:
              if (ptr < code[pc + 1]) {
                pc += code[pc];
                continue;
              }
            // falls through: the opcodes below start a nested match or need ctx's own fields
          }
          ctx.pc = pc;
          ctx.ptr = ptr;
          const step = this.step(op, ctx);
          if (step === Step.FAIL) break opcodes;
          if (step === Step.SUCCEED) {
            ret = true;
            break opcodes;
          }
          // Step.CALL: enter the new context
          ctx = this.ctxs[this.depth];
          pc = ctx.pc;
          ptr = this.ptr;
          entering = true;
          continue outer;
        }
      }
      // ctx returned `ret`: resume the contexts below until one calls again or continues
      for (;;) {
        if (this.depth === base) {
          this.depth = base - 1;
          return ret;
        }
        const jump = ctx.jump;
        ctx = this.ctxs[--this.depth];
        const step = this.resume(jump, ctx, ret);
        if (step === Step.FAIL) ret = false;
        else if (step === Step.SUCCEED) ret = true;
        else if (step === Step.CALL) {
          ctx = this.ctxs[this.depth];
          pc = ctx.pc;
          ptr = this.ptr;
          entering = true;
          continue outer;
        } else {
          // Step.GO: ctx runs on from where resume left it
          pc = ctx.pc;
          ptr = ctx.ptr;
          entering = false;
          continue outer;
        }
      }
    }
  }

  /** The opcodes that call a nested match or keep data in ctx (ctx.pc is past the opcode, ctx.ptr current). */
  private step(op: number, ctx: Ctx): Step {
    const code = this.code;
    const end = this.endpos;
    switch (op) {
      case Op.BRANCH:
        // <BRANCH> <skip> code <JUMP> ... <0>
        this.lastmarkSave(ctx);
        ctx.inRepeat = this.repeat !== null;
        if (ctx.inRepeat) this.saveMarks(ctx);
        return this.branch(ctx);
      case Op.REPEAT_ONE: {
        // <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
        const min = code[ctx.pc + 1];
        if (min > end - ctx.ptr) return Step.FAIL;
        this.ptr = ctx.ptr;
        ctx.count = this.count(ctx.pc + 3, code[ctx.pc + 2]);
        ctx.ptr += ctx.count;
        if (ctx.count < min) return Step.FAIL;
        const tail = ctx.pc + code[ctx.pc];
        if (code[tail] === Op.SUCCESS && ctx.ptr === end && !(ctx.toplevel && this.mustAdvance && ctx.ptr === this.start)) {
          this.ptr = ctx.ptr;
          return Step.SUCCEED;
        }
        this.lastmarkSave(ctx);
        const t = this.tables.repeatTail(ctx.pc);
        ctx.guard = t >> 1;
        ctx.runOnly = t >= 0 && (t & 1) === 1;
        return this.repeatOne(ctx);
      }
      case Op.MIN_REPEAT_ONE: {
        // <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
        const min = code[ctx.pc + 1];
        if (min > end - ctx.ptr) return Step.FAIL;
        this.ptr = ctx.ptr;
        if (min === 0) ctx.count = 0;
        else {
          const n = this.count(ctx.pc + 3, min);
          if (n < min) return Step.FAIL;
          ctx.count = n;
          ctx.ptr += n;
        }
        const tail = ctx.pc + code[ctx.pc];
        if (code[tail] === Op.SUCCESS && !(ctx.toplevel && ((this.matchAll && ctx.ptr !== end) || (this.mustAdvance && ctx.ptr === this.start)))) {
          this.ptr = ctx.ptr;
          return Step.SUCCEED;
        }
        this.lastmarkSave(ctx);
        ctx.guard = this.tables.repeatTail(ctx.pc) >> 1;
        return this.minRepeatOne(ctx);
      }
      case Op.REPEAT:
        // <REPEAT> <skip> <min> <max> item <UNTIL> tail: the UNTIL opcodes do the work
        ctx.rep = { count: -1, pc: ctx.pc, prev: this.repeat, lastPtr: -1 };
        this.repeat = ctx.rep;
        this.ptr = ctx.ptr;
        return this.call(Jump.REPEAT, ctx.pc + code[ctx.pc], ctx.toplevel);
      case Op.MAX_UNTIL:
        return this.maxUntil(ctx);
      case Op.MIN_UNTIL: {
        const rep = this.untilCounted(ctx);
        if (ctx.count < code[rep.pc + 1]) return this.untilAgain(ctx, Jump.MIN_UNTIL_1);
        // see if the tail matches (3.10 saves lastmark here but not the marks themselves)
        this.lastmarkSave(ctx);
        this.repeat = rep.prev;
        return this.call(Jump.MIN_UNTIL_2, ctx.pc, ctx.toplevel);
      }
      case Op.ASSERT:
        // <ASSERT> <skip> <back> pattern: a lookahead or fixed-width lookbehind
        if (ctx.ptr < code[ctx.pc + 1]) return Step.FAIL;
        this.ptr = ctx.ptr - code[ctx.pc + 1];
        return this.call(Jump.ASSERT, ctx.pc + 2, false);
      case Op.ASSERT_NOT:
        // (run skips it when fewer than <back> characters precede)
        this.ptr = ctx.ptr - code[ctx.pc + 1];
        return this.call(Jump.ASSERT_NOT, ctx.pc + 2, false);
      case Op.FAILURE:
        return Step.FAIL;
      default:
        throw internalError();
    }
  }
  /** MAX_UNTIL's and MIN_UNTIL's first step: the innermost REPEAT, its item counted once more in ctx.count. */
  private untilCounted(ctx: Ctx): Repeat {
    const rep = this.repeat;
    if (!rep) throw internalError();
    ctx.rep = rep;
    this.ptr = ctx.ptr;
    ctx.count = rep.count + 1;
    return rep;
  }
  /** Fewer items than <min> so far: match the item again (returning to `jump`). */
  private untilAgain(ctx: Ctx, jump: Jump): Step {
    const rep = ctx.rep!;
    rep.count = ctx.count;
    return this.call(jump, rep.pc + 3, ctx.toplevel);
  }
  private maxUntil(ctx: Ctx): Step {
    const code = this.code;
    const rep = this.untilCounted(ctx);
    if (ctx.count < code[rep.pc + 1]) return this.untilAgain(ctx, Jump.MAX_UNTIL_1);
    const max = code[rep.pc + 2];
    if ((ctx.count < max || max === MAXREPEAT) && this.ptr !== rep.lastPtr) {
      // enough matches, but match another item if we can
      rep.count = ctx.count;
      ctx.lastmark = this.lastmark;
      ctx.lastindex = this.lastindex;
      this.saveMarks(ctx);
      ctx.savedLastPtr = rep.lastPtr;
      rep.lastPtr = this.ptr; // a zero-width item cannot repeat forever
      return this.call(Jump.MAX_UNTIL_2, rep.pc + 3, ctx.toplevel);
    }
    return this.maxUntilTail(ctx);
  }

  /** MAX_UNTIL's last resort: no more items here, so the tail must match. */
  private maxUntilTail(ctx: Ctx): Step {
    this.repeat = ctx.rep!.prev;
    return this.call(Jump.MAX_UNTIL_3, ctx.pc, ctx.toplevel);
  }

  /** Continues ctx after the nested match it started (`jump` says which) returned `ret`. */
  private resume(jump: Jump, ctx: Ctx, ret: boolean): Step {
    const code = this.code;
    switch (jump) {
      case Jump.BRANCH:
        if (ret) return Step.SUCCEED;
        if (ctx.inRepeat) this.restoreMarks(ctx);
        this.lastmarkRestore(ctx);
        ctx.pc += code[ctx.pc];
        return this.branch(ctx);
      case Jump.REPEAT_ONE:
        if (ret) return Step.SUCCEED;
        ctx.ptr--;
        ctx.count--;
        this.lastmarkRestore(ctx);
        return this.repeatOne(ctx);
      case Jump.MIN_REPEAT_ONE: {
        if (ret) return Step.SUCCEED;
        this.ptr = ctx.ptr;
        if (this.count(ctx.pc + 3, 1) === 0) return Step.FAIL;
        ctx.ptr++;
        ctx.count++;
        this.lastmarkRestore(ctx);
        return this.minRepeatOne(ctx);
      }
      case Jump.REPEAT:
        this.repeat = ctx.rep!.prev;
        return ret ? Step.SUCCEED : Step.FAIL;
      case Jump.MAX_UNTIL_1:
      case Jump.MIN_UNTIL_1:
      case Jump.MIN_UNTIL_3:
        if (jump === Jump.MIN_UNTIL_3) ctx.rep!.lastPtr = ctx.savedLastPtr;
        if (ret) return Step.SUCCEED;
        ctx.rep!.count = ctx.count - 1;
        this.ptr = ctx.ptr;
        return Step.FAIL;
      case Jump.MAX_UNTIL_2: {
        const rep = ctx.rep!;
        rep.lastPtr = ctx.savedLastPtr;
        if (ret) return Step.SUCCEED;
        this.restoreMarks(ctx);
        this.lastmarkRestore(ctx);
        rep.count = ctx.count - 1;
        this.ptr = ctx.ptr;
        return this.maxUntilTail(ctx);
      }
      case Jump.MAX_UNTIL_3:
        if (ret) return Step.SUCCEED;
        this.repeat = ctx.rep;
        this.ptr = ctx.ptr;
        return Step.FAIL;
      case Jump.MIN_UNTIL_2: {
        if (ret) return Step.SUCCEED;
        const rep = ctx.rep!;
        this.repeat = rep;
        this.ptr = ctx.ptr;
        this.lastmarkRestore(ctx);
        const max = code[rep.pc + 2];
        if ((ctx.count >= max && max !== MAXREPEAT) || this.ptr === rep.lastPtr) return Step.FAIL;
        rep.count = ctx.count;
        ctx.savedLastPtr = rep.lastPtr;
        rep.lastPtr = this.ptr;
        return this.call(Jump.MIN_UNTIL_3, rep.pc + 3, ctx.toplevel);
      }
      case Jump.ASSERT:
        if (!ret) return Step.FAIL;
        ctx.pc += code[ctx.pc];
        return Step.GO;
      case Jump.ASSERT_NOT:
        if (ret) return Step.FAIL;
        ctx.pc += code[ctx.pc];
        return Step.GO;
      default:
        throw internalError();
    }
  }
}
