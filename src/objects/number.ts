// Number protocol (Objects/abstract.c binary_op1, longobject.c arithmetic): int arithmetic on the
// canonical number|bigint representation (no allocation while results stay in the safe range) and
// the binary/in-place operator dispatch with the reflected-operand rule: when type(b) is a proper
// subclass of type(a) that overrides the reflected method, b's method runs first.
import type { PyObj } from "./object.ts";
import type { PyType } from "./type.ts";
import { NotImplemented, ComplexType, FloatType, IntType, StrType, ListType, TupleType, BytesType, ByteArrayType, SetType, FrozenSetType } from "./builtin-types.ts";
import { newExc, typeError, valueError, zeroDivisionError, OverflowError, MemoryError } from "./exceptions.ts";
import { callDescr, callDescr1, typeOf } from "./protocols.ts";
import { PyFloat } from "./boxes.ts";
import { isIndexable } from "./tuple.ts";
import { PyMethodDescr } from "./function.ts";
import { toComplex } from "./float.ts";
import { normInt, intToFloat, floatDiv, floatPow, type IntValue } from "../support/text/index.ts";

export type Int = IntValue;

const big = (x: Int) => (typeof x === "bigint" ? x : BigInt(x));
export const norm = (b: bigint): Int => normInt(b);

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(big(a) + big(b));
}
export function intSub(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(big(a) - big(b));
}
export function intMul(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return norm(big(a) * big(b));
}
export function intFloorDiv(a: Int, b: Int): Int {
  if (b === 0 || b === 0n) throw zeroDivisionError("integer division or modulo by zero");
  if (typeof a === "number" && typeof b === "number") {
    const r = Math.floor(a / b);
    // a/b is inexact for large operands: verify with the remainder.
    if (Math.abs(a) < 2 ** 52 && Math.abs(b) < 2 ** 52) return r === 0 ? 0 : r;
  }
  const A = big(a);
  const B = big(b);
  let q = A / B;
  if ((A % B !== 0n) && ((A < 0n) !== (B < 0n))) q -= 1n;
  return norm(q);
}
export function intMod(a: Int, b: Int): Int {
  if (b === 0 || b === 0n) throw zeroDivisionError("integer division or modulo by zero");
  if (typeof a === "number" && typeof b === "number") {
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r === 0 ? 0 : r;
  }
  const B = big(b);
  let r = big(a) % B;
  if (r !== 0n && (r < 0n) !== (B < 0n)) r += B;
  return norm(r);
}
export function intNeg(a: Int): Int {
  return typeof a === "number" ? (a === 0 ? 0 : -a) : norm(-a);
}
export function intAbs(a: Int): Int {
  return typeof a === "number" ? Math.abs(a) : norm(a < 0n ? -a : a);
}
export function intCmp(a: Int, b: Int): number {
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
  const A = big(a);
  const B = big(b);
  return A < B ? -1 : A > B ? 1 : 0;
}
export const intSign = (a: Int): number => (typeof a === "number" ? Math.sign(a) : a < 0n ? -1 : a > 0n ? 1 : 0);

export function intTrueDiv(a: Int, b: Int): number {
  if (b === 0 || b === 0n) throw zeroDivisionError("division by zero");
  if (typeof a === "number" && typeof b === "number") return a / b;
  const A = big(a);
  const B = big(b);
  const neg = (A < 0n) !== (B < 0n);
  const n = A < 0n ? -A : A;
  const d = B < 0n ? -B : B;
  if (n === 0n) return neg ? -0 : 0;
  // The quotient is taken to 55-57 bits at scale 2**k, with a sticky bit for any remainder, then
  // rounded half-even once to the bits the result can hold: 53, or fewer when it is subnormal (its
  // last bit cannot be below 2**-1074). Rounding to 53 bits first and scaling after would round
  // twice, and 2**k itself underflows to 0 for the smallest results.
  const k = n.toString(2).length - d.toString(2).length - 56;
  const num = k < 0 ? n << BigInt(-k) : n;
  const den = k < 0 ? d : d << BigInt(k);
  let q = num / den;
  const sticky = q * den !== num;
  const drop = Math.max(q.toString(2).length - 53, -1074 - k);
  const low = q & ((1n << BigInt(drop)) - 1n);
  const half = 1n << BigInt(drop - 1);
  q >>= BigInt(drop);
  if (low > half || (low === half && (sticky || (q & 1n) === 1n))) q += 1n;
  const v = q === 0n ? 0 : Number(q) * 2 ** (k + drop);
  if (!Number.isFinite(v)) throw newExc(OverflowError, "integer division result too large for a float");
  return neg ? -v : v;
}

export function intPow(a: Int, b: Int): Int {
  const B = big(b);
  if (typeof a === "number" && typeof b === "number") {
    const r = a ** b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  const A = big(a);
  if (A === 0n || A === 1n) return norm(A);
  if (A === -1n) return B % 2n === 0n ? 1 : -1;
  const bits = A.toString(2).length;
  if (B * BigInt(bits) > 200_000_000n) throw newExc(MemoryError, "");
  return norm(A ** B);
}

export function intPowMod(a: Int, b: Int, m: Int): Int {
  let M = big(m);
  if (M === 0n) throw valueError("pow() 3rd argument cannot be 0");
  let B = big(b);
  let A = big(a);
  const negM = M < 0n;
  if (negM) M = -M;
  if (B < 0n) {
    A = modInverse(A, M);
    B = -B;
  }
  let r = 1n % M;
  A = ((A % M) + M) % M;
  while (B > 0n) {
    if (B & 1n) r = (r * A) % M;
    A = (A * A) % M;
    B >>= 1n;
  }
  if (negM && r !== 0n) r -= M;
  return norm(r);
}
function modInverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [((a % m) + m) % m, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw valueError("base is not invertible for the given modulus");
  return ((s0 % m) + m) % m;
}

export function intShift(a: Int, b: Int, left: boolean): Int {
  if (intSign(b) < 0) throw valueError("negative shift count");
  if (left) {
    if (a === 0) return 0;
    if (typeof b === "bigint" || b > 100_000_000) throw newExc(OverflowError, "too many digits in integer");
    return norm(big(a) << BigInt(b));
  }
  if (typeof b === "bigint") return intSign(a) < 0 ? -1 : 0;
  if (typeof a === "number" && b < 32 && Math.abs(a) < 2 ** 31) return a >> b;
  return norm(big(a) >> BigInt(b));
}
export function intBitop(a: Int, b: Int, op: "&" | "|" | "^"): Int {
  if (typeof a === "number" && typeof b === "number" && Math.abs(a) < 2 ** 31 && Math.abs(b) < 2 ** 31) {
    return op === "&" ? a & b : op === "|" ? a | b : a ^ b;
  }
  const A = big(a);
  const B = big(b);
  return norm(op === "&" ? A & B : op === "|" ? A | B : A ^ B);
}
export const intInvert = (a: Int): Int => intSub(intNeg(a), 1);
export const intToF = (a: Int): number => {
  const v = intToFloat(a);
  return v;
};

// ---- operator dispatch ----------------------------------------------------------------------------

export interface BinSlot {
  name: string;
  rname: string;
  iname: string;
  sym: string;
}
const slot = (n: string, sym: string): BinSlot => ({ name: `__${n}__`, rname: `__r${n}__`, iname: `__i${n}__`, sym });
export const BIN = {
  add: slot("add", "+"),
  sub: slot("sub", "-"),
  mul: slot("mul", "*"),
  truediv: slot("truediv", "/"),
  floordiv: slot("floordiv", "//"),
  mod: slot("mod", "%"),
  pow: slot("pow", "** or pow()"),
  lshift: slot("lshift", "<<"),
  rshift: slot("rshift", ">>"),
  and: slot("and", "&"),
  or: slot("or", "|"),
  xor: slot("xor", "^"),
  matmul: slot("matmul", "@"),
  divmod: slot("divmod", "divmod()"),
};

/**
 * The builtin sequences' + and * (and += and *=) are CPython's sq_concat/sq_repeat/sq_inplace_*
 * slots, not number slots: the operators try them only after both operands' number slots (so a
 * class's __radd__/__rmul__ on the right runs first: "spam" + UserList(...) is UserList.__radd__'s
 * answer), and * only with an operand that has __index__ ("can't multiply sequence by non-int").
 * Extension types (array, deque) register theirs with addSequenceSlots.
 */
const seqSlots = new Set<PyObj>();
let coreSeqSlots = false;
export function addSequenceSlots(t: PyType): void {
  for (const n of ["__add__", "__mul__", "__rmul__", "__iadd__", "__imul__"]) {
    const m = t.ns.get(n);
    if (m !== undefined) seqSlots.add(m);
  }
}
function isSeqSlot(f: PyObj | undefined): boolean {
  if (f === undefined) return false;
  if (!coreSeqSlots) {
    coreSeqSlots = true;
    for (const t of [StrType, ListType, TupleType, BytesType, ByteArrayType]) addSequenceSlots(t);
  }
  return seqSlots.has(f);
}

/**
 * A class statement's type has the number slot of + or * (slot_nb_add, slot_nb_multiply) when its
 * __add__ or __radd__ (__mul__ or __rmul__) is not a builtin type's method. That slot calls whatever
 * the names find, a sequence's method too (str's __rmul__ converting its operand with __index__:
 * "'str' object cannot be interpreted as an integer"); and __mul__ or __rmul__ of its own take away
 * the sq_repeat it inherited, as __add__ of its own takes away sq_concat.
 */
function classNumberSlot(t: PyType, s: BinSlot): boolean {
  if (!t.heap) return false;
  const f = t.lookup(s.name);
  if (f !== undefined && !(f instanceof PyMethodDescr)) return true;
  const g = t.lookup(s.rname);
  return g !== undefined && !(g instanceof PyMethodDescr);
}
/** t's sq_concat (the method), if it has one. */
function sqConcat(t: PyType): PyObj | undefined {
  const f = t.lookup("__add__");
  return isSeqSlot(f) ? f : undefined;
}
/** t's sq_repeat (the method), if it has one. */
function sqRepeat(t: PyType): PyObj | undefined {
  const f = t.lookup("__mul__");
  return isSeqSlot(f) && !classNumberSlot(t, BIN.mul) ? f : undefined;
}
/** sequence_repeat: seq's repeat method with a count that has __index__. */
function sequenceRepeat(f: PyObj, seq: PyObj, n: PyObj): PyObj {
  if (!isIndexable(n)) throw typeError(`can't multiply sequence by non-int of type '${typeOf(n).name}'`);
  return callDescr(f, seq, [n]);
}

/** binary_op1: a.__op__(b), b.__rop__(a) in CPython's order; NotImplemented if neither applies. */
export function binaryOp1(a: PyObj, b: PyObj, s: BinSlot): PyObj {
  const ta = typeOf(a);
  const tb = typeOf(b);
  let fa = ta.lookup(s.name);
  let fb = ta === tb ? undefined : tb.lookup(s.rname);
  if (s === BIN.add || s === BIN.mul) {
    // a sequence's own method is no number slot (sequenceOp tries it after these)
    if (isSeqSlot(fa) && !classNumberSlot(ta, s)) fa = undefined;
    if (isSeqSlot(fb) && !classNumberSlot(tb, s)) fb = undefined;
  }
  if (fa !== undefined) {
    if (fb !== undefined && tb.isSubtype(ta) && fb !== ta.lookup(s.rname)) {
      const r = callDescr1(fb, b, a);
      if (r !== NotImplemented) return r;
      fb = undefined;
    }
    const r = callDescr1(fa, a, b);
    if (r !== NotImplemented) return r;
  }
  if (fb !== undefined) return callDescr1(fb, b, a);
  return NotImplemented;
}

/** PyNumber_Add/Multiply after the number slots: a's sq_concat, or a's or else b's sq_repeat; undefined without one. */
function sequenceOp(a: PyObj, b: PyObj, s: BinSlot): PyObj | undefined {
  if (s === BIN.add) {
    const c = sqConcat(typeOf(a));
    return c === undefined ? undefined : callDescr1(c, a, b);
  }
  if (s === BIN.mul) {
    const ra = sqRepeat(typeOf(a));
    if (ra !== undefined) return sequenceRepeat(ra, a, b);
    const rb = sqRepeat(typeOf(b));
    if (rb !== undefined) return sequenceRepeat(rb, b, a);
  }
  return undefined;
}

/**
 * a (op) b when both are ints or exact floats (or one of each): what int's and float's own methods
 * compute, without their lookup and call (neither type can be changed, and an instance of a
 * subclass is never a JS number or an exact float). undefined when the methods must decide.
 */
export function numberBinary(a: PyObj, b: PyObj, s: BinSlot): PyObj | undefined {
  if (typeof a === "number") {
    if (typeof b === "number") return intBinary(a, b, s);
    if (b instanceof PyFloat && b.cls === FloatType) return floatBinary(a, b.value, s);
  } else if (a instanceof PyFloat && a.cls === FloatType) {
    if (b instanceof PyFloat && b.cls === FloatType) return floatBinary(a.value, b.value, s);
    if (typeof b === "number") return floatBinary(a.value, b, s);
  }
  return undefined;
}

/**
 * a (op) b for ints and exact floats in any mix, op numbered as COMPARE_OP's (< <= == != > >=):
 * what float_richcompare and int's comparisons answer (a safe integer converts exactly; NaN is
 * unordered and unequal, as in JS). undefined for any other operands.
 */
export function numberCompare(a: PyObj, b: PyObj, op: number): boolean | undefined {
  let x: number;
  let y: number;
  if (typeof a === "number") x = a;
  else if (a instanceof PyFloat && a.cls === FloatType) x = a.value;
  else return undefined;
  if (typeof b === "number") y = b;
  else if (b instanceof PyFloat && b.cls === FloatType) y = b.value;
  else return undefined;
  switch (op) {
    case 0: return x < y;
    case 1: return x <= y;
    case 2: return x === y;
    case 3: return x !== y;
    case 4: return x > y;
    case 5: return x >= y;
  }
  return undefined;
}

/**
 * a | b, a & b, a - b, a ^ b of two exact sets or frozensets, as set's own methods compute them
 * (set-methods.ts registers it: neither type can be changed, so no lookup can answer otherwise);
 * undefined for any other operands or operator.
 */
export const setBinaryHook = { fn: (_a: PyObj, _b: PyObj, _s: BinSlot): PyObj | undefined => undefined };

export function binaryOp(a: PyObj, b: PyObj, s: BinSlot): PyObj {
  const fast = numberBinary(a, b, s);
  if (fast !== undefined) return fast;
  if (typeof a === "object" && (a.cls === SetType || a.cls === FrozenSetType)) {
    const r = setBinaryHook.fn(a, b, s);
    if (r !== undefined) return r;
  }
  // (seq * int: int's __rmul__ would only say NotImplemented, and no builtin sequence has nb_multiply)
  if (s === BIN.mul && typeof b === "number" && typeof a === "object" && !a.cls.heap) {
    const m = sqRepeat(a.cls);
    if (m !== undefined) return callDescr1(m, a, b);
  }
  const r = binaryOp1(a, b, s);
  if (r !== NotImplemented) return r;
  const q = sequenceOp(a, b, s);
  if (q !== undefined) return q;
  throw binopError(a, b, s);
}

/** int (op) int for two safe-integer operands, as int's methods; undefined for the rare cases. */
function intBinary(a: number, b: number, s: BinSlot): PyObj | undefined {
  switch (s) {
    case BIN.add: return intAdd(a, b);
    case BIN.sub: return intSub(a, b);
    case BIN.mul: return intMul(a, b);
    case BIN.mod: return intMod(a, b);
    case BIN.floordiv: return intFloorDiv(a, b);
    case BIN.truediv: return new PyFloat(intTrueDiv(a, b));
    case BIN.lshift: return intShift(a, b, true);
    case BIN.rshift: return intShift(a, b, false);
    case BIN.and: return intBitop(a, b, "&");
    case BIN.or: return intBitop(a, b, "|");
    case BIN.xor: return intBitop(a, b, "^");
    case BIN.pow: return b >= 0 ? intPow(a, b) : undefined;
  }
  return undefined;
}

/**
 * float (op) float where either side may be an int already converted (a safe integer converts
 * exactly, as float's methods do); undefined for the operators left to the methods.
 */
function floatBinary(a: number, b: number, s: BinSlot): PyObj | undefined {
  switch (s) {
    case BIN.add: return new PyFloat(a + b);
    case BIN.sub: return new PyFloat(a - b);
    case BIN.mul: return new PyFloat(a * b);
    case BIN.truediv: return new PyFloat(floatDiv(a, b));
    case BIN.pow: {
      const r = floatPow(a, b);
      return r === "complex" ? undefined : new PyFloat(r);
    }
  }
  return undefined;
}

/** tp_as_sequence is set: every class statement's type, and builtin types with sequence methods. */
const hasSequenceMethods = (t: PyType): boolean =>
  t.heap || t.lookup("__len__") !== undefined || t.lookup("__contains__") !== undefined || t.lookup("__getitem__") !== undefined;

/**
 * pow(v, w, z) with a modulus (ternary_op): v's __pow__, then w's (first when w's type is a proper
 * subclass of v's), then z's, each skipped when it is the same slot as one already tried. Every
 * class statement's __pow__ is one slot, which with a modulus runs only v's own Python __pow__
 * (never __rpow__); a builtin number's slot computes pow(v, w, z) whichever operand brought it.
 */
export function ternaryPow(v: PyObj, w: PyObj, z: PyObj): PyObj {
  const slotOf = (x: PyObj): PyObj | "class" | undefined => {
    const f = typeOf(x).lookup("__pow__");
    return f === undefined || f instanceof PyMethodDescr ? f : "class";
  };
  const slotv = slotOf(v);
  let slotw = typeOf(w) === typeOf(v) ? undefined : slotOf(w);
  if (slotw === slotv) slotw = undefined;
  if (slotv !== undefined) {
    if (slotw !== undefined && typeOf(w).isSubtype(typeOf(v))) {
      const r = powSlot(slotw, v, w, z);
      if (r !== NotImplemented) return r;
      slotw = undefined;
    }
    const r = powSlot(slotv, v, w, z);
    if (r !== NotImplemented) return r;
  }
  if (slotw !== undefined) {
    const r = powSlot(slotw, v, w, z);
    if (r !== NotImplemented) return r;
  }
  const slotz = slotOf(z);
  if (slotz !== undefined && slotz !== slotv && slotz !== slotw) {
    const r = powSlot(slotz, v, w, z);
    if (r !== NotImplemented) return r;
  }
  throw typeError(`unsupported operand type(s) for ** or pow(): '${typeOf(v).name}', '${typeOf(w).name}', '${typeOf(z).name}'`);
}

function powSlot(slot: PyObj | "class", v: PyObj, w: PyObj, z: PyObj): PyObj {
  if (slot === "class") {
    const f = typeOf(v).lookup("__pow__");
    return f === undefined || f instanceof PyMethodDescr ? NotImplemented : callDescr(f, v, [w, z]);
  }
  const owner = (slot as PyMethodDescr).owner;
  if (typeOf(v).isSubtype(owner)) return callDescr(slot, v, [w, z]);
  const r = owner.lookup("__rpow__");
  if (typeOf(w).isSubtype(owner) && r !== undefined) return callDescr(r, w, [v, z]);
  // z's slot with neither v nor w of its type: float's refuses any modulus at once, complex's
  // after converting both operands (an int or float converts), int's needs two ints
  if (owner === FloatType) throw typeError("pow() 3rd argument not allowed unless all arguments are integers");
  if (owner === ComplexType && toComplex(v) !== null && toComplex(w) !== null) throw valueError("complex modulo");
  return NotImplemented;
}

export function binopError(a: PyObj, b: PyObj, s: BinSlot, sym = s.sym): PyObj {
  const ta = typeOf(a).name;
  const tb = typeOf(b).name;
  if (s === BIN.rshift && ta === "builtin_function_or_method" && (a as { name?: string }).name === "print") {
    return typeError(`unsupported operand type(s) for >>: '${ta}' and '${tb}'. Did you mean "print(<message>, file=<output_stream>)"?`);
  }
  return typeError(`unsupported operand type(s) for ${sym}: '${ta}' and '${tb}'`);
}

export function inplaceOp(a: PyObj, b: PyObj, s: BinSlot): PyObj {
  // int and float have no in-place methods: a += b is a + b
  const fast = numberBinary(a, b, s);
  if (fast !== undefined) return fast;
  // a's nb_inplace slot, unless its __iop__ is a sequence's sq_inplace_concat/repeat (tried last).
  // A class statement's type inheriting sq_inplace_concat gets it as nb_inplace_add as well (the
  // two slots share a signature), so list's += of a list subclass comes first.
  const ta = typeOf(a);
  const f = ta.lookup(s.iname);
  const seqInplace = isSeqSlot(f) && !(s === BIN.add && ta.heap);
  if (f !== undefined && !seqInplace) {
    const r = callDescr1(f, a, b);
    if (r !== NotImplemented) return r;
  }
  const r = binaryOp1(a, b, s);
  if (r !== NotImplemented) return r;
  // PyNumber_InPlaceAdd/Multiply fall back on the sequence slots: a's in-place one, else its plain
  // one; *= tries b's repeat only when a's type has no sequence methods at all (tp_as_sequence
  // NULL: no class statement made it and it has no len/contains/getitem)
  if (s === BIN.add) {
    const c = seqInplace ? f! : sqConcat(ta);
    if (c !== undefined) return callDescr1(c, a, b);
    throw binopError(a, b, s, "+=");
  }
  if (s === BIN.mul) {
    if (hasSequenceMethods(ta)) {
      const m = seqInplace ? f! : sqRepeat(ta);
      if (m !== undefined) return sequenceRepeat(m, a, b);
    } else {
      const m = sqRepeat(typeOf(b));
      if (m !== undefined) return sequenceRepeat(m, b, a);
    }
    throw binopError(a, b, s, "*=");
  }
  // the others report "op=" (the ternary power as "**=", not "** or pow()")
  throw typeError(`unsupported operand type(s) for ${s === BIN.pow ? "**" : s.sym}=: '${ta.name}' and '${typeOf(b).name}'`);
}

export function unaryOp(a: PyObj, name: "__neg__" | "__pos__" | "__invert__" | "__abs__", sym: string): PyObj {
  if (typeof a === "number") {
    if (name === "__neg__") return intNeg(a);
    if (name === "__pos__") return a;
  }
  const f = typeOf(a).lookup(name);
  if (f === undefined) {
    if (name === "__abs__") throw typeError(`bad operand type for abs(): '${typeOf(a).name}'`);
    throw typeError(`bad operand type for unary ${sym}: '${typeOf(a).name}'`);
  }
  return callDescr(f, a, []);
}

export const floatOf = (v: number): PyFloat => new PyFloat(v);
export { FloatType, IntType };
