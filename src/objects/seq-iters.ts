// Iterator objects whose position Python can read back: 3.10's sequence iterators pickle and copy
// through __reduce__/__setstate__ (src/builtins/iter-pickle.ts), so their state is in fields
// rather than in a closure. `seq` is null once exhausted, as CPython clears it_seq, which changes
// what __reduce__ returns (an empty sequence instead of the sequence and an index).
import type { PyObj } from "./object.ts";
import { PyIter } from "./iter.ts";
import type { PyType } from "./type.ts";
import type { PyList } from "./list.ts";
import { iterTypes } from "./builtin-types.ts";
import { cpLength } from "../support/text/codepoints.ts";

const EMPTY: PyObj[] = [];

// The steps and length hints of the common iterators are shared functions called as their methods
// (`it.step()`), not closures made for each iterator: a loop over a short list or str makes one.
function tupleIterStep(this: PyTupleIter): PyObj | undefined {
  return this.next1();
}
function tupleIterHint(this: PyTupleIter): number {
  return this.items.length - this.i;
}
function strIterStep(this: PyStrIter): PyObj | undefined {
  return this.next1();
}
// unicodeiter_len: the code points left
function strIterHint(this: PyStrIter): number {
  return this.i < this.s.length ? cpLength(this.s) - this.index : 0;
}

/** tuple_iterator (also over a code object's constant tuples). */
export class PyTupleIter extends PyIter {
  i = 0;
  constructor(
    public seq: PyObj | null,
    public items: PyObj[],
  ) {
    super(iterTypes.tuple, null!, null);
    this.step = tupleIterStep;
    this.lengthHint = tupleIterHint;
  }
  next1(): PyObj | undefined {
    const a = this.items;
    if (this.i < a.length) return a[this.i++];
    this.seq = null;
    this.items = EMPTY;
    this.i = 0;
    return undefined;
  }
}

/** list_reverseiterator: the index of the next item, counting down; -1 at the end. */
export class PyListRevIter extends PyIter {
  i: number;
  constructor(public list: PyList | null) {
    super(iterTypes.listReverse, null!, null);
    this.i = list!.items.length - 1;
    this.step = () => this.next1();
    this.lengthHint = () => (this.list !== null && this.i < this.list.items.length ? this.i + 1 : 0);
  }
  next1(): PyObj | undefined {
    const l = this.list;
    if (l !== null && this.i >= 0 && this.i < l.items.length) return l.items[this.i--];
    this.i = -1;
    this.list = null;
    return undefined;
  }
}

/** str_iterator over a str without false pairs: `i` counts UTF-16 units, astral characters are one item. */
export class PyStrIter extends PyIter {
  i = 0;
  constructor(
    public seq: PyObj | null,
    public s: string,
  ) {
    super(iterTypes.str, null!, null);
    this.step = strIterStep;
    this.lengthHint = strIterHint;
  }
  next1(): PyObj | undefined {
    const s = this.s;
    const i = this.i;
    if (i >= s.length) {
      this.seq = null;
      return undefined;
    }
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        this.i = i + 2;
        return s.slice(i, i + 2);
      }
    }
    this.i = i + 1;
    return s[i];
  }
  /** The position in code points (what __reduce__ reports). */
  get index(): number {
    let n = 0;
    for (let k = 0; k < this.i; k++, n++) {
      const c = this.s.charCodeAt(k);
      if (c >= 0xd800 && c < 0xdc00 && k + 1 < this.s.length) {
        const d = this.s.charCodeAt(k + 1);
        if (d >= 0xdc00 && d < 0xe000) k++;
      }
    }
    return n;
  }
  set index(n: number) {
    let k = 0;
    for (let m = 0; m < n && k < this.s.length; m++) {
      const c = this.s.charCodeAt(k);
      k += c >= 0xd800 && c < 0xdc00 && k + 1 < this.s.length && this.s.charCodeAt(k + 1) >= 0xdc00 && this.s.charCodeAt(k + 1) < 0xe000 ? 2 : 1;
    }
    this.i = k;
  }
}

/** bytes_iterator / bytearray_iterator: reads the object's current bytes at each step. */
export class PyBytesIter extends PyIter {
  i = 0;
  constructor(
    cls: PyType,
    public seq: (PyObj & { bytes: Uint8Array }) | null,
  ) {
    super(cls, null!, null);
    this.step = () => this.next1();
    this.lengthHint = () => (this.seq === null ? 0 : Math.max(0, this.seq.bytes.length - this.i));
  }
  next1(): PyObj | undefined {
    const s = this.seq;
    if (s !== null && this.i < s.bytes.length) return s.bytes[this.i++];
    this.seq = null;
    return undefined;
  }
}
