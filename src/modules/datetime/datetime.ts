// datetime.datetime (_datetimemodule.c): a date with a time of day, tzinfo and fold. Arithmetic
// works on the microsecond count since 0001-01-01; aware values compare and subtract through their
// utcoffset(); timestamps are rounded half to even to microseconds; local time is the time module's
// (local-time.ts).
import {
  type PyObj, PyType, PyBytesObj, PyFloat, None, NotImplemented, tuple, typeOf, asStr, asInt, call, callMethod, getattr, repr, hash,
  typeError, valueError, newExc, OverflowError, defMethods, defClassMethods, defGetters, bindArgs, norm, Cmp, cmpResult, newInstance, intTrueDiv, argTypeName,
  asArgInt,
} from "../../objects/index.ts";
import { hashBytes } from "../../support/hash.ts";
import { interp } from "../../vm/interp.ts";
import { StructTimeType, PyStructTime } from "../time.ts";
import { localSeconds, localZoneAt } from "../local-time.ts";
import {
  PyDateTime, PyDate, PyTime, PyTimedelta, DateTimeType, DateType, isDate, isDateTime, isDelta, isTime, tpName, methO, noArgs, checkDate, checkTime,
  checkTzinfo, parseCtor, newDateTime, newTime, newDelta, deltaToUs, usToDelta, ymdToOrd, ordToYmd, isTzinfo,
} from "./types.ts";
import { callOffset, callTzname, formatOffset, newTimezone } from "./tz.ts";
import { timetupleItems, isoDate, isoTime, parseIsoDate, parseIsoTime, isoArg, invalidIso } from "./format.ts";
import { ctimeText, gmtimeFields, timestampSeconds } from "./date.ts";
import { isoTz } from "./timeofday.ts";
import { cRound } from "./timedelta.ts";

const X = (x: PyObj) => x as PyDateTime;
const US_PER_DAY = 86400000000n;
const DT_KW = ["year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"];

/** new_datetime_subclass_fold_ex: an exact datetime, or cls(...) (with fold=1 by keyword) for a subclass. */
export function datetimeOfClass(cls: PyType, y: number, m: number, d: number, h: number, mi: number, s: number, us: number, tz: PyObj, fold: number): PyObj {
  if (cls === DateTimeType) {
    checkDate(y, m, d);
    checkTime(h, mi, s, us, fold);
    return newDateTime(y, m, d, h, mi, s, us, checkTzinfo(tz), fold);
  }
  return fold ? call(cls, [y, m, d, h, mi, s, us, tz, 1], ["fold"]) : call(cls, [y, m, d, h, mi, s, us, tz]);
}

/** Microseconds since 0001-01-01T00:00 of the naive fields. */
const totalUs = (x: PyDateTime): bigint =>
  BigInt(ymdToOrd(x.year, x.month, x.day)) * US_PER_DAY + BigInt((x.hour * 3600 + x.minute * 60 + x.second) * 1000000 + x.us);

function fieldsOfUs(us: bigint): [number, number, number, number, number, number, number] {
  let days = us / US_PER_DAY;
  let rest = us % US_PER_DAY;
  if (rest < 0n) {
    rest += US_PER_DAY;
    days -= 1n;
  }
  if (days < 1n || days > 3652059n) throw newExc(OverflowError, "date value out of range");
  const [y, m, d] = ordToYmd(Number(days));
  const r = Number(rest);
  const secs = Math.floor(r / 1000000);
  return [y, m, d, Math.floor(secs / 3600), Math.floor((secs % 3600) / 60), secs % 60, r % 1000000];
}

function addDelta(x: PyDateTime, delta: PyTimedelta, sign: 1 | -1): PyObj {
  const f = fieldsOfUs(totalUs(x) + (sign === 1 ? deltaToUs(delta) : -deltaToUs(delta)));
  return datetimeOfClass(typeOf(x), ...f, x.tzinfo, 0);
}

const utcoffset = (x: PyDateTime): PyTimedelta | null => callOffset("utcoffset", x.tzinfo, x);

function subtract(a: PyObj, b: PyObj): PyObj {
  if (!isDateTime(a)) return NotImplemented;
  if (isDelta(b)) return addDelta(a, b, -1);
  if (!isDateTime(b)) return NotImplemented;
  let off1: PyTimedelta | null = null;
  let off2: PyTimedelta | null = null;
  if (a.tzinfo !== b.tzinfo) {
    off1 = utcoffset(a);
    off2 = utcoffset(b);
    if ((off1 === null) !== (off2 === null)) throw typeError("can't subtract offset-naive and offset-aware datetimes");
  }
  let us = totalUs(a) - totalUs(b);
  if (off1 !== null && off2 !== null) us -= deltaToUs(off1) - deltaToUs(off2);
  return usToDelta(us);
}

function add(a: PyObj, b: PyObj): PyObj {
  if (isDateTime(a) && isDelta(b)) return addDelta(a, b, 1);
  if (isDelta(a) && isDateTime(b)) return addDelta(b, a, 1);
  return NotImplemented;
}

/** pep495_eq_exception's test: does the utcoffset change when fold is flipped? */
function foldMatters(x: PyDateTime, off: PyTimedelta | null): boolean {
  const flipped = newInstance(typeOf(x)) as PyDateTime;
  Object.assign(flipped, { year: x.year, month: x.month, day: x.day, hour: x.hour, minute: x.minute, second: x.second, us: x.us, tzinfo: x.tzinfo, fold: 1 - x.fold });
  const f = utcoffset(flipped);
  if (f === null || off === null) return f !== off;
  return deltaToUs(f) !== deltaToUs(off);
}

function compare(a: PyObj, b: PyObj, op: Cmp): PyObj {
  const x = X(a);
  if (!isDateTime(b)) {
    if (isDate(b)) {
      if (op === Cmp.EQ) return false;
      if (op === Cmp.NE) return true;
      throw typeError(`can't compare ${tpName(a)} to ${tpName(b)}`);
    }
    return NotImplemented;
  }
  if (x.tzinfo === b.tzinfo) {
    const u1 = totalUs(x);
    const u2 = totalUs(b);
    return cmpResult(u1 < u2 ? -1 : u1 > u2 ? 1 : 0, op);
  }
  const o1 = utcoffset(x);
  const o2 = utcoffset(b);
  let diff: bigint | null = null;
  if ((o1 === null && o2 === null) || (o1 !== null && o2 !== null && deltaToUs(o1) === deltaToUs(o2))) diff = totalUs(x) - totalUs(b);
  else if (o1 !== null && o2 !== null) diff = totalUs(x) - deltaToUs(o1) - (totalUs(b) - deltaToUs(o2));
  if (diff !== null) {
    // PEP 495: equal instants are unequal when either side's offset depends on fold
    if ((op === Cmp.EQ || op === Cmp.NE) && diff === 0n && (foldMatters(x, o1) || foldMatters(b, o2))) diff = 1n;
    return cmpResult(diff < 0n ? -1 : diff > 0n ? 1 : 0, op);
  }
  if (op === Cmp.EQ) return false;
  if (op === Cmp.NE) return true;
  throw typeError("can't compare offset-naive and offset-aware datetimes");
}

function stateBytes(x: PyDateTime, proto: number): PyBytesObj {
  return new PyBytesObj(Uint8Array.of(x.year >> 8, x.year & 255, x.month | (x.fold && proto > 3 ? 0x80 : 0), x.day, x.hour, x.minute, x.second,
    x.us >> 16, (x.us >> 8) & 255, x.us & 255));
}
function reduce(s: PyObj, proto: number): PyObj {
  const x = X(s);
  const b = stateBytes(x, proto);
  return tuple([typeOf(s), x.tzinfo === None ? tuple([b]) : tuple([b, x.tzinfo])]);
}

function fromState(cls: PyType, state: PyObj, tz: PyObj | undefined): PyObj | null {
  let b: Uint8Array | null = null;
  if (state instanceof PyBytesObj) b = state.bytes;
  else {
    const s = asStr(state);
    if (s !== null && /^[\0-\xff]*$/.test(s)) b = Uint8Array.from(s, (c) => c.charCodeAt(0));
  }
  if (b === null || b.length !== 10 || (b[2] & 0x7f) < 1 || (b[2] & 0x7f) > 12) return null;
  if (tz !== undefined && tz !== None && !isTzinfo(tz)) throw typeError("bad tzinfo state arg");
  const o = newInstance(cls) as PyDateTime;
  Object.assign(o, { year: b[0] * 256 + b[1], month: b[2] & 0x7f, fold: b[2] >> 7, day: b[3], hour: b[4], minute: b[5], second: b[6],
    us: (b[7] << 16) | (b[8] << 8) | b[9], tzinfo: tz ?? None });
  return o;
}

/** _PyTime_ObjectToTimeval with ROUND_HALF_EVEN: whole seconds and microseconds. */
function timeval(x: PyObj): [number, number] {
  if (x instanceof PyFloat) {
    const v = x.value;
    if (Number.isNaN(v)) throw valueError("Invalid value NaN (not a number)");
    let ip = Math.trunc(v);
    // _PyTime_Round with ROUND_HALF_EVEN
    let frac = (v - ip) * 1e6;
    const r = cRound(frac);
    frac = Math.abs(frac - r) === 0.5 ? 2 * cRound(frac / 2) : r;
    if (frac >= 1e6) {
      frac -= 1e6;
      ip += 1;
    } else if (frac < 0) {
      frac += 1e6;
      ip -= 1;
    }
    if (!(Math.abs(ip) < 9.223372036854776e18)) throw newExc(OverflowError, "timestamp out of range for platform time_t");
    return [ip, frac];
  }
  return [timestampSeconds(x, true), 0];
}

/**
 * datetime_from_timet_and_us: the UTC fields of `secs`, or its local ones when `local` and no tz
 * is given (fold=1 for the second of two equal local times, as CPython marks it: the offset
 * dropped within the day before and the instant that much earlier reads the same); then
 * tz.fromutc when a tz is given.
 */
function fromTimestamp(cls: PyType, secs: number, us: number, tz: PyObj, local: boolean): PyObj {
  const wall = local && tz === None ? localSeconds(secs) : secs;
  const [y, m, d, hh, mm, ss] = gmtimeFields(wall);
  if (y < 1 || y > 9999) throw valueError(`year ${y} is out of range`);
  let fold = 0;
  if (local && tz === None) {
    const drop = wall - localSeconds(secs - DAY) - DAY;
    if (drop < 0 && !(y === 1 && m === 1 && d === 1) && localSeconds(secs + drop) === wall) fold = 1;
  }
  const r = datetimeOfClass(cls, y, m, d, hh, mm, ss, us, tz, fold);
  return tz === None ? r : callMethod(tz, "fromutc", [r]);
}

const DAY = 86400;

const nowTimeval = (): [number, number] => {
  const us = Math.round(interp.host.now() * 1000);
  return [Math.floor(us / 1e6), us - Math.floor(us / 1e6) * 1e6];
};

/**
 * local_to_seconds: the instant (seconds since the epoch) whose local time is x's naive fields.
 * Two candidates come from the offsets at and around that wall-clock time; where both read back
 * as x (a fold) x.fold picks the later, and where neither does (a gap) the one past the gap for
 * fold=0, the one before it for fold=1. As CPython, the local time a day before (or after, for
 * fold=1) must be representable.
 */
function localToSeconds(x: PyDateTime): number {
  const t = (ymdToOrd(x.year, x.month, x.day) - 719163) * DAY + x.hour * 3600 + x.minute * 60 + x.second;
  const probe = t + (x.fold ? DAY : -DAY);
  const year = ordToYmd(Math.floor(probe / DAY) + 719163)[0];
  if (year < 1 || year > 9999) throw valueError(`year ${year} is out of range`);
  const a = localZoneAt(t).offset;
  const u1 = t - a;
  let b: number;
  if (localSeconds(u1) === t) {
    // one solution: is there another, a day the other way?
    const v = u1 + (x.fold ? DAY : -DAY);
    b = localZoneAt(v).offset;
    if (a === b) return u1;
  } else b = localSeconds(u1) - u1;
  const u2 = t - b;
  if (localSeconds(u2) === t) return u2;
  if (localSeconds(u1) === t) return u1;
  return x.fold ? Math.min(u1, u2) : Math.max(u1, u2);
}

/** The local time zone at instant `secs` as a fixed-offset timezone named as localtime names it. */
function localTimezone(secs: number): PyObj {
  const z = localZoneAt(secs);
  return newTimezone(usToDelta(BigInt(z.offset) * 1000000n), z.abbr);
}

function timetuple(x: PyDateTime, dstflag: number): PyStructTime {
  return new PyStructTime(timetupleItems(x.year, x.month, x.day, x.hour, x.minute, x.second, dstflag), StructTimeType);
}

function checkedCount(fname: string, args: PyObj[], kw: readonly string[] | null, max: number): void {
  const npos = args.length - (kw ? kw.length : 0);
  if (npos > max) throw typeError(`${fname} takes at most ${max} positional arguments (${npos} given)`);
}

defMethods(DateTimeType, [
  ["__new__", (cls, args, kw) => {
    if ((args.length === 1 || args.length === 2) && !(kw && kw.length)) {
      const r = fromState(cls as PyType, args[0], args[1]);
      if (r) return r;
    }
    const v = parseCtor(args, kw, DT_KW, 3, 8, (a, i) => (i === 7 ? a : asArgInt(a)));
    const [y, m, d, h, mi, s, us] = v.slice(0, 7).map((a) => (a === undefined ? 0 : (a as number)));
    const fold = v[8] === undefined ? 0 : (v[8] as number);
    checkDate(y, m, d);
    checkTime(h, mi, s, us, fold);
    const tz = checkTzinfo((v[7] as PyObj | undefined) ?? None);
    const o = newInstance(cls as PyType) as PyDateTime;
    Object.assign(o, { year: y, month: m, day: d, hour: h, minute: mi, second: s, us, tzinfo: tz, fold });
    return o;
  }],
  ["__repr__", (s) => {
    const x = X(s);
    let r = `${typeOf(s).name}(${x.year}, ${x.month}, ${x.day}, ${x.hour}, ${x.minute}`;
    if (x.us) r += `, ${x.second}, ${x.us}`;
    else if (x.second) r += `, ${x.second}`;
    if (x.fold) r += ", fold=1";
    if (x.tzinfo !== None) r += `, tzinfo=${repr(x.tzinfo)}`;
    return r + ")";
  }, 0, 0],
  ["__str__", (s) => callMethod(s, "isoformat", [" "]), 0, 0],
  ["isoformat", (s, args, kw) => {
    const [sp, ts] = bindArgs("isoformat", args, kw, ["sep", "timespec"], 0);
    const sep = sp === undefined ? "T" : asStr(sp);
    if (sep === null || [...sep].length !== 1) throw typeError(`isoformat() argument 1 must be a unicode character, not ${argTypeName(sp!)}`);
    const spec = ts === undefined ? "auto" : asStr(ts);
    if (spec === null) throw typeError(`isoformat() argument 2 must be str, not ${argTypeName(ts!)}`);
    const x = X(s);
    const t = isoTime(x.hour, x.minute, x.second, x.us, spec);
    return isoDate(x.year, x.month, x.day) + sep + t + formatOffset(utcoffset(x), ":");
  }],
  ["ctime", (s) => ctimeText(X(s).year, X(s).month, X(s).day, X(s).hour, X(s).minute, X(s).second), 0, 0],
  ["date", (s) => {
    const o = new PyDate(DateType);
    Object.assign(o, { year: X(s).year, month: X(s).month, day: X(s).day });
    return o;
  }, 0, 0],
  ["time", (s) => newTime(X(s).hour, X(s).minute, X(s).second, X(s).us, None, X(s).fold), 0, 0],
  ["timetz", (s) => newTime(X(s).hour, X(s).minute, X(s).second, X(s).us, X(s).tzinfo, X(s).fold), 0, 0],
  ["utcoffset", (s) => utcoffset(X(s)) ?? None, 0, 0],
  ["dst", (s) => callOffset("dst", X(s).tzinfo, s) ?? None, 0, 0],
  ["tzname", (s) => callTzname(X(s).tzinfo, s), 0, 0],
  ["timetuple", (s) => {
    const x = X(s);
    let flag = -1;
    if (x.tzinfo !== None) {
      const dst = callOffset("dst", x.tzinfo, s);
      if (dst !== null) flag = deltaToUs(dst) !== 0n ? 1 : 0;
    }
    return timetuple(x, flag);
  }, 0, 0],
  ["utctimetuple", (s) => {
    let x = X(s);
    const off = utcoffset(x);
    if (off !== null) {
      const f = fieldsOfUs(totalUs(x) - deltaToUs(off));
      x = newDateTime(...f, None, 0);
    }
    return timetuple(x, 0);
  }, 0, 0],
  ["timestamp", (s) => {
    const x = X(s);
    const off = utcoffset(x);
    if (off !== null) {
      const us = totalUs(x) - deltaToUs(off) - 719163n * US_PER_DAY;
      return new PyFloat(intTrueDiv(norm(us), 1000000));
    }
    return new PyFloat(localToSeconds(x) + x.us / 1e6);
  }, 0, 0],
  ["replace", (s, args, kw) => {
    const x = X(s);
    checkedCount("replace()", args, kw, 8);
    const v = bindArgs("replace", args, kw, DT_KW, 0, 0, 8);
    const cur = [x.year, x.month, x.day, x.hour, x.minute, x.second, x.us];
    const [y, m, d, h, mi, sec, us] = cur.map((c, i) => (v[i] === undefined ? c : asArgInt(v[i]!)));
    const tz = v[7] === undefined ? x.tzinfo : checkTzinfo(v[7]);
    const fold = v[8] === undefined ? x.fold : asArgInt(v[8]);
    checkDate(y, m, d);
    checkTime(h, mi, sec, us, fold);
    const o = newInstance(typeOf(s)) as PyDateTime;
    Object.assign(o, { year: y, month: m, day: d, hour: h, minute: mi, second: sec, us, tzinfo: tz, fold });
    return o;
  }],
  ["astimezone", (s, args, kw) => {
    const [tzArg] = bindArgs("astimezone", args, kw, ["tz"], 0);
    const tz = tzArg ?? None;
    if (tz !== None && !isTzinfo(tz)) throw typeError(`tzinfo argument must be None or of a tzinfo subclass, not type '${tpName(tz)}'`);
    const x = X(s);
    let selfTz = x.tzinfo;
    let off: PyTimedelta | null = null;
    if (selfTz !== None) off = utcoffset(x);
    if (selfTz === None || off === null) {
      selfTz = localTimezone(localToSeconds(x));
      off = utcoffset(newDateTime(x.year, x.month, x.day, x.hour, x.minute, x.second, x.us, selfTz, x.fold))!;
    }
    if (selfTz === tz) return s;
    // self - offset (a subclass instance for a subclass), then the target zone attached in place
    const r = addDelta(x, off, -1);
    const target = tz === None ? localTimezone(Number(totalUs(X(r)) / 1000000n) - 719163 * DAY) : tz;
    if (r instanceof PyDateTime) r.tzinfo = target;
    return callMethod(target, "fromutc", [r]);
  }],
  ["__reduce_ex__", (s, [p]) => reduce(s, Number(asInt(p) ?? 0)), 1, 1],
  ["__reduce__", (s) => reduce(s, 2), 0, 0],
  ["__hash__", (s) => {
    const x = X(s);
    const self0 = x.fold ? newDateTime(x.year, x.month, x.day, x.hour, x.minute, x.second, x.us, x.tzinfo, 0) : x;
    const off = utcoffset(self0);
    if (off === null) return norm(hashBytes(stateBytes(x, 0).bytes));
    return norm(hash(usToDelta(BigInt(ymdToOrd(x.year, x.month, x.day)) * US_PER_DAY + BigInt((x.hour * 3600 + x.minute * 60 + x.second) * 1000000 + x.us) - deltaToUs(off))));
  }, 0, 0],
  ["__add__", (s, [o]) => add(s, o), 1, 1],
  ["__radd__", (s, [o]) => add(o, s), 1, 1],
  ["__sub__", (s, [o]) => subtract(s, o), 1, 1],
  ["__rsub__", (s, [o]) => subtract(o, s), 1, 1],
  ["__eq__", (s, [o]) => compare(s, o, Cmp.EQ), 1, 1],
  ["__ne__", (s, [o]) => compare(s, o, Cmp.NE), 1, 1],
  ["__lt__", (s, [o]) => compare(s, o, Cmp.LT), 1, 1],
  ["__le__", (s, [o]) => compare(s, o, Cmp.LE), 1, 1],
  ["__gt__", (s, [o]) => compare(s, o, Cmp.GT), 1, 1],
  ["__ge__", (s, [o]) => compare(s, o, Cmp.GE), 1, 1],
]);
defClassMethods(DateTimeType, [
  ["now", (cls, args, kw) => {
    const [tz] = bindArgs("now", args, kw, ["tz"], 0);
    const [secs, us] = nowTimeval();
    return fromTimestamp(cls as PyType, secs, us, checkTzinfo(tz ?? None), true);
  }],
  ["utcnow", (cls, args, kw) => {
    noArgs(`${(cls as PyType).qualname}.utcnow`, args, kw);
    const [secs, us] = nowTimeval();
    return fromTimestamp(cls as PyType, secs, us, None, false);
  }],
  ["fromtimestamp", (cls, args, kw) => {
    const [t, tz] = bindArgs("fromtimestamp", args, kw, ["timestamp", "tz"], 1);
    const tzv = checkTzinfo(tz ?? None);
    const [secs, us] = timeval(t!);
    return fromTimestamp(cls as PyType, secs, us, tzv, true);
  }],
  ["utcfromtimestamp", (cls, args, kw) => {
    const [t] = bindArgs("utcfromtimestamp", args, kw, ["timestamp"], 1);
    const [secs, us] = timeval(t!);
    return fromTimestamp(cls as PyType, secs, us, None, false);
  }],
  ["strptime", (cls, args, kw) => {
    if (kw && kw.length) throw typeError("strptime() takes no keyword arguments");
    const [s, f] = bindArgs("strptime", args, kw, ["string", "format"], 2, 2);
    if (asStr(s!) === null) throw typeError(`strptime() argument 1 must be str, not ${argTypeName(s!)}`);
    if (asStr(f!) === null) throw typeError(`strptime() argument 2 must be str, not ${argTypeName(f!)}`);
    const mod = call(interp.builtins.getStr("__import__")!, ["_strptime"]);
    return call(getattr(mod, "_strptime_datetime"), [cls, s!, f!]);
  }],
  ["combine", (cls, args, kw) => {
    const [d, t, tz] = bindArgs("combine", args, kw, ["date", "time", "tzinfo"], 2);
    if (!isDate(d!)) throw typeError(`combine() argument 1 must be datetime.date, not ${argTypeName(d!)}`);
    if (!isTime(t!)) throw typeError(`combine() argument 2 must be datetime.time, not ${argTypeName(t!)}`);
    const tm = t as PyTime;
    return datetimeOfClass(cls as PyType, d.year, d.month, d.day, tm.hour, tm.minute, tm.second, tm.us, tz ?? tm.tzinfo, tm.fold);
  }],
  ["fromisoformat", (cls, args, kw) => {
    const [s, b] = isoArg(methO("datetime.fromisoformat", args, kw), true);
    const date = parseIsoDate(b);
    if (date === null) throw invalidIso(s);
    let t = { h: 0, m: 0, s: 0, us: 0, tz: null as [number, number] | null };
    if (b.length > 10) {
      const c = b[10];
      const skip = (c & 0x80) === 0 ? 11 : (c & 0xf0) === 0xe0 ? 13 : (c & 0xf0) === 0xf0 ? 14 : 12;
      const r = parseIsoTime(b, skip, b.length);
      if (r === null) throw invalidIso(s);
      t = r;
    }
    return datetimeOfClass(cls as PyType, date[0], date[1], date[2], t.h, t.m, t.s, t.us, isoTz(t.tz), 0);
  }],
]);
defGetters(DateTimeType, [
  ["hour", (s) => X(s).hour],
  ["minute", (s) => X(s).minute],
  ["second", (s) => X(s).second],
  ["microsecond", (s) => X(s).us],
  ["tzinfo", (s) => X(s).tzinfo],
  ["fold", (s) => X(s).fold],
]);
DateTimeType.ns.set("min", newDateTime(1, 1, 1, 0, 0, 0, 0, None, 0));
DateTimeType.ns.set("max", newDateTime(9999, 12, 31, 23, 59, 59, 999999, None, 0));
DateTimeType.ns.set("resolution", newDelta(0, 0, 1));
