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
