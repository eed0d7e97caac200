// V8 treats a field that no object of its hidden class has changed since it was initialised as a
// constant, and code optimised on that assumption is thrown away the moment the first object
// changes it. Some fields of the VM's hottest objects change only in some programs (a frame's
// generator, when the first generator is made; a list's item array, at the first sort), and that
// first change tends to come after the hot loops were optimised: deoptimising runFrame and every
// function that makes frames then costs a program tens of milliseconds of warming up again.
// markMutable changes such fields once, early, and puts their values back, so that V8 knows them as
// mutable from the start. Each replacement must be of the field's kind (an object for an object
// field, a string for a string field) so that the field's representation stays what it was.

/** Sets each field of `obj` named in `others` to the value given there, then back to its own. */
export function markMutable<T extends object>(obj: T, others: Partial<T>): void {
  for (const key of Object.keys(others) as (keyof T)[]) {
    const own = obj[key];
    obj[key] = others[key]!;
    obj[key] = own;
  }
}

/**
 * n slots holding undefined, as an array of V8's general packed kind (PACKED_ELEMENTS) and of
 * exactly that length, to be filled in place (a frame's unbound locals and free stack slots, a
 * tuple's items). One kind for all: the eval loop's accesses then never see a fresh frame's
 * small-integer kind, and what is sliced off the stack (arguments, BUILD_TUPLE and BUILD_LIST
 * items) is packed too, like the arrays the compiled tier spells out. (`new Array(n)` would be
 * holey, and so would its slices: tuples, lists and argument arrays of two kinds, by where they
 * were made, deoptimised code that had seen only one, such as the sort's.) A copy of a template:
 * slice() allocates exactly n slots, where pushing grows an array by half again and 16 more.
 */
export function packedSlots<T>(n: number): T[] {
  let t = slotTemplates[n];
  if (t === undefined) {
    // (a literal holding undefined has that kind from the start, also when emptied for n = 0)
    t = [undefined];
    for (let i = 1; i < n; i++) t.push(undefined);
    if (n === 0) t.pop();
    slotTemplates[n] = t;
  }
  return t.slice() as T[];
}
const slotTemplates: unknown[][] = [];
