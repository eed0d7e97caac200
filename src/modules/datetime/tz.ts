// tzinfo (the abstract base) and timezone (fixed offsets, timezone.utc), and the checked calls of
// a tzinfo's utcoffset/dst/tzname that date, time and datetime make (call_utcoffset, call_tzname).
import {
  type PyObj, None, NotImplemented, tuple, typeOf, asStr, call, callMethod, getattrOpt, repr, hash, typeError, valueError, newExc,
  NotImplementedError, defMethods, bindArgs, norm, PyObject, argTypeName, byArity,
} from "../../objects/index.ts";
import {
  PyTimezone, PyDateTime, TimezoneType, TzinfoType, isDelta, isDateTime, tpName, newDelta, deltaToUs, usToDelta, type PyTimedelta,
} from "./types.ts";
import { deltaRepr } from "./timedelta.ts";

// ---- calling a tzinfo ----------------------------------------------------------------------------------

/** call_utcoffset / call_dst: None or a timedelta strictly within a day. */
export function callOffset(which: "utcoffset" | "dst", tz: PyObj, arg: PyObj): PyTimedelta | null {
  if (tz === None) return null;
  const r = callMethod(tz, which, [arg]);
  if (r === None) return null;
  if (!isDelta(r)) throw typeError(`tzinfo.${which}() must return None or timedelta, not '${tpName(r)}'`);
  if (r.days < -1 || r.days >= 1 || (r.days === -1 && r.seconds === 0 && r.us === 0)) {
    throw valueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).");
  }
  return r;
}

/** call_tzname: None or a str. */
export function callTzname(tz: PyObj, arg: PyObj): PyObj {
  if (tz === None) return None;
  const r = callMethod(tz, "tzname", [arg]);
  if (r !== None && asStr(r) === null) throw typeError(`tzinfo.tzname() must return None or a string, not '${tpName(r)}'`);
  return r;
}

/** format_utcoffset: "+HH<sep>MM[<sep>SS[.ffffff]]", or "" for None. */
export function formatOffset(off: PyTimedelta | null, sep: string): string {
  if (off === null) return "";
  let us = deltaToUs(off);
  const sign = us < 0n ? "-" : "+";
  if (us < 0n) us = -us;
  const micro = Number(us % 1000000n);
  let secs = Number(us / 1000000n);
  const h = Math.floor(secs / 3600);
  const m = Math.floor((secs % 3600) / 60);
  secs %= 60;
  const p2 = (n: number) => String(n).padStart(2, "0");
  let s = `${sign}${p2(h)}${sep}${p2(m)}`;
  if (micro) s += `${sep}${p2(secs)}.${String(micro).padStart(6, "0")}`;
  else if (secs) s += `${sep}${p2(secs)}`;
  return s;
}

// ---- tzinfo ----------------------------------------------------------------------------------------------

const mustImplement = (what: string) => () => {
  throw newExc(NotImplementedError, `a tzinfo subclass must implement ${what}()`);
};

/** tzinfo.fromutc: dt + (utcoffset - dst), then dst again (the default algorithm). */
function tzinfoFromutc(self: PyObj, dt: PyObj): PyObj {
  if (!isDateTime(dt)) throw typeError("fromutc: argument must be a datetime");
  if (dt.tzinfo !== self) throw valueError("fromutc: dt.tzinfo is not self");
  const off = callOffset("utcoffset", self, dt);
  if (off === null) throw valueError("fromutc: non-None utcoffset() result required");
  const dst = callOffset("dst", self, dt);
  if (dst === null) throw valueError("fromutc: non-None dst() result required");
  let result = callMethod(dt, "__add__", [usToDelta(deltaToUs(off) - deltaToUs(dst))]);
  const dst2 = callOffset("dst", (result as PyDateTime).tzinfo, result);
  if (dst2 === null) throw valueError("fromutc: tz.dst() gave inconsistent results; cannot convert");
  if (deltaToUs(dst2) !== 0n) result = callMethod(result, "__add__", [dst2]);
  return result;
}

defMethods(TzinfoType, [
  ["tzname", mustImplement("tzname"), 1, 1],
  ["utcoffset", mustImplement("utcoffset"), 1, 1],
  ["dst", mustImplement("dst"), 1, 1],
  byArity("fromutc", (s, dt) => tzinfoFromutc(s, dt)),
  // tzinfo.__reduce__: (type, __getinitargs__() or (), __getstate__() or __dict__ or None)
  ["__reduce__", (s) => {
    const gi = getattrOpt(s, "__getinitargs__");
    const args = gi !== undefined ? call(gi, []) : tuple([]);
    const gs = getattrOpt(s, "__getstate__");
    let state: PyObj = None;
    if (gs !== undefined) state = call(gs, []);
    else {
      const d = (s as PyObject).dict;
      if (d && d.size > 0) state = d;
    }
    return state === None ? tuple([typeOf(s), args]) : tuple([typeOf(s), args, state]);
  }, 0, 0],
]);

// ---- timezone --------------------------------------------------------------------------------------------

export function newTimezone(offset: PyTimedelta, name: PyObj): PyTimezone {
  if (name === None && deltaToUs(offset) === 0n && utc) return utc;
  const us = deltaToUs(offset);
  if (us <= -86400000000n || us >= 86400000000n) {
    throw valueError(`offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not ${repr(offset)}.`);
  }
  const z = new PyTimezone(TimezoneType);
  z.offset = offset;
  z.name = name;
  return z;
}
let utc: PyTimezone | null = null;
utc = newTimezone(newDelta(0, 0, 0), None);
export const UTC = utc;

const TZ = (x: PyObj) => x as PyTimezone;

/** timezone's utcoffset/dst/tzname argument: a datetime or None. */
function dtArg(which: string, dt: PyObj): void {
  if (dt !== None && !isDateTime(dt)) throw typeError(`${which}(dt) argument must be a datetime instance or None, not ${argTypeName(dt)}`);
}

export function timezoneName(z: PyTimezone): PyObj {
  if (z.name !== None) return z.name;
  if (z === utc) return "UTC";
  const off = deltaToUs(z.offset);
  if (off === 0n) return "UTC";
  return "UTC" + formatOffset(z.offset, ":");
}

defMethods(TimezoneType, [
  ["__new__", (_cls, args, kw) => {
    const [offset, name] = bindArgs("timezone", args, kw, ["offset", "name"], 1);
    if (!isDelta(offset!)) throw typeError(`timezone() argument 1 must be datetime.timedelta, not ${argTypeName(offset!)}`);
    if (name !== undefined && asStr(name) === null) throw typeError(`timezone() argument 2 must be str, not ${argTypeName(name)}`);
    return newTimezone(offset, name ?? None);
  }],
  byArity("utcoffset", (s, dt) => (dtArg("utcoffset", dt), TZ(s).offset)),
  ["dst", (_s, [dt]) => (dtArg("dst", dt), None), 1, 1],
  byArity("tzname", (s, dt) => (dtArg("tzname", dt), timezoneName(TZ(s)))),
  byArity("fromutc", (s, dt) => {
    if (!isDateTime(dt)) throw typeError("fromutc: argument must be a datetime");
    if (dt.tzinfo !== s) throw valueError("fromutc: dt.tzinfo is not self");
    return callMethod(dt, "__add__", [TZ(s).offset]);
  }),
  ["__getinitargs__", (s) => (TZ(s).name === None ? tuple([TZ(s).offset]) : tuple([TZ(s).offset, TZ(s).name])), 0, 0],
  ["__eq__", (s, [o]) => (o instanceof PyTimezone ? deltaToUs(TZ(s).offset) === deltaToUs(o.offset) : NotImplemented), 1, 1],
  ["__hash__", (s) => norm(hash(TZ(s).offset)), 0, 0],
  ["__repr__", (s) => {
    const z = TZ(s);
    if (z === utc) return "datetime.timezone.utc";
    const t = typeOf(s).name;
    return z.name === None ? `${t}(${deltaRepr(z.offset)})` : `${t}(${deltaRepr(z.offset)}, ${repr(z.name)})`;
  }, 0, 0],
  ["__str__", (s) => timezoneName(TZ(s)), 0, 0],
]);
TimezoneType.ns.set("utc", utc);
TimezoneType.ns.set("min", newTimezone(newDelta(-1, 60, 0), None));
TimezoneType.ns.set("max", newTimezone(newDelta(0, 86340, 0), None));
