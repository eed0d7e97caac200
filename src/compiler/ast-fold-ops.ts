// The Python operations the AST optimiser applies to constants, with CPython 3.10's results for
// every constant type (Objects/longobject.c, floatobject.c, complexobject.c, unicodeobject.c,
// bytesobject.c, tupleobject.c), and ast_opt.c's size guards (safe_multiply, safe_power,
// safe_lshift, safe_mod). Any Python exception the operation would raise is `undefined` here:
// ast_opt.c clears the error and leaves the expression unfolded, so its type and text never matter.
import { constIsTrue, PyBytes, PyComplex, PyFrozenSet, PyTuple, type PyConstant } from "../bytecode/constants.ts";
import { floatDiv, floatFloorDiv, floatMod, scaleToDouble } from "../support/text/float-ops.ts";
import { floatPow } from "../support/text/float-pow.ts";
import { cPow, cProd, cQuot, type Complex } from "../support/complex-math.ts";
import { cpCharAt, cpLength } from "../support/text/codepoints.ts";
import { strRepeat } from "../support/text/str-misc.ts";
import { SplitStr, TextBuilder, junctionSplits, textCodePoints, textConcat } from "../support/text/split-str.ts";
import { PyError } from "../support/py-error.ts";

export type UnaryOpName = "Invert" | "Not" | "UAdd" | "USub";
export type BinOpName = "Add" | "Sub" | "Mult" | "MatMult" | "Div" | "Mod" | "Pow" | "LShift" | "RShift" | "BitOr" | "BitXor" | "BitAnd" | "FloorDiv";

const MAX_INT_SIZE = 128; // bits
const MAX_COLLECTION_SIZE = 256; // items
const MAX_STR_SIZE = 4096; // characters
const MAX_TOTAL_ITEMS = 1024; // including nested collections

type Int = boolean | bigint;
const isInt = (v: PyConstant): v is Int => typeof v === "boolean" || typeof v === "bigint";
const big = (v: Int): bigint => (typeof v === "boolean" ? (v ? 1n : 0n) : v);
const isSeq = (v: PyConstant): v is string | PyBytes | PyTuple => typeof v === "string" || v instanceof PyBytes || v instanceof PyTuple;

/** Runs a helper that may throw PyError (a Python exception): undefined instead. */
function attempt<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyError) return undefined;
    throw e;
  }
}

/** _PyLong_NumBits: the bit length of |v|. */
function numBits(v: bigint): number {
  return v === 0n ? 0 : (v < 0n ? -v : v).toString(2).length;
}

export function unaryOp(op: UnaryOpName, v: PyConstant): PyConstant | undefined {
  if (op === "Not") return !constIsTrue(v);
  if (isInt(v)) {
    const x = big(v);
    return op === "Invert" ? -x - 1n : op === "UAdd" ? x : -x;
  }
  if (op === "Invert") return undefined;
  if (typeof v === "number") return op === "UAdd" ? v : -v;
  if (v instanceof PyComplex) return op === "UAdd" ? v : new PyComplex(-v.real, -v.imag);
  return undefined;
}

export function binOp(op: BinOpName, l: PyConstant, r: PyConstant): PyConstant | undefined {
  switch (op) {
    case "Add":
      if ((typeof l === "string" || l instanceof SplitStr) && (typeof r === "string" || r instanceof SplitStr)) return textConcat(l, r);
      if (l instanceof PyBytes && r instanceof PyBytes) return new PyBytes(concatBytes(l.bytes, r.bytes));
      if (l instanceof PyTuple && r instanceof PyTuple) return new PyTuple([...l.items, ...r.items]);
      return arith(op, l, r);
    case "Mult":
      return safeMultiply(l, r);
    case "Mod":
      // safe_mod: a str or bytes % anything is formatting, never folded.
      if (typeof l === "string" || l instanceof PyBytes) return undefined;
      return arith(op, l, r);
    case "Pow":
      if (isInt(l) && isInt(r) && big(l) !== 0n && big(r) > 0n) {
        // safe_power: |l| ** r may not exceed MAX_INT_SIZE bits.
        const wbits = big(r);
        if (BigInt(numBits(big(l))) > BigInt(MAX_INT_SIZE) / wbits) return undefined;
      }
      return arith(op, l, r);
    case "LShift":
      if (isInt(l) && isInt(r) && big(l) !== 0n && big(r) !== 0n) {
        const wbits = big(r);
        if (wbits < 0n) return undefined;
        if (wbits > BigInt(MAX_INT_SIZE) || BigInt(numBits(big(l))) > BigInt(MAX_INT_SIZE) - wbits) return undefined;
      }
      return arith(op, l, r);
    case "MatMult":
      return undefined;
    default:
      return arith(op, l, r);
  }
}

/** safe_multiply */
function safeMultiply(v: PyConstant, w: PyConstant): PyConstant | undefined {
  if (isInt(v) && isInt(w)) {
    const a = big(v), b = big(w);
    if (a !== 0n && b !== 0n && numBits(a) + numBits(b) > MAX_INT_SIZE) return undefined;
    return a * b;
  }
  if (isInt(v) && (isSeq(w) || w instanceof PyFrozenSet)) return repeat(big(v), w);
  if (isInt(w) && (isSeq(v) || v instanceof PyFrozenSet)) return repeat(big(w), v);
  if (isInt(v) && w instanceof SplitStr) return repeatSplit(big(v), w);
  if (isInt(w) && v instanceof SplitStr) return repeatSplit(big(w), v);
  return arith("Mult", v, w);
}

/** The guarded half of safe_multiply for int * sequence, then the repetition itself. */
function repeat(n: bigint, w: string | PyBytes | PyTuple | PyFrozenSet): PyConstant | undefined {
  const size = typeof w === "string" ? cpLength(w) : w instanceof PyBytes ? w.bytes.length : w.items.length;
  if (size > 0) {
    const max = typeof w === "string" || w instanceof PyBytes ? MAX_STR_SIZE : MAX_COLLECTION_SIZE;
    if (n < 0n || n > BigInt(Math.floor(max / size))) return undefined;
    if ((w instanceof PyTuple || w instanceof PyFrozenSet) && n !== 0n && checkComplexity(w, Math.floor(MAX_TOTAL_ITEMS / Number(n))) < 0) {
      return undefined;
    }
  }
  if (w instanceof PyFrozenSet) return undefined; // frozenset * int: TypeError
  // sequence repetition takes an index-sized count
  if (n > 0x7fffffffffffffffn || n < -0x8000000000000000n) return undefined;
  const count = n <= 0n || size === 0 ? 0 : Number(n);
  if (typeof w === "string") {
    if (count < 2 || !junctionSplits(w, w)) return strRepeat(w, count);
    const b = new TextBuilder(); // copies meet in a false pair
    for (let i = 0; i < count; i++) b.add(w);
    return b.result();
  }
  if (w instanceof PyBytes) {
    const out = new Uint8Array(w.bytes.length * count);
    for (let i = 0; i < count; i++) out.set(w.bytes, i * w.bytes.length);
    return new PyBytes(out);
  }
  const items: PyConstant[] = [];
  for (let i = 0; i < count; i++) items.push(...w.items);
  return new PyTuple(items);
}

/** check_complexity: `limit` minus the items of `obj` and of the tuples and frozensets inside it. */
function checkComplexity(obj: PyConstant, limit: number): number {
  if (obj instanceof PyTuple || obj instanceof PyFrozenSet) {
    limit -= obj.items.length;
    for (let i = 0; limit >= 0 && i < obj.items.length; i++) limit = checkComplexity(obj.items[i], limit);
  }
  return limit;
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

// --- numbers ---------------------------------------------------------------------------------

type Num = Int | number | PyComplex;
const isNum = (v: PyConstant): v is Num => isInt(v) || typeof v === "number" || v instanceof PyComplex;

/** A numeric binary operation with Python's int -> float -> complex promotion. */
function arith(op: BinOpName, l: PyConstant, r: PyConstant): PyConstant | undefined {
  if (!isNum(l) || !isNum(r)) return undefined;
  if (isInt(l) && isInt(r)) return intOp(op, l, r);
  if (l instanceof PyComplex || r instanceof PyComplex) {
    const a = toComplex(l), b = toComplex(r);
    if (a === undefined || b === undefined) return undefined;
    return complexOp(op, a, b);
  }
  const x = toFloat(l as Int | number), y = toFloat(r as Int | number);
  if (x === undefined || y === undefined) return undefined;
  return floatOp(op, x, y);
}

/** float(int): correctly rounded; OverflowError (undefined) past the largest double. */
function toFloat(v: Int | number): number | undefined {
  if (typeof v === "number") return v;
  const f = Number(big(v));
  return Number.isFinite(f) ? f : undefined;
}

function toComplex(v: Num): PyComplex | undefined {
  if (v instanceof PyComplex) return v;
  const f = toFloat(v);
  return f === undefined ? undefined : new PyComplex(f, 0);
}

function intOp(op: BinOpName, l: Int, r: Int): PyConstant | undefined {
  const a = big(l), b = big(r);
  switch (op) {
    case "Add": return a + b;
    case "Sub": return a - b;
    case "Mult": return a * b;
    case "Div": return intTrueDivide(a, b);
    case "FloorDiv": {
      if (b === 0n) return undefined;
      const q = a / b;
      return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
    }
    case "Mod": {
      if (b === 0n) return undefined;
      const m = a % b;
      return m !== 0n && (m < 0n) !== (b < 0n) ? m + b : m;
    }
    case "Pow":
      if (b < 0n) {
        // int ** negative int is float ** float.
        const x = toFloat(a), y = toFloat(b);
        return x === undefined || y === undefined ? undefined : floatOp("Pow", x, y);
      }
      return a === 0n ? (b === 0n ? 1n : 0n) : a ** b;
    case "LShift":
      if (b < 0n) return undefined;
      return a === 0n ? 0n : a << b;
    case "RShift":
      if (b < 0n) return undefined;
      return b > 0xffffffffn ? (a < 0n ? -1n : 0n) : a >> b;
    case "BitAnd": return typeof l === "boolean" && typeof r === "boolean" ? l && r : a & b;
    case "BitOr": return typeof l === "boolean" && typeof r === "boolean" ? l || r : a | b;
    case "BitXor": return typeof l === "boolean" && typeof r === "boolean" ? l !== r : a ^ b;
    default: return undefined;
  }
}

/** long_true_divide: a / b correctly rounded, signed zero when a is 0. */
function intTrueDivide(a: bigint, b: bigint): number | undefined {
  if (b === 0n) return undefined;
  const negate = (a < 0n) !== (b < 0n);
  const x = a < 0n ? -a : a, y = b < 0n ? -b : b;
  if (x === 0n) return negate ? -0 : 0;
  // Enough quotient bits that rounding to 53 sees the exact value, plus a sticky bit for the rest.
  const shift = Math.max(0, 55 + numBits(y) - numBits(x));
  const num = x << BigInt(shift);
  let q = num / y;
  q = (q << 1n) | (num % y !== 0n ? 1n : 0n);
  const f = scaleToDouble(q, -shift - 1);
  if (!Number.isFinite(f)) return undefined;
  return negate ? -f : f;
}

function floatOp(op: BinOpName, x: number, y: number): PyConstant | undefined {
  switch (op) {
    case "Add": return x + y;
    case "Sub": return x - y;
    case "Mult": return x * y;
    case "Div": return attempt(() => floatDiv(x, y));
    case "FloorDiv": return attempt(() => floatFloorDiv(x, y));
    case "Mod": return attempt(() => floatMod(x, y));
    case "Pow": {
      const p = attempt(() => floatPow(x, y));
      if (p === "complex") return powConst(cPow(x, 0, y, 0));
      return p;
    }
    default: return undefined;
  }
}

function complexOp(op: BinOpName, a: PyComplex, b: PyComplex): PyConstant | undefined {
  switch (op) {
    case "Add": return new PyComplex(a.real + b.real, a.imag + b.imag);
    case "Sub": return new PyComplex(a.real - b.real, a.imag - b.imag);
    case "Mult": return new PyComplex(...cProd(a.real, a.imag, b.real, b.imag));
    case "Div": {
      const q = cQuot(a.real, a.imag, b.real, b.imag);
      return q === null ? undefined : new PyComplex(...q);
    }
    case "Pow": return powConst(cPow(a.real, a.imag, b.real, b.imag));
    default: return undefined; // complex has no //, %, shifts or bitwise operators
  }
}

/** complex_pow's result as a constant; undefined for its errors (EDOM's null, ERANGE's infinite part), which leave the expression unfolded. */
function powConst(p: Complex | null): PyComplex | undefined {
  if (p === null || Math.abs(p[0]) === Infinity || Math.abs(p[1]) === Infinity) return undefined;
  return new PyComplex(p[0], p[1]);
}

// --- subscripts ------------------------------------------------------------------------------

/** A str holding a false pair times n, under the same size limit as other strs. */
function repeatSplit(n: bigint, w: SplitStr): PyConstant | undefined {
  const size = textCodePoints(w).length;
  if (n < 0n || n > BigInt(Math.floor(MAX_STR_SIZE / size))) return undefined;
  const b = new TextBuilder();
  for (let i = 0n; i < n; i++) b.add(w);
  return b.result();
}

/** PyObject_GetItem(container, index) for constants: str, bytes and tuple indexed by an int. */
export function getItem(container: PyConstant, index: PyConstant): PyConstant | undefined {
  if (container instanceof SplitStr && isInt(index)) {
    const cps = textCodePoints(container);
    let i = big(index);
    if (i < 0n) i += BigInt(cps.length);
    return i < 0n || i >= BigInt(cps.length) ? undefined : String.fromCodePoint(cps[Number(i)]);
  }
  if (!isSeq(container) || !isInt(index)) return undefined;
  const len = typeof container === "string" ? cpLength(container) : container instanceof PyBytes ? container.bytes.length : container.items.length;
  let i = big(index);
  if (i < 0n) i += BigInt(len);
  if (i < 0n || i >= BigInt(len)) return undefined;
  const n = Number(i);
  if (typeof container === "string") return cpCharAt(container, n);
  if (container instanceof PyBytes) return BigInt(container.bytes[n]);
  return container.items[n];
}

