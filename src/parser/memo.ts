// The parser's tables: its tokens and its memo (for each token and memoized rule, the mark after
// the rule's result and the result; pegen chains a Memo record on the token instead). Tables are
// reused from parse to parse: fresh ones cost page faults, array regrowth and GC work on every
// parse, f-string parsers included. The memo is cleared by moving `base` past every stored mark.
import { MemoRule } from "./parser.ts";
import type { Token } from "./tokens.ts";

export class MemoTable {
  /** The parser's tokens; entries from an earlier parse are null. */
  readonly tokens: Token[] = [];
  /** [token * MemoRule.COUNT + rule]: base + the mark after the result + 1; <= base means none. */
  marks = new Int32Array(1024 * MemoRule.COUNT);
  /** At the same index: where the result is in `results`, plus one (0: the rule failed). */
  refs = new Int32Array(1024 * MemoRule.COUNT);
  /** The results (nodes or lists), packed: [0, nResults) belong to the current parse. A pointer
   * array as large as `marks` cost more to grow and clear than the parse it served. */
  readonly results: unknown[] = [];
  private nResults = 0;
  base = 0;

  /** Forgets every result, `fill` being the most tokens the parser had fetched. */
  clear(fill: number): void {
    // Every stored mark is at most base + fill + 1.
    this.base += fill + 2;
    if (this.base > 0x3fffffff) {
      this.marks.fill(0);
      this.base = 0;
    }
    // Dropped so as not to keep the AST alive; the array keeps its room for the next parse.
    this.results.fill(null, 0, this.nResults);
    this.nResults = 0;
  }

  /** The result stored at index i (which `marks` says is there). */
  result(i: number): unknown {
    const ref = this.refs[i];
    return ref === 0 ? null : this.results[ref - 1];
  }

  /** Records the result `node` of the rule at index i, which ended at mark `end`. */
  store(i: number, end: number, node: unknown): void {
    this.marks[i] = this.base + end + 1;
    if (node === null) {
      this.refs[i] = 0;
      return;
    }
    if (this.nResults === this.results.length) this.results.push(node);
    else this.results[this.nResults] = node;
    this.refs[i] = ++this.nResults;
  }

  /** Room for tokens [0, n]. */
  grow(n: number): void {
    const need = (n + 1) * MemoRule.COUNT;
    let size = this.marks.length * 2;
    while (size < need) size *= 2;
    const marks = new Int32Array(size);
    marks.set(this.marks);
    this.marks = marks;
    const refs = new Int32Array(size);
    refs.set(this.refs);
    this.refs = refs;
  }
}

const pool: MemoTable[] = [];

/** A cleared table; nested parsers (f-string expressions) each take their own. */
export function takeMemo(): MemoTable {
  return pool.pop() ?? new MemoTable();
}

/** Gives a table back once its parser is done; a few are kept, cleared so as not to keep ASTs alive. */
export function giveMemo(t: MemoTable, fill: number): void {
  if (pool.length < 4) {
    t.clear(fill);
    (t.tokens as (Token | null)[]).fill(null, 0, fill);
    pool.push(t);
  }
}
