// The parser's memo: for each token and memoized rule, the mark after the rule's result and the
// result (pegen chains a Memo record on the token instead). Tables are flat typed arrays reused
// from parse to parse: fresh ones cost page faults and GC work on every parse, f-string parsers
// included. A table is cleared by moving its `base` past every value stored so far.
import { MemoRule } from "./parser.ts";

export class MemoTable {
  /** [token * MemoRule.COUNT + rule]: base + the mark after the result + 1; <= base means none. */
  marks = new Int32Array(1024 * MemoRule.COUNT);
  /** At the same index: the result (a node, a list or null). Filled with nulls, never holey: a
   * holey array this large would be a slow dictionary in V8. */
  readonly nodes: unknown[] = new Array(1024 * MemoRule.COUNT).fill(null);
  /** The indices of `nodes` holding a result: clearing touches only those. */
  private written = new Int32Array(1024);
  private nWritten = 0;
  base = 0;
  /** The largest value stored in `marks` since the table was last zeroed. */
  top = 0;

  /** Forgets every result. */
  clear(): void {
    if (this.top > 0x3fffffff) {
      this.marks.fill(0);
      this.top = 0;
    }
    this.base = this.top;
    const nodes = this.nodes;
    const written = this.written;
    for (let k = 0; k < this.nWritten; k++) nodes[written[k]] = null;
    this.nWritten = 0;
  }

  /** Records the result `node` of the rule at index i, which ended at mark `end`. */
  store(i: number, end: number, node: unknown): void {
    const v = this.base + end + 1;
    this.marks[i] = v;
    if (v > this.top) this.top = v;
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
  reserve(n: number): void {
    const need = (n + 1) * MemoRule.COUNT;
    if (need <= this.marks.length) return;
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
  const t = pool.pop() ?? new MemoTable();
  return t;
}

/** Gives a table back once its parser is done; a few are kept, cleared so as not to keep ASTs alive. */
export function giveMemo(t: MemoTable): void {
  if (pool.length < 4) {
    t.clear();
    pool.push(t);
  }
}
