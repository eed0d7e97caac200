// The _random module (Modules/_randommodule.c): the Random type behind random.Random, a Mersenne
// Twister (src/support/text/mt19937.ts) with random(), seed(), getstate(), setstate() and
// getrandbits(). Seeding is the C part only: None takes entropy from the host, an int its
// absolute value's 32-bit words, anything else its hash as an unsigned 64-bit int; str/bytes
// seeds are turned into ints by random.py (version 2, SHA-512) before they reach this code.
import {
  type PyObj, PyObject, PyType, PyTuple, None, TypeType, ObjectType, tuple, typeOf, asInt, hash, typeError, valueError, defMethods,
  newInstance, newExc, OverflowError, asIndex, byArity,
} from "../objects/index.ts";
import { MersenneTwister } from "../support/text/index.ts";
import { makeModule, flt, inModule } from "./util.ts";

export class PyRandom extends PyObject {
  readonly mt = new MersenneTwister();
}

export const RandomType = inModule(new PyType(TypeType, "Random", [ObjectType]), "_random");
RandomType.solid = RandomType;
RandomType.factory = (cls) => new PyRandom(cls);

const R = (x: PyObj) => x as PyRandom;

/** 624 words of host entropy (crypto.getRandomValues where the host has it). */
function entropy(): Uint32Array {
  const words = new Uint32Array(624);
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint32Array) => Uint32Array } }).crypto;
  if (c?.getRandomValues) c.getRandomValues(words);
  else for (let i = 0; i < words.length; i++) words[i] = Math.floor(Math.random() * 2 ** 32) >>> 0;
  return words;
}

/** random_seed. */
export function randomSeed(self: PyRandom, arg: PyObj | undefined): void {
  if (arg === undefined || arg === None) {
    self.mt.initByArray(entropy());
    return;
  }
  const i = asInt(arg);
  if (i !== null && typeof arg !== "boolean") {
    self.mt.seed(i);
    return;
  }
  if (typeof arg === "boolean") {
    self.mt.seed(arg ? 1 : 0);
    return;
  }
  let h = hash(arg);
  if (h < 0n) h += 1n << 64n;
  self.mt.seed(h);
}

defMethods(RandomType, [
  // random_new: seeds at creation (a subclass's __init__ may seed again, as random.Random's does).
  ["__new__", (cls, args, kw) => {
    const t = cls as PyType;
    if ((t === RandomType || t.lookup("__init__") === RandomType.lookup("__init__")) && kw && kw.length) {
      throw typeError("Random()() takes no keyword arguments");
    }
    const npos = args.length - (kw ? kw.length : 0);
    if (npos > 1) throw typeError("Random() requires 0 or 1 argument");
    const r = newInstance(t) as PyRandom;
    randomSeed(r, npos === 1 ? args[0] : undefined);
    return r;
  }],
  ["random", (s) => flt(R(s).mt.random()), 0, 0],
  ["seed", (s, args) => {
    randomSeed(R(s), args[0]);
    return None;
  }, 0, 1],
  ["getstate", (s) => tuple(R(s).mt.getstate()), 0, 0],
  byArity("setstate", (s, st) => {
    if (!(st instanceof PyTuple)) throw typeError("state vector must be a tuple");
    const vals = st.items.map((v) => {
      const n = asInt(v);
      if (n === null) throw typeError("an integer is required");
      return n;
    });
    if (vals.length === 625) {
      const idx = vals[624];
      if (idx < 0 || idx > 624) throw valueError("invalid state");
    }
    R(s).mt.setstate(vals);
    return None;
  }),
  byArity("getrandbits", (s, k) => {
    const n = asIndex(k);
    if (typeof n === "bigint" || n > 2147483647 || n < -2147483648) throw newExc(OverflowError, "Python int too large to convert to C int");
    if (n < 0) throw valueError("number of bits must be non-negative");
    return R(s).mt.getrandbits(n);
  }),
]);

export function makeRandom() {
  return makeModule("_random", [], [["Random", RandomType]], "Module implements the Mersenne Twister random number generator.");
}
