// datetime.timedelta as _datetimemodule.c has it: exact integer accumulation of the arguments with
// the fractional microseconds rounded half to even at the end, arithmetic on the microsecond count
// (bigint: 999999999 days do not fit a double exactly), divide_nearest for / and * by floats.
import {
  type PyObj, PyFloat, PyType, NotImplemented, tuple, typeOf, asInt, hash, typeError, newExc, OverflowError, ValueError, ZeroDivisionError,
  defMethods, defGetters, bindArgs, norm, intTrueDiv, Cmp, cmpResult, newInstance, FloatType, PyTuple, callMethod, asMembers,
} from "../../objects/index.ts";
import { PyTimedelta, TimedeltaType, isDelta, newDelta, deltaToUs, usToDelta, MAX_DELTA_DAYS } from "./types.ts";

/** C's round(): half away from zero. */
export function cRound(x: number): number {
  let r = Math.trunc(x);
  if (Math.abs(x - r) >= 0.5) r += Math.sign(x);
  return r;
}

/** float.as_integer_ratio. */
export function floatRatio(x: number): [bigint, bigint] {
  if (Number.isNaN(x)) throw newExc(ValueError, "cannot convert NaN to integer ratio");
  if (!Number.isFinite(x)) throw newExc(OverflowError, "cannot convert Infinity to integer ratio");
  let e = 0n;
  while (x !== Math.floor(x)) {
    x *= 2;
    e++;
  }
  return [BigInt(x), 1n << e];
}

/** _PyLong_DivmodNear's quotient: a / b rounded half to even. */
export function divideNearest(a: bigint, b: bigint): bigint {
  if (b === 0n) throw newExc(ZeroDivisionError, "integer division or modulo by zero");
  let q = a / b;
  let r = a % b;
  if (r !== 0n && r < 0n !== b < 0n) {
    q -= 1n;
    r += b;
  }
  const twice = r < 0n ? -2n * r : 2n * r;
  const absB = b < 0n ? -b : b;
  if (twice > absB || (twice === absB && (q & 1n) === 1n)) q += 1n;
  return q;
}

/**
 * The float operand of timedelta * and / as a ratio: float.as_integer_ratio, or what a subclass's
 * own as_integer_ratio returns (a 2-tuple; divide_nearest wants ints).
 */
function ratioOf(f: PyFloat): [bigint, bigint] {
  if (f.cls === FloatType) return floatRatio(f.value);
  const r = callMethod(f, "as_integer_ratio", []);
  if (!(r instanceof PyTuple)) throw typeError(`unexpected return type from as_integer_ratio(): expected tuple, got '${typeOf(r).name}'`);
  if (r.items.length !== 2) throw newExc(ValueError, "as_integer_ratio() must return a 2-tuple");
  const [n, d] = r.items.map(asInt);
  if (n === null || d === null) throw typeError("non-integer arguments in division");
  return [BigInt(n), BigInt(d)];
}

const floorDiv = (a: bigint, b: bigint): bigint => {
  if (b === 0n) throw newExc(ZeroDivisionError, "integer division or modulo by zero");
  const q = a / b;
  return (a % b !== 0n && a < 0n !== b < 0n) ? q - 1n : q;
};
const floorMod = (a: bigint, b: bigint): bigint => a - floorDiv(a, b) * b;

const FACTORS = { microseconds: 1n, milliseconds: 1000n, seconds: 1000000n, minutes: 60000000n, hours: 3600000000n, days: 86400000000n, weeks: 604800000000n };
const NAMES = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"] as const;
const ORDER = ["microseconds", "milliseconds", "seconds", "minutes", "hours", "days", "weeks"] as const;

const floatToBig = (d: number): bigint => {
  if (Number.isNaN(d)) throw newExc(ValueError, "cannot convert float NaN to integer");
  if (!Number.isFinite(d)) throw newExc(OverflowError, "cannot convert float infinity to integer");
  return BigInt(d);
};

/** timedelta.__new__: accum() over the components, smallest unit first. */
function deltaNew(cls: PyType, args: PyObj[], kw: readonly string[] | null): PyObj {
  const vals = bindArgs("__new__", args, kw, [...NAMES], 0);
  let sum = 0n;
  let leftover = 0;
  for (const name of ORDER) {
    const v = vals[NAMES.indexOf(name)];
    if (v === undefined) continue;
    const factor = FACTORS[name];
    if (v instanceof PyFloat) {
      const d = v.value;
      const ip = Math.trunc(d);
      let frac = d - ip;
      sum += floatToBig(ip) * factor;
      if (frac === 0 || !Number.isFinite(d)) continue;
      const scaled = Number(factor) * frac;
      const ip2 = Math.trunc(scaled);
      frac = scaled - ip2;
      sum += BigInt(ip2);
      leftover += frac;
      continue;
    }
    const i = asInt(v);
    if (i === null) throw typeError(`unsupported type for timedelta ${name} component: ${typeOf(v).name}`);
    sum += BigInt(i) * factor;
  }
  if (leftover !== 0) {
    let whole = cRound(leftover);
    if (Math.abs(whole - leftover) === 0.5) {
      const odd = Number(sum & 1n);
      whole = 2 * cRound((leftover + odd) * 0.5) - odd;
    }
    sum += BigInt(whole);
  }
  const t = usToDelta(sum);
  if (cls === TimedeltaType) return t;
  const o = newInstance(cls) as PyTimedelta;
  o.days = t.days;
  o.seconds = t.seconds;
  o.us = t.us;
  return o;
}

export function deltaRepr(t: PyTimedelta): string {
  const parts: string[] = [];
  if (t.days) parts.push(`days=${t.days}`);
  if (t.seconds) parts.push(`seconds=${t.seconds}`);
  if (t.us) parts.push(`microseconds=${t.us}`);
  return `${typeOf(t).name}(${parts.length ? parts.join(", ") : "0"})`;
}

export function deltaStr(t: PyTimedelta): string {
  const p2 = (n: number) => String(n).padStart(2, "0");
  let s = "";
  if (t.days) s = `${t.days} day${Math.abs(t.days) !== 1 ? "s" : ""}, `;
  s += `${Math.floor(t.seconds / 3600)}:${p2(Math.floor((t.seconds % 3600) / 60))}:${p2(t.seconds % 60)}`;
  if (t.us) s += "." + String(t.us).padStart(6, "0");
  return s;
}

const D = (x: PyObj) => x as PyTimedelta;
/** An int operand (not bool-excluding: True * td works as in CPython), or null. */
const intOperand = (x: PyObj): bigint | null => {
  const v = x instanceof PyFloat ? null : asInt(x);
  return v === null ? null : BigInt(v);
};

function mul(td: PyTimedelta, other: PyObj): PyObj {
  const i = intOperand(other);
  if (i !== null) return usToDelta(deltaToUs(td) * i);
  if (other instanceof PyFloat) {
    const [n, d] = ratioOf(other);
    return usToDelta(divideNearest(deltaToUs(td) * n, d));
  }
  return NotImplemented;
}

function compare(a: PyObj, b: PyObj, op: Cmp): PyObj {
  if (!isDelta(b)) return NotImplemented;
  const x = deltaToUs(D(a));
  const y = deltaToUs(b);
  return cmpResult(x < y ? -1 : x > y ? 1 : 0, op);
}

function trueDivide(s: PyObj, o: PyObj): PyObj {
  const us = deltaToUs(D(s));
  if (isDelta(o)) {
    const d = deltaToUs(o);
    if (d === 0n) throw newExc(ZeroDivisionError, "division by zero");
    return new PyFloat(intTrueDiv(norm(us), norm(d)));
  }
  const i = intOperand(o);
  if (i !== null) return usToDelta(divideNearest(us, i));
  if (o instanceof PyFloat) {
    const [n, d] = ratioOf(o);
    return usToDelta(divideNearest(us * d, n));
  }
  return NotImplemented;
}
function floorDivide(s: PyObj, o: PyObj): PyObj {
  const us = deltaToUs(D(s));
  if (isDelta(o)) return norm(floorDiv(us, deltaToUs(o)));
  const i = intOperand(o);
  if (i !== null) return usToDelta(floorDiv(us, i));
  return NotImplemented;
}
const remainder = (s: PyObj, o: PyObj): PyObj => (isDelta(o) ? usToDelta(floorMod(deltaToUs(D(s)), deltaToUs(o))) : NotImplemented);
function divMod(s: PyObj, o: PyObj): PyObj {
  if (!isDelta(o)) return NotImplemented;
  const a = deltaToUs(D(s));
  const b = deltaToUs(o);
  const q = floorDiv(a, b);
  return tuple([norm(q), usToDelta(a - q * b)]);
}

defMethods(TimedeltaType, [
  ["__new__", (cls, args, kw) => deltaNew(cls as PyType, args, kw)],
  ["__repr__", (s) => deltaRepr(D(s)), 0, 0],
  ["__str__", (s) => deltaStr(D(s)), 0, 0],
  ["__hash__", (s) => norm(hash(tuple([D(s).days, D(s).seconds, D(s).us]))), 0, 0],
  ["__bool__", (s) => D(s).days !== 0 || D(s).seconds !== 0 || D(s).us !== 0, 0, 0],
  ["__reduce__", (s) => tuple([typeOf(s), tuple([D(s).days, D(s).seconds, D(s).us])]), 0, 0],
  ["total_seconds", (s) => new PyFloat(intTrueDiv(norm(deltaToUs(D(s))), 1000000)), 0, 0],
  ["__add__", (s, [o]) => (isDelta(o) ? usToDelta(deltaToUs(D(s)) + deltaToUs(o)) : NotImplemented), 1, 1],
  ["__radd__", (s, [o]) => (isDelta(o) ? usToDelta(deltaToUs(o) + deltaToUs(D(s))) : NotImplemented), 1, 1],
  ["__sub__", (s, [o]) => (isDelta(o) ? usToDelta(deltaToUs(D(s)) - deltaToUs(o)) : NotImplemented), 1, 1],
  ["__rsub__", (s, [o]) => (isDelta(o) ? usToDelta(deltaToUs(o) - deltaToUs(D(s))) : NotImplemented), 1, 1],
  ["__mul__", (s, [o]) => mul(D(s), o), 1, 1],
  ["__rmul__", (s, [o]) => mul(D(s), o), 1, 1],
  ["__truediv__", (s, [o]) => trueDivide(s, o), 1, 1],
  ["__floordiv__", (s, [o]) => floorDivide(s, o), 1, 1],
  ["__mod__", (s, [o]) => remainder(s, o), 1, 1],
  ["__divmod__", (s, [o]) => divMod(s, o), 1, 1],
  // the reflected wrappers of these slots: CPython's slot function with the operands swapped, which
  // takes only a timedelta on the left (`td.__rtruediv__(x)` is `x / td` for a timedelta x)
  ["__rtruediv__", (s, [o]) => (isDelta(o) ? trueDivide(o, s) : NotImplemented), 1, 1],
  ["__rfloordiv__", (s, [o]) => (isDelta(o) ? floorDivide(o, s) : NotImplemented), 1, 1],
  ["__rmod__", (s, [o]) => (isDelta(o) ? remainder(o, s) : NotImplemented), 1, 1],
  ["__rdivmod__", (s, [o]) => (isDelta(o) ? divMod(o, s) : NotImplemented), 1, 1],
  ["__neg__", (s) => usToDelta(-deltaToUs(D(s))), 0, 0],
  ["__pos__", (s) => newDelta(D(s).days, D(s).seconds, D(s).us), 0, 0],
  ["__abs__", (s) => (D(s).days < 0 ? usToDelta(-deltaToUs(D(s))) : newDelta(D(s).days, D(s).seconds, D(s).us)), 0, 0],
  ["__eq__", (s, [o]) => compare(s, o, Cmp.EQ), 1, 1],
  ["__ne__", (s, [o]) => compare(s, o, Cmp.NE), 1, 1],
  ["__lt__", (s, [o]) => compare(s, o, Cmp.LT), 1, 1],
  ["__le__", (s, [o]) => compare(s, o, Cmp.LE), 1, 1],
  ["__gt__", (s, [o]) => compare(s, o, Cmp.GT), 1, 1],
  ["__ge__", (s, [o]) => compare(s, o, Cmp.GE), 1, 1],
]);
defGetters(TimedeltaType, [
  ["days", (s) => D(s).days],
  ["seconds", (s) => D(s).seconds],
  ["microseconds", (s) => D(s).us],
]);
// (PyMemberDefs in _datetime, READONLY: member descriptors, "readonly attribute")
asMembers(TimedeltaType, ["days", "seconds", "microseconds"]);
TimedeltaType.ns.set("min", newDelta(-MAX_DELTA_DAYS, 0, 0));
TimedeltaType.ns.set("max", newDelta(MAX_DELTA_DAYS, 86399, 999999));
TimedeltaType.ns.set("resolution", newDelta(0, 0, 1));
