// datetime.date and datetime.IsoCalendarDate (_datetimemodule.c): construction (also from a pickle
// state), ordinals, ISO calendar, formatting, arithmetic with timedelta, comparison, hashing.
// Class methods build subclass instances by calling the subclass, as new_date_subclass_ex does.
import {
  type PyObj, PyType, PyTuple, PyFloat, PyBytesObj, None, NotImplemented, tuple, typeOf, asStr, asInt, call, callMethod, str, repr, typeError,
  valueError, newExc, OverflowError, PyBaseException, defMethods, defClassMethods, defGetters, bindArgs, norm, Cmp, cmpResult, newInstance, TupleType, argTypeName,
  asArgInt,
} from "../../objects/index.ts";
import { hashBytes } from "../../support/hash.ts";
import { interp } from "../../vm/interp.ts";
import { StructTimeType, PyStructTime } from "../time.ts";
import { localSeconds } from "../local-time.ts";
import {
  PyDate, DateType, IsoCalendarDateType, isDate, isDateTime, isDelta, tpName, methO, noArgs, checkDate, newDate, newDelta, ymdToOrd, ordToYmd,
  weekday, isoCalendar, isoWeek1Monday, parseCtor, MAXORDINAL, MAXYEAR, MINYEAR, daysInMonth,
} from "./types.ts";
import { strftime, timetupleItems, isoDate, parseIsoDate, isoArg, invalidIso } from "./format.ts";

const DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The ctime() text (C's "%s %s %2d %02d:%02d:%02d %04d"). */
export function ctimeText(y: number, m: number, d: number, hh: number, mm: number, ss: number): string {
  const p2 = (n: number) => String(n).padStart(2, "0");
  return `${DAY_NAMES[weekday(y, m, d)]} ${MONTH_NAMES[m - 1]} ${String(d).padStart(2, " ")} ${p2(hh)}:${p2(mm)}:${p2(ss)} ${String(y).padStart(4, "0")}`;
}

/** new_date_subclass_ex: an exact date, or cls(y, m, d) for a subclass. */
export function dateOfClass(cls: PyType, y: number, m: number, d: number): PyObj {
  if (cls === DateType) {
    checkDate(y, m, d);
    return newDate(y, m, d);
  }
  return call(cls, [y, m, d]);
}

/** _PyTime_ObjectToTime_t with the given rounding: whole seconds of a timestamp. */
export function timestampSeconds(x: PyObj, floor: boolean): number {
  if (x instanceof PyFloat) {
    const v = x.value;
    if (Number.isNaN(v)) throw valueError("Invalid value NaN (not a number)");
    const r = floor ? Math.floor(v) : v;
    if (!(Math.abs(r) < 9.223372036854776e18)) throw newExc(OverflowError, "timestamp out of range for platform time_t");
    return r;
  }
  const i = asInt(x) ?? asInt(callIndex(x));
  const n = Number(i);
  if (!(Math.abs(n) < 9.223372036854776e18)) throw newExc(OverflowError, "timestamp out of range for platform time_t");
  return n;
}
function callIndex(x: PyObj): PyObj {
  const f = typeOf(x).lookup("__index__");
  if (f === undefined) throw typeError(`'${tpName(x)}' object cannot be interpreted as an integer`);
  return callMethod(x, "__index__", []);
}

/** The UTC calendar fields of whole seconds since the epoch. */
export function gmtimeFields(t: number): [number, number, number, number, number, number] {
  // the C library cannot represent years beyond a 32-bit int
  if (Math.abs(t) > 67767976233316800) throw newExc(OverflowError, "timestamp out of range for platform time_t");
  const days = Math.floor(t / 86400);
  const rem = t - days * 86400;
  const [y, m, d] = ordToYmd(days + 719163);
  return [y, m, d, Math.floor(rem / 3600), Math.floor((rem % 3600) / 60), rem % 60];
}

const DT = (x: PyObj) => x as PyDate;

export function dateHash(y: number, m: number, d: number): bigint {
  return hashBytes(Uint8Array.of(y >> 8, y & 255, m, d));
}

function addDays(date: PyDate, days: number): PyObj {
  const ord = ymdToOrd(date.year, date.month, date.day) + days;
  if (ord < 1 || ord > MAXORDINAL) throw newExc(OverflowError, "date value out of range");
  const [y, m, d] = ordToYmd(ord);
  return dateOfClass(typeOf(date), y, m, d);
}

function dateAdd(a: PyObj, b: PyObj): PyObj {
  if (isDateTime(a) || isDateTime(b)) return NotImplemented;
  if (isDate(a) && isDelta(b)) return addDays(a, b.days);
  if (isDelta(a) && isDate(b)) return addDays(b, a.days);
  return NotImplemented;
}
function dateSub(a: PyObj, b: PyObj): PyObj {
  if (isDateTime(a) || isDateTime(b)) return NotImplemented;
  if (isDate(a)) {
    if (isDate(b)) return newDelta(ymdToOrd(a.year, a.month, a.day) - ymdToOrd(b.year, b.month, b.day), 0, 0);
    if (isDelta(b)) return addDays(a, -b.days);
  }
  return NotImplemented;
}

function compare(a: PyObj, b: PyObj, op: Cmp): PyObj {
  if (!isDate(b)) return NotImplemented;
  const x = DT(a);
  const c = x.year - b.year || x.month - b.month || x.day - b.day;
  return cmpResult(c, op);
}

/** The pickle state: 4 bytes (year high, year low, month, day). */
function fromState(cls: PyType, state: PyObj): PyObj | null {
  let bytes: Uint8Array | null = null;
  if (state instanceof PyBytesObj) bytes = state.bytes;
  else {
    const s = asStr(state);
    if (s !== null && /^[\0-\xff]*$/.test(s)) bytes = Uint8Array.from(s, (c) => c.charCodeAt(0));
  }
  if (bytes === null || bytes.length !== 4 || bytes[2] < 1 || bytes[2] > 12) return null;
  const o = newInstance(cls) as PyDate;
  o.year = bytes[0] * 256 + bytes[1];
  o.month = bytes[2];
  o.day = bytes[3];
  return o;
}

export function dateTimetuple(y: number, m: number, d: number): PyTuple {
  return new PyStructTime(timetupleItems(y, m, d, 0, 0, 0, -1), StructTimeType);
}

defMethods(DateType, [
  ["__new__", (cls, args, kw) => {
    if (args.length === 1 && !(kw && kw.length)) {
      const r = fromState(cls as PyType, args[0]);
      if (r) return r;
    }
    const [y, m, d] = parseCtor(args, kw, ["year", "month", "day"], 3, 3, (v) => asArgInt(v)) as number[];
    checkDate(y, m, d);
    const o = newInstance(cls as PyType) as PyDate;
    o.year = y;
    o.month = m;
    o.day = d;
    return o;
  }],
  ["__repr__", (s) => `${typeOf(s).name}(${DT(s).year}, ${DT(s).month}, ${DT(s).day})`, 0, 0],
  ["__str__", (s) => callMethod(s, "isoformat", []), 0, 0],
  ["isoformat", (s) => isoDate(DT(s).year, DT(s).month, DT(s).day), 0, 0],
  ["__format__", (s, [f]) => {
    const fmt = asStr(f);
    if (fmt === null) throw typeError(`__format__() argument 1 must be str, not ${argTypeName(f)}`);
    return fmt === "" ? str(s) : callMethod(s, "strftime", [fmt]);
  }, 1, 1],
  ["strftime", (s, args, kw) => {
    const [f] = bindArgs("strftime", args, kw, ["format"], 1);
    const fmt = asStr(f!);
    if (fmt === null) throw typeError(`strftime() argument 1 must be str, not ${argTypeName(f!)}`);
    // date_strftime, which datetime inherits: the time tuple of self's own timetuple(), and %f, %z
    // and %Z from self's fields (a date has no time of day and no tzinfo)
    const tt = callMethod(s, "timetuple", []) as PyStructTime;
    if (isDateTime(s)) return strftime(fmt, s, s, tt);
    return strftime(fmt, { year: DT(s).year, month: DT(s).month, day: DT(s).day, hour: 0, minute: 0, second: 0, us: 0, tzinfo: None }, None, tt);
  }],
  ["ctime", (s) => ctimeText(DT(s).year, DT(s).month, DT(s).day, 0, 0, 0), 0, 0],
  ["timetuple", (s) => dateTimetuple(DT(s).year, DT(s).month, DT(s).day), 0, 0],
  ["toordinal", (s) => ymdToOrd(DT(s).year, DT(s).month, DT(s).day), 0, 0],
  ["weekday", (s) => weekday(DT(s).year, DT(s).month, DT(s).day), 0, 0],
  ["isoweekday", (s) => weekday(DT(s).year, DT(s).month, DT(s).day) + 1, 0, 0],
  ["isocalendar", (s) => {
    const r = new PyTuple(isoCalendar(DT(s).year, DT(s).month, DT(s).day), IsoCalendarDateType);
    return r;
  }, 0, 0],
  ["replace", (s, args, kw) => {
    const [y, m, d] = bindArgs("replace", args, kw, ["year", "month", "day"], 0);
    const ny = y === undefined ? DT(s).year : asArgInt(y);
    const nm = m === undefined ? DT(s).month : asArgInt(m);
    const nd = d === undefined ? DT(s).day : asArgInt(d);
    checkDate(ny, nm, nd);
    const o = newInstance(typeOf(s)) as PyDate;
    o.year = ny;
    o.month = nm;
    o.day = nd;
    return o;
  }],
  ["__reduce__", (s) => {
    const d = DT(s);
    return tuple([typeOf(s), tuple([new PyBytesObj(Uint8Array.of(d.year >> 8, d.year & 255, d.month, d.day))])]);
  }, 0, 0],
  ["__hash__", (s) => norm(dateHash(DT(s).year, DT(s).month, DT(s).day)), 0, 0],
  ["__add__", (s, [o]) => dateAdd(s, o), 1, 1],
  ["__radd__", (s, [o]) => dateAdd(o, s), 1, 1],
  ["__sub__", (s, [o]) => dateSub(s, o), 1, 1],
  ["__rsub__", (s, [o]) => dateSub(o, s), 1, 1],
  ["__eq__", (s, [o]) => compare(s, o, Cmp.EQ), 1, 1],
  ["__ne__", (s, [o]) => compare(s, o, Cmp.NE), 1, 1],
  ["__lt__", (s, [o]) => compare(s, o, Cmp.LT), 1, 1],
  ["__le__", (s, [o]) => compare(s, o, Cmp.LE), 1, 1],
  ["__gt__", (s, [o]) => compare(s, o, Cmp.GT), 1, 1],
  ["__ge__", (s, [o]) => compare(s, o, Cmp.GE), 1, 1],
]);
defClassMethods(DateType, [
  ["today", (cls, args, kw) => (noArgs(`${(cls as PyType).qualname}.today`, args, kw), callMethod(cls, "fromtimestamp", [new PyFloat(interp.host.now() / 1000)]))],
  ["fromtimestamp", (cls, args, kw) => {
    const t = methO("date.fromtimestamp", args, kw);
    const [y, m, d] = gmtimeFields(localSeconds(timestampSeconds(t, true)));
    return dateOfClass(cls as PyType, y, m, d);
  }],
  ["fromordinal", (cls, args, kw) => {
    // (PyArg_ParseTuple "i:fromordinal")
    if (kw && kw.length) throw typeError("fromordinal() takes no keyword arguments");
    if (args.length !== 1) throw typeError(`fromordinal() takes exactly 1 argument (${args.length} given)`);
    const o = args[0];
    const ord = asArgInt(o);
    if (ord < 1) throw valueError("ordinal must be >= 1");
    if (ord > MAXORDINAL) throw valueError(`year ${ordToYmd(ord)[0]} is out of range`);
    const [y, m, d] = ordToYmd(ord);
    return dateOfClass(cls as PyType, y, m, d);
  }],
  ["fromisoformat", (cls, args, kw) => {
    const [s, b] = isoArg(methO("date.fromisoformat", args, kw));
    const r = b.length === 10 ? parseIsoDate(b) : null;
    if (r === null) throw invalidIso(s);
    return dateOfClass(cls as PyType, r[0], r[1], r[2]);
  }],
  ["fromisocalendar", (cls, args, kw) => {
    const given = bindArgs("fromisocalendar", args, kw, ["year", "week", "day"], 3);
    let yv: number, wv: number, dv: number;
    try {
      [yv, wv, dv] = given.map((v) => asArgInt(v!));
    } catch (e) {
      // "iii" parsing: a component past a C int is out of range, not an overflow
      if (e instanceof PyBaseException && e.cls.isSubtype(OverflowError)) throw valueError("ISO calendar component out of range");
      throw e;
    }
    if (yv < MINYEAR || yv > MAXYEAR) throw valueError(`Year is out of range: ${yv}`);
    if (wv <= 0 || wv >= 53) {
      let ok = false;
      if (wv === 53) {
        // only years starting on a Thursday, or leap years starting on a Wednesday, have week 53
        const first = weekday(yv, 1, 1);
        ok = first === 3 || (first === 2 && daysInMonth(yv, 2) === 29);
      }
      if (!ok) throw valueError(`Invalid week: ${wv}`);
    }
    if (dv <= 0 || dv >= 8) throw valueError(`Invalid day: ${dv} (range is [1, 7])`);
    const ord = isoWeek1Monday(yv) + (wv - 1) * 7 + dv - 1;
    const [y, m, d] = ordToYmd(ord);
    return dateOfClass(cls as PyType, y, m, d);
  }],
]);
defGetters(DateType, [
  ["year", (s) => DT(s).year],
  ["month", (s) => DT(s).month],
  ["day", (s) => DT(s).day],
]);
DateType.ns.set("min", newDate(1, 1, 1));
DateType.ns.set("max", newDate(9999, 12, 31));
DateType.ns.set("resolution", newDelta(1, 0, 0));

// ---- IsoCalendarDate: a tuple with named fields ----------------------------------------------------------

const IT = (x: PyObj) => (x as PyTuple).items;
defMethods(IsoCalendarDateType, [
  ["__new__", (cls, args, kw) => {
    const v = bindArgs("IsoCalendarDate", args, kw, ["year", "week", "weekday"], 3);
    return new PyTuple(v as PyObj[], cls as PyType);
  }],
  ["__repr__", (s) => `${typeOf(s).name}(year=${repr(IT(s)[0])}, week=${repr(IT(s)[1])}, weekday=${repr(IT(s)[2])})`, 0, 0],
  ["__reduce__", (s) => tuple([TupleType, tuple([tuple(IT(s).slice())])]), 0, 0],
]);
defGetters(IsoCalendarDateType, [
  ["year", (s) => IT(s)[0]],
  ["week", (s) => IT(s)[1]],
  ["weekday", (s) => IT(s)[2]],
]);
