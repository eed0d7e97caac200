// Tables the engine makes about one pattern's code the first time it needs each, kept with the
// pattern for every later match: ASCII tables of the sets, and facts about REPEAT_ONEs that let
// it skip work whose outcome is already known.
import { Op, MAXREPEAT, inCharset, unitMatches, firstUnit, unitEnd } from "./charset.ts";
import { readsGroups } from "./validate.ts";

/** Does the set at pc hold ASCII characters only (then its ASCII table says all about it)? */
function asciiOnly(code: ArrayLike<number>, pc: number): boolean {
  for (;;) {
    switch (code[pc++]) {
      case Op.FAILURE:
        return true;
      case Op.LITERAL:
        if (code[pc++] >= 128) return false;
        break;
      case Op.RANGE:
        if (code[pc + 1] >= 128) return false;
        pc += 2;
        break;
      case Op.CHARSET:
        if (code[pc + 4] | code[pc + 5] | code[pc + 6] | code[pc + 7]) return false;
        pc += 8;
        break;
      case Op.CATEGORY: {
        // DIGIT, SPACE, WORD, LINEBREAK, LOC_WORD: the others take non-ASCII characters
        const c = code[pc++];
        if (c !== 0 && c !== 2 && c !== 4 && c !== 6 && c !== 8) return false;
        break;
      }
      default:
        return false;
    }
  }
}

/**
 * Can no character pass both one-character items at a and b? Answered for the cheap cases (either
 * a LITERAL, or two sets one of which is ASCII only); false means "not known to be".
 */
function disjointUnits(code: ArrayLike<number>, a: number, b: number): boolean {
  if (code[b] === Op.LITERAL) return !unitMatches(code, a, code[b + 1]);
  if (code[a] === Op.LITERAL) return !unitMatches(code, b, code[a + 1]);
  if (code[a] !== Op.IN || code[b] !== Op.IN || !(asciiOnly(code, a + 2) || asciiOnly(code, b + 2))) return false;
  for (let ch = 0; ch < 128; ch++) if (inCharset(code, a + 2, ch) && inCharset(code, b + 2, ch)) return false;
  return true;
}

/**
 * What the engine works out about one pattern's code on first use and keeps: the ASCII half of
 * each set (IN's items), as 128 bytes per set made the first time the set is tested (`\w+` or
 * `[a-z]+` then tests a character with one load instead of walking the set's items; inCharset
 * stays the answer for characters from 128 up), the tail test of each REPEAT_ONE, and whether a
 * failed search attempt rules out the rest of its run (leadingRun).
 */
export class CodeTables {
  /** slot[pc] is the offset in `bits` of the set starting at code[pc], or -1 before it is made. */
  private readonly slot: Int32Array;
  bits = new Uint8Array(256);
  private used = 0;
  /** tails[pc] for a (MIN_)REPEAT_ONE's skip word at pc: see repeatTail; -2 before it is known. */
  private readonly tails: Int32Array;
  private leading = -2;

  constructor(private readonly code: ArrayLike<number>) {
    this.slot = new Int32Array(code.length).fill(-1);
    this.tails = new Int32Array(code.length).fill(-2);
  }

  /** The offset of the set at pc: ch (< 128) is in the set when bits[offset + ch] is 1. */
  at(pc: number): number {
    const known = this.slot[pc];
    return known >= 0 ? known : this.make(pc);
  }

  private make(pc: number): number {
    if (this.used + 128 > this.bits.length) {
      const grown = new Uint8Array(this.bits.length * 2);
      grown.set(this.bits);
      this.bits = grown;
    }
    const base = this.used;
    for (let ch = 0; ch < 128; ch++) this.bits[base + ch] = inCharset(this.code, pc, ch) ? 1 : 0;
    this.used += 128;
    this.slot[pc] = base;
    return base;
  }

  /**
   * For the REPEAT_ONE or MIN_REPEAT_ONE whose skip word is at pc: -1 when its tail starts with
   * no one-character test, else 2 * (that test's pc) + 1 when no character of the repeated item
   * passes the test (so it can pass only just after the item's run), + 0 otherwise.
   */
  repeatTail(pc: number): number {
    let t = this.tails[pc];
    if (t === -2) {
      const guard = firstUnit(this.code, pc + this.code[pc]);
      t = guard < 0 ? -1 : 2 * guard + (disjointUnits(this.code, pc + 3, guard) ? 1 : 0);
      this.tails[pc] = t;
    }
    return t;
  }

  /**
   * The item pc of the greedy, unbounded REPEAT_ONE of a one-character item alone that the code
   * starts with (after its INFO and MARKs), when it reads no group's marks; else -1. Then a search
   * attempt at p that fails rules out every start inside the item's run from p: each would
   * repeat to the same end and try its tail at some of the positions p's attempt tried, in the
   * same state but for the marks, which nothing reads (the tail cannot reach back to `start`:
   * min is at least 1).
   */
  leadingRun(): number {
    if (this.leading === -2) {
      const code = this.code;
      let pc = code[0] === Op.INFO ? 1 + code[1] : 0;
      while (code[pc] === Op.MARK) pc += 2;
      const item = pc + 4;
      const ok = code[pc] === Op.REPEAT_ONE && code[pc + 2] >= 1 && code[pc + 3] === MAXREPEAT && firstUnit(code, pc) === item &&
        unitEnd(code, item) === pc + code[pc + 1] && code[unitEnd(code, item)] === Op.SUCCESS && !readsGroups(code);
      this.leading = ok ? item : -1;
    }
    return this.leading;
  }
}
