// datetime.time (_datetimemodule.c): construction (also from a pickle state), isoformat and
// fromisoformat, strftime over the 1900-01-01 timetuple, replace, comparison and hashing with the
// utcoffset of its tzinfo (called with None), pickling with fold for protocol 4.
import {
  type PyObj, PyType, PyBytesObj, None, NotImplemented, tuple, typeOf, asStr, asInt, callMethod, str, repr, hash, typeError, defMethods,
  defClassMethods, defGetters, bindArgs, norm, Cmp, cmpResult, newInstance, argTypeName,
  asArgInt,
} from "../../objects/index.ts";
import { hashBytes } from "../../support/hash.ts";
import { StructTimeType, PyStructTime } from "../time.ts";
import { PyTime, TimeType, isTime, isTzinfo, tpName, methO, checkTime, checkTzinfo, parseCtor, newTime, newDelta, deltaToUs, usToDelta } from "./types.ts";
import { callOffset, callTzname, formatOffset, newTimezone, UTC } from "./tz.ts";
import { strftime, isoTime, parseIsoTime, isoArg, invalidIso } from "./format.ts";

const TM = (x: PyObj) => x as PyTime;

/** A timezone from fromisoformat's offset fields (utc for a zero offset). */
export function isoTz(tz: [number, number] | null): PyObj {
  if (tz === null) return None;
  if (tz[0] === 0 && tz[1] === 0) return UTC;
  return newTimezone(usToDelta(BigInt(tz[0]) * 1000000n + BigInt(tz[1])), None);
}

function fromState(cls: PyType, state: PyObj, tz: PyObj | undefined): PyObj | null {
  let b: Uint8Array | null = null;
  if (state instanceof PyBytesObj) b = state.bytes;
  else {
    const s = asStr(state);
    if (s !== null && /^[\0-\xff]*$/.test(s)) b = Uint8Array.from(s, (c) => c.charCodeAt(0));
  }
  if (b === null || b.length !== 6 || (b[0] & 0x7f) >= 24) return null;
  if (tz !== undefined && tz !== None && !isTzinfo(tz)) throw typeError("bad tzinfo state arg");
  const o = newInstance(cls) as PyTime;
  o.hour = b[0] & 0x7f;
  o.fold = b[0] >> 7;
  o.minute = b[1];
  o.second = b[2];
  o.us = (b[3] << 16) | (b[4] << 8) | b[5];
  o.tzinfo = tz ?? None;
  return o;
}

function timeState(t: PyTime, proto: number): PyObj {
  const h = t.hour | (t.fold && proto > 3 ? 0x80 : 0);
  const b = new PyBytesObj(Uint8Array.of(h, t.minute, t.second, t.us >> 16, (t.us >> 8) & 255, t.us & 255));
  return t.tzinfo === None ? tuple([b]) : tuple([b, t.tzinfo]);
}

/** The time's utcoffset (its tzinfo called with None). */
const offsetOf = (t: PyTime) => callOffset("utcoffset", t.tzinfo, None);

function compare(a: PyObj, b: PyObj, op: Cmp): PyObj {
  if (!isTime(b)) return NotImplemented;
  const x = TM(a);
  const fields = () => x.hour - b.hour || x.minute - b.minute || x.second - b.second || x.us - b.us;
  if (x.tzinfo === b.tzinfo) return cmpResult(fields(), op);
  const o1 = offsetOf(x);
  const o2 = offsetOf(b);
  if ((o1 === null && o2 === null) || (o1 !== null && o2 !== null && deltaToUs(o1) === deltaToUs(o2))) return cmpResult(fields(), op);
  if (o1 !== null && o2 !== null) {
    const u1 = BigInt((x.hour * 3600 + x.minute * 60 + x.second) * 1000000 + x.us) - deltaToUs(o1);
    const u2 = BigInt((b.hour * 3600 + b.minute * 60 + b.second) * 1000000 + b.us) - deltaToUs(o2);
    return cmpResult(u1 < u2 ? -1 : u1 > u2 ? 1 : 0, op);
  }
  if (op === Cmp.EQ) return false;
  if (op === Cmp.NE) return true;
  throw typeError("can't compare offset-naive and offset-aware times");
}

const TIME_KW = ["hour", "minute", "second", "microsecond", "tzinfo", "fold"];

defMethods(TimeType, [
  ["__new__", (cls, args, kw) => {
    if ((args.length === 1 || args.length === 2) && !(kw && kw.length)) {
      const r = fromState(cls as PyType, args[0], args[1]);
      if (r) return r;
    }
    const v = parseCtor(args, kw, TIME_KW, 0, 5, (x, i) => (i === 4 ? x : asArgInt(x)));
    const [h, mi, s, us] = v.slice(0, 4).map((x) => (x === undefined ? 0 : (x as number)));
    const fold = v[5] === undefined ? 0 : (v[5] as number);
    const tz = checkTzinfo((v[4] as PyObj | undefined) ?? None);
    checkTime(h, mi, s, us, fold);
    const o = newInstance(cls as PyType) as PyTime;
    Object.assign(o, { hour: h, minute: mi, second: s, us, tzinfo: tz, fold });
    return o;
  }],
  ["__repr__", (s) => {
    const t = TM(s);
    let r = `${typeOf(s).name}(${t.hour}, ${t.minute}`;
    if (t.us) r += `, ${t.second}, ${t.us}`;
    else if (t.second) r += `, ${t.second}`;
    if (t.tzinfo !== None) r += `, tzinfo=${repr(t.tzinfo)}`;
    if (t.fold) r += ", fold=1";
    return r + ")";
  }, 0, 0],
  ["__str__", (s) => callMethod(s, "isoformat", []), 0, 0],
  ["isoformat", (s, args, kw) => {
    const [ts] = bindArgs("isoformat", args, kw, ["timespec"], 0);
    const spec = ts === undefined ? "auto" : asStr(ts);
    if (spec === null) throw typeError(`isoformat() argument 1 must be str, not ${argTypeName(ts!)}`);
    const t = TM(s);
    return isoTime(t.hour, t.minute, t.second, t.us, spec) + formatOffset(offsetOf(t), ":");
  }],
  ["__format__", (s, [f]) => {
    const fmt = asStr(f);
    if (fmt === null) throw typeError(`__format__() argument 1 must be str, not ${argTypeName(f)}`);
    return fmt === "" ? str(s) : callMethod(s, "strftime", [fmt]);
  }, 1, 1],
  ["strftime", (s, args, kw) => {
    const [f] = bindArgs("strftime", args, kw, ["format"], 1);
    const fmt = asStr(f!);
    if (fmt === null) throw typeError(`strftime() argument 1 must be str, not ${argTypeName(f!)}`);
    const t = TM(s);
    const tt = new PyStructTime([1900, 1, 1, t.hour, t.minute, t.second, 0, 1, -1], StructTimeType);
    return strftime(fmt, { year: 1900, month: 1, day: 1, hour: t.hour, minute: t.minute, second: t.second, us: t.us, tzinfo: t.tzinfo }, None, tt);
  }],
  ["utcoffset", (s) => offsetOf(TM(s)) ?? None, 0, 0],
  ["dst", (s) => callOffset("dst", TM(s).tzinfo, None) ?? None, 0, 0],
  ["tzname", (s) => callTzname(TM(s).tzinfo, None), 0, 0],
  ["replace", (s, args, kw) => {
    const t = TM(s);
    const v = bindArgs("replace", args, kw, TIME_KW, 0, 0, 5);
    const [h, mi, sec, us] = [t.hour, t.minute, t.second, t.us].map((d, i) => (v[i] === undefined ? d : asArgInt(v[i]!)));
    const tz = v[4] === undefined ? t.tzinfo : checkTzinfo(v[4]);
    const fold = v[5] === undefined ? t.fold : asArgInt(v[5]);
    checkTime(h, mi, sec, us, fold);
    const o = newInstance(typeOf(s)) as PyTime;
    Object.assign(o, { hour: h, minute: mi, second: sec, us, tzinfo: tz, fold });
    return o;
  }],
  ["__reduce_ex__", (s, [p]) => tuple([typeOf(s), timeState(TM(s), Number(asInt(p) ?? 0))]), 1, 1],
  ["__reduce__", (s) => tuple([typeOf(s), timeState(TM(s), 2)]), 0, 0],
  ["__hash__", (s) => {
    const t = TM(s);
    const self0 = t.fold ? newTime(t.hour, t.minute, t.second, t.us, t.tzinfo, 0) : t;
    const off = offsetOf(self0);
    if (off === null) return norm(hashBytes(Uint8Array.of(t.hour, t.minute, t.second, t.us >> 16, (t.us >> 8) & 255, t.us & 255)));
    const us = BigInt((t.hour * 3600 + t.minute * 60 + t.second) * 1000000 + t.us) - deltaToUs(off);
    return norm(hash(usToDelta(us)));
  }, 0, 0],
  ["__eq__", (s, [o]) => compare(s, o, Cmp.EQ), 1, 1],
  ["__ne__", (s, [o]) => compare(s, o, Cmp.NE), 1, 1],
  ["__lt__", (s, [o]) => compare(s, o, Cmp.LT), 1, 1],
  ["__le__", (s, [o]) => compare(s, o, Cmp.LE), 1, 1],
  ["__gt__", (s, [o]) => compare(s, o, Cmp.GT), 1, 1],
  ["__ge__", (s, [o]) => compare(s, o, Cmp.GE), 1, 1],
]);
defClassMethods(TimeType, [
  ["fromisoformat", (cls, args, kw) => {
    const [s, b] = isoArg(methO("time.fromisoformat", args, kw));
    const r = parseIsoTime(b, 0, b.length);
    if (r === null) throw invalidIso(s);
    const tz = isoTz(r.tz);
    if (cls === TimeType) {
      checkTime(r.h, r.m, r.s, r.us, 0);
      return newTime(r.h, r.m, r.s, r.us, tz, 0);
    }
    return callMethod(cls, "__call__", [r.h, r.m, r.s, r.us, tz]);
  }],
]);
defGetters(TimeType, [
  ["hour", (s) => TM(s).hour],
  ["minute", (s) => TM(s).minute],
  ["second", (s) => TM(s).second],
  ["microsecond", (s) => TM(s).us],
  ["tzinfo", (s) => TM(s).tzinfo],
  ["fold", (s) => TM(s).fold],
]);
TimeType.ns.set("min", newTime(0, 0, 0, 0, None, 0));
TimeType.ns.set("max", newTime(23, 59, 59, 999999, None, 0));
TimeType.ns.set("resolution", newDelta(0, 0, 1));
