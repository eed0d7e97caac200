// CPython 3.10's timsort (Objects/listobject.c: listsort and its helpers, listsort.txt), over an
// array of positions: the run detection, binary insertion, merge pattern and galloping are
// CPython's step for step, so the same comparisons happen in the same order (a __lt__ that prints
// or counts sees CPython's sequence) and a comparison that raises leaves the positions in the
// order CPython's list is left in: a merge interrupted by an exception puts its saved half back, as
// merge_lo/merge_hi's Fail path does. list-sort.ts chooses the comparison and moves the items.

/**
 * What the sort asks, by position: `less(i, j)` is `keys[i] < keys[j]`. An object rather than a
 * closure: list-sort.ts's one class implements it, so every sort's comparisons call the same
 * function, and V8's optimised code for the merges, which inlines it, stays valid from one sort to
 * the next (a fresh closure per sort was a new call target, and each one deoptimised them all).
 */
export interface PositionOrder {
  less(i: number, j: number): boolean;
}

const MIN_GALLOP = 7;

/** MergeState: the positions being sorted, the merge scratch, the pending runs and min_gallop. */
export class MergeState {
  minGallop = MIN_GALLOP;
  /**
   * The pending runs: run i is ord[base[i] .. base[i] + len[i]). Plain arrays grown as runs are
   * pushed (at most 85, listobject.c's MAX_MERGE_PENDING): two typed arrays of that size were most
   * of what sorting a short list allocated.
   */
  readonly base: number[] = [];
  readonly len: number[] = [];
  n = 0;
  descending = false;
  constructor(
    readonly ord: Int32Array,
    readonly tmp: Int32Array,
    readonly order: PositionOrder,
  ) {}
}

/** merge_compute_minrun: n itself below 64, else a k in 32..64 with n/k just under a power of 2. */
function computeMinrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n = Math.floor(n / 2);
  }
  return n + r;
}

/** timsort of s.ord (the positions 0..n in some order): listsort's main loop. */
export function timsort(s: MergeState, n: number): void {
  const ord = s.ord;
  const minrun = computeMinrun(n);
  let lo = 0;
  let remaining = n;
  do {
    let run = countRun(s, lo, lo + remaining);
    if (s.descending) reverseRange(ord, lo, lo + run);
    if (run < minrun) {
      const force = remaining <= minrun ? remaining : minrun;
      binarySort(s, lo, lo + force, lo + run);
      run = force;
    }
    s.base[s.n] = lo;
    s.len[s.n] = run;
    s.n++;
    mergeCollapse(s);
    lo += run;
    remaining -= run;
  } while (remaining > 0);
  mergeForceCollapse(s);
}

function reverseRange(a: Int32Array, lo: number, hi: number): void {
  for (hi--; lo < hi; lo++, hi--) {
    const t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
  }
}

/**
 * count_run: the length of the run at ord[lo..hi), ascending (a[0] <= a[1] <= ...) or strictly
 * descending (s.descending set; strict, so reversing it keeps equal keys in order).
 */
function countRun(s: MergeState, lo: number, hi: number): number {
  const ord = s.ord;
  const order = s.order;
  s.descending = false;
  if (lo + 1 === hi) return 1;
  let i = lo + 2;
  if (order.less(ord[lo + 1], ord[lo])) {
    s.descending = true;
    while (i < hi && order.less(ord[i], ord[i - 1])) i++;
  } else {
    while (i < hi && !order.less(ord[i], ord[i - 1])) i++;
  }
  return i - lo;
}

/** binarysort: ord[lo..hi) by binary insertion, ord[lo..start) being sorted already. */
function binarySort(s: MergeState, lo: number, hi: number, start: number): void {
  const ord = s.ord;
  const order = s.order;
  if (lo === start) start++;
  for (; start < hi; start++) {
    let l = lo;
    let r = start;
    const pivot = ord[r];
    do {
      const p = l + ((r - l) >> 1);
      if (order.less(pivot, ord[p])) r = p;
      else l = p + 1;
    } while (l < r);
    for (let p = start; p > l; p--) ord[p] = ord[p - 1];
    ord[l] = pivot;
  }
}

/**
 * gallop_left: where `key` goes in the sorted a[at..at+n), left of any equal keys (the k with
 * a[k-1] < key <= a[k]), searching out from `hint` by doubling steps, then by bisection.
 */
function gallopLeft(order: PositionOrder, key: number, a: Int32Array, at: number, n: number, hint: number): number {
  const h = at + hint;
  let lastofs = 0;
  let ofs = 1;
  if (order.less(a[h], key)) {
    // a[hint] < key: gallop right until a[hint + lastofs] < key <= a[hint + ofs]
    const maxofs = n - hint;
    while (ofs < maxofs && order.less(a[h + ofs], key)) {
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    // key <= a[hint]: gallop left until a[hint - ofs] < key <= a[hint - lastofs]
    const maxofs = hint + 1;
    while (ofs < maxofs && !order.less(a[h - ofs], key)) {
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  }
  // a[lastofs] < key <= a[ofs]: bisect between
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (order.less(a[at + m], key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/** gallop_right: as gallopLeft, but right of any equal keys (a[k-1] <= key < a[k]). */
function gallopRight(order: PositionOrder, key: number, a: Int32Array, at: number, n: number, hint: number): number {
  const h = at + hint;
  let lastofs = 0;
  let ofs = 1;
  if (order.less(key, a[h])) {
    // key < a[hint]: gallop left until a[hint - ofs] <= key < a[hint - lastofs]
    const maxofs = hint + 1;
    while (ofs < maxofs && order.less(key, a[h - ofs])) {
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  } else {
    // a[hint] <= key: gallop right until a[hint + lastofs] <= key < a[hint + ofs]
    const maxofs = n - hint;
    while (ofs < maxofs && !order.less(key, a[h + ofs])) {
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (order.less(key, a[at + m])) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

/**
 * merge_lo: merges the runs ord[pa..pa+na) and ord[pb..pb+nb) (pb = pa + na, na <= nb) in place,
 * with run A copied to the scratch. Its last item is known to end the merge, its first items
 * known to sort after B's first.
 */
function mergeLo(s: MergeState, pa: number, na: number, pb: number, nb: number): void {
  const ord = s.ord;
  const tmp = s.tmp;
  const order = s.order;
  tmp.set(ord.subarray(pa, pa + na), 0);
  let dest = pa;
  let a = 0;
  let b = pb;
  let copyB = false;
  try {
    merging: {
      ord[dest++] = ord[b++];
      if (--nb === 0) break merging;
      if (na === 1) {
        copyB = true;
        break merging;
      }
      let minGallop = s.minGallop;
      for (;;) {
        let acount = 0; // times A won in a row
        let bcount = 0; // times B won in a row
        // one at a time until a run seems to win consistently
        for (;;) {
          if (order.less(ord[b], tmp[a])) {
            ord[dest++] = ord[b++];
            bcount++;
            acount = 0;
            if (--nb === 0) break merging;
            if (bcount >= minGallop) break;
          } else {
            ord[dest++] = tmp[a++];
            acount++;
            bcount = 0;
            if (--na === 1) {
              copyB = true;
              break merging;
            }
            if (acount >= minGallop) break;
          }
        }
        // galloping, while either run keeps winning by MIN_GALLOP or more
        minGallop++;
        do {
          if (minGallop > 1) minGallop--;
          s.minGallop = minGallop;
          let k = gallopRight(order, ord[b], tmp, a, na, 0);
          acount = k;
          if (k !== 0) {
            ord.set(tmp.subarray(a, a + k), dest);
            dest += k;
            a += k;
            na -= k;
            if (na === 1) {
              copyB = true;
              break merging;
            }
            if (na === 0) break merging; // only with an inconsistent comparison
          }
          ord[dest++] = ord[b++];
          if (--nb === 0) break merging;
          k = gallopLeft(order, tmp[a], ord, b, nb, 0);
          bcount = k;
          if (k !== 0) {
            ord.copyWithin(dest, b, b + k);
            dest += k;
            b += k;
            nb -= k;
            if (nb === 0) break merging;
          }
          ord[dest++] = tmp[a++];
          if (--na === 1) {
            copyB = true;
            break merging;
          }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++; // a penalty for leaving galloping mode
        s.minGallop = minGallop;
      }
    }
  } catch (e) {
    // (merge_lo's Fail) what is left of A goes back, so the positions stay a permutation
    if (na !== 0) ord.set(tmp.subarray(a, a + na), dest);
    throw e;
  }
  if (copyB) {
    // A's last item ends the merge
    ord.copyWithin(dest, b, b + nb);
    ord[dest + nb] = tmp[a];
  } else if (na !== 0) {
    ord.set(tmp.subarray(a, a + na), dest);
  }
}

/** merge_hi: as mergeLo for na >= nb, with run B in the scratch, merging from the right. */
function mergeHi(s: MergeState, pa: number, na: number, pb: number, nb: number): void {
  const ord = s.ord;
  const tmp = s.tmp;
  const order = s.order;
  tmp.set(ord.subarray(pb, pb + nb), 0);
  const baseA = pa;
  let dest = pb + nb - 1;
  let a = pa + na - 1;
  let b = nb - 1; // in tmp; what is left of B is always tmp[0..nb)
  let copyA = false;
  try {
    merging: {
      ord[dest--] = ord[a--];
      if (--na === 0) break merging;
      if (nb === 1) {
        copyA = true;
        break merging;
      }
      let minGallop = s.minGallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (order.less(tmp[b], ord[a])) {
            ord[dest--] = ord[a--];
            acount++;
            bcount = 0;
            if (--na === 0) break merging;
            if (acount >= minGallop) break;
          } else {
            ord[dest--] = tmp[b--];
            bcount++;
            acount = 0;
            if (--nb === 1) {
              copyA = true;
              break merging;
            }
            if (bcount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          if (minGallop > 1) minGallop--;
          s.minGallop = minGallop;
          let k = na - gallopRight(order, tmp[b], ord, baseA, na, na - 1);
          acount = k;
          if (k !== 0) {
            dest -= k;
            a -= k;
            ord.copyWithin(dest + 1, a + 1, a + 1 + k);
            na -= k;
            if (na === 0) break merging;
          }
          ord[dest--] = tmp[b--];
          if (--nb === 1) {
            copyA = true;
            break merging;
          }
          k = nb - gallopLeft(order, ord[a], tmp, 0, nb, nb - 1);
          bcount = k;
          if (k !== 0) {
            dest -= k;
            b -= k;
            ord.set(tmp.subarray(b + 1, b + 1 + k), dest + 1);
            nb -= k;
            if (nb === 1) {
              copyA = true;
              break merging;
            }
            if (nb === 0) break merging; // only with an inconsistent comparison
          }
          ord[dest--] = ord[a--];
          if (--na === 0) break merging;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        s.minGallop = minGallop;
      }
    }
  } catch (e) {
    // (merge_hi's Fail) what is left of B goes back
    if (nb !== 0) ord.set(tmp.subarray(0, nb), dest - (nb - 1));
    throw e;
  }
  if (copyA) {
    // B's first item starts the merge
    ord.copyWithin(dest + 1 - na, a + 1 - na, a + 1);
    ord[dest - na] = tmp[b];
  } else if (nb !== 0) {
    ord.set(tmp.subarray(0, nb), dest - (nb - 1));
  }
}

/** merge_at: merges pending runs i and i + 1. */
function mergeAt(s: MergeState, i: number): void {
  const ord = s.ord;
  let pa = s.base[i];
  let na = s.len[i];
  const pb = s.base[i + 1];
  let nb = s.len[i + 1];
  s.len[i] = na + nb;
  if (i === s.n - 3) {
    s.base[i + 1] = s.base[i + 2];
    s.len[i + 1] = s.len[i + 2];
  }
  s.n--;
  // A's items that sort before B's first are in place already
  const k = gallopRight(s.order, ord[pb], ord, pa, na, 0);
  pa += k;
  na -= k;
  if (na === 0) return;
  // and so are B's that sort after A's last
  nb = gallopLeft(s.order, ord[pa + na - 1], ord, pb, nb, nb - 1);
  if (nb <= 0) return;
  if (na <= nb) mergeLo(s, pa, na, pb, nb);
  else mergeHi(s, pa, na, pb, nb);
}

/** merge_collapse: merges until len[-3] > len[-2] + len[-1] and len[-2] > len[-1] hold. */
function mergeCollapse(s: MergeState): void {
  const len = s.len;
  while (s.n > 1) {
    let n = s.n - 2;
    if ((n > 0 && len[n - 1] <= len[n] + len[n + 1]) || (n > 1 && len[n - 2] <= len[n - 1] + len[n])) {
      if (len[n - 1] < len[n + 1]) n--;
      mergeAt(s, n);
    } else if (len[n] <= len[n + 1]) {
      mergeAt(s, n);
    } else {
      break;
    }
  }
}

/** merge_force_collapse: merges all pending runs into one. */
function mergeForceCollapse(s: MergeState): void {
  const len = s.len;
  while (s.n > 1) {
    let n = s.n - 2;
    if (n > 0 && len[n - 1] < len[n + 1]) n--;
    mergeAt(s, n);
  }
}
