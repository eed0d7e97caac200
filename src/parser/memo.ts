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
  /** At the same index: the result (a node, a list or null). Filled with nulls, never holey: a
   * holey array this large would be a slow dictionary in V8. */
  readonly nodes: unknown[] = new Array(1024 * MemoRule.COUNT).fill(null);
  /** The indices of `nodes` holding a result: clearing touches only those. */
  private written = new Int32Array(1024);
  private nWritten = 0;
  base = 0;

  /** Forgets every result, `fill` being the most tokens the parser had fetched. */
  clear(fill: number): void {
    // Every stored mark is at most base + fill + 1.
    this.base += fill + 2;
    if (this.base > 0x3fffffff) {
      this.marks.fill(0);
      this.base = 0;
    }
    const nodes = this.nodes;
    const written = this.written;
    for (let k = 0; k < this.nWritten; k++) nodes[written[k]] = null;
    this.nWritten = 0;
  }

  /** Records the result `node` of the rule at index i, which ended at mark `end`. */
  store(i: number, end: number, node: unknown): void {
    this.marks[i] = this.base + end + 1;
    if (node === null) return; // a cleared table holds null everywhere
    this.nodes[i] = node;
    if (this.nWritten === this.written.length) {
      const w = new Int32Array(this.written.length * 2);
      w.set(this.written);
      this.written = w;
    }
    this.written[this.nWritten++] = i;
  }

  /** Room for tokens [0, n]. */
  grow(n: number): void {
    const need = (n + 1) * MemoRule.COUNT;
    let size = this.marks.length * 2;
    while (size < need) size *= 2;
    const marks = new Int32Array(size);
    marks.set(this.marks);
    this.marks = marks;
    for (let i = this.nodes.length; i < size; i++) this.nodes.push(null);
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
