// The _datetime module's object layouts and type objects (Modules/_datetimemodule.c, 3.10), shared
// by the method tables of timedelta.ts, date.ts, timeofday.ts, datetime.ts and tz.ts. Type names
// carry the module ("datetime.date") as C's tp_name does: messages and reprs show them, and
// __name__ is the part after the dot. Calendar arithmetic comes from the time module (one place).
import {
  type PyObj, PyObject, PyType, PyTuple, None, TypeType, ObjectType, TupleType, typeOf, typeError, valueError,
  newExc, OverflowError, isInstance, ownNew, asArgInt,
} from "../../objects/index.ts";
import { civilFromDays, daysFromCivil, isLeap } from "../time.ts";
import { inModule } from "../util.ts";

export const MINYEAR = 1;
export const MAXYEAR = 9999;
export const MAX_DELTA_DAYS = 999999999;
/** Days from 0001-01-01 (ordinal 1) to 1970-01-01, less one. */
const EPOCH_ORDINAL_OFFSET = 719163;
export const MAXORDINAL = 3652059;

// ---- objects ------------------------------------------------------------------------------------

export class PyTimedelta extends PyObject {
  days = 0;
  seconds = 0;
  us = 0;
}
export class PyDate extends PyObject {
  year = 1;
  month = 1;
  day = 1;
}
export class PyDateTime extends PyDate {
  hour = 0;
  minute = 0;
  second = 0;
  us = 0;
  tzinfo: PyObj = None;
  fold = 0;
}
export class PyTime extends PyObject {
  hour = 0;
  minute = 0;
  second = 0;
  us = 0;
  tzinfo: PyObj = None;
  fold = 0;
}
export class PyTimezone extends PyObject {
  offset!: PyTimedelta;
  name: PyObj = None;
}

const mk = (name: string, base: PyType, factory: ((cls: PyType) => PyObject) | null): PyType => {
  const t = inModule(new PyType(TypeType, "datetime." + name, [base], factory), "datetime");
  t.qualname = name;
  return t;
};
export const TimedeltaType = mk("timedelta", ObjectType, (cls) => new PyTimedelta(cls));
export const DateType = mk("date", ObjectType, (cls) => new PyDate(cls));
export const DateTimeType = mk("datetime", DateType, (cls) => new PyDateTime(cls));
export const TimeType = mk("time", ObjectType, (cls) => new PyTime(cls));
export const TzinfoType = mk("tzinfo", ObjectType, null);
ownNew(TzinfoType);
export const TimezoneType = mk("timezone", TzinfoType, (cls) => new PyTimezone(cls));
TimezoneType.baseAllowed = false;
export const IsoCalendarDateType = mk("IsoCalendarDate", TupleType, (cls) => new PyTuple([], cls));

export const isDelta = (x: PyObj): x is PyTimedelta => x instanceof PyTimedelta;
export const isDate = (x: PyObj): x is PyDate => x instanceof PyDate;
export const isDateTime = (x: PyObj): x is PyDateTime => x instanceof PyDateTime;
export const isTime = (x: PyObj): x is PyTime => x instanceof PyTime;
export const isTzinfo = (x: PyObj): boolean => isInstance(x, TzinfoType);
export const tpName = (x: PyObj): string => typeOf(x).name;

/** A METH_O class method's single argument, with its messages (qual: "date.fromisoformat"). */
export function methO(qual: string, args: PyObj[], kw: readonly string[] | null): PyObj {
  if (kw && kw.length) throw typeError(`${qual}() takes no keyword arguments`);
  if (args.length !== 1) throw typeError(`${qual}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** A METH_NOARGS class method's check (qual: "datetime.utcnow"). */
export function noArgs(qual: string, args: PyObj[], kw: readonly string[] | null): void {
  if (kw && kw.length) throw typeError(`${qual}() takes no keyword arguments`);
  if (args.length !== 0) throw typeError(`${qual}() takes no arguments (${args.length} given)`);
}

// ---- arguments ------------------------------------------------------------------------------------

/**
 * PyArg_ParseTupleAndKeywords without a function name, as date/time/datetime __new__ use it: the
 * counts first, then each parameter in order (converted, or "missing" when required), then names
 * given twice, then unknown keywords. Converted values, undefined where not given.
 */
export function parseCtor(args: PyObj[], kw: readonly string[] | null, names: string[], required: number, maxPos: number,
  conv: (v: PyObj, i: number) => unknown): unknown[] {
  const nkw = kw ? kw.length : 0;
  const npos = args.length - nkw;
  if (args.length > names.length) throw typeError(`function takes at most ${names.length} arguments (${args.length} given)`);
  if (npos > maxPos) throw typeError(`function takes at most ${maxPos} positional arguments (${npos} given)`);
  const byName = (n: string): PyObj | undefined => {
    for (let k = 0; k < nkw; k++) if (kw![k] === n) return args[npos + k];
    return undefined;
  };
  const out: unknown[] = new Array(names.length).fill(undefined);
  for (let i = 0; i < names.length; i++) {
    const v = i < npos ? args[i] : byName(names[i]);
    if (v !== undefined) out[i] = conv(v, i);
    else if (i < required) throw typeError(`function missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  for (let i = 0; i < npos; i++) if (byName(names[i]) !== undefined) throw typeError(`argument for function given by name ('${names[i]}') and position (${i + 1})`);
  for (let k = 0; k < nkw; k++) if (!names.includes(kw![k])) throw typeError(`'${kw![k]}' is an invalid keyword argument for this function`);
  return out;
}

/** The tzinfo argument check: None or a tzinfo instance. */
export function checkTzinfo(tz: PyObj): PyObj {
  if (tz !== None && !isTzinfo(tz)) throw typeError(`tzinfo argument must be None or of a tzinfo subclass, not type '${tpName(tz)}'`);
  return tz;
}

// ---- calendar -------------------------------------------------------------------------------------

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export const daysInMonth = (y: number, m: number): number => (m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m]);
/** The proleptic Gregorian ordinal (0001-01-01 is 1). */
export const ymdToOrd = (y: number, m: number, d: number): number => daysFromCivil(y, m, d) + EPOCH_ORDINAL_OFFSET;
export const ordToYmd = (ord: number): [number, number, number] => civilFromDays(ord - EPOCH_ORDINAL_OFFSET);
/** Monday is 0. */
export const weekday = (y: number, m: number, d: number): number => (ymdToOrd(y, m, d) + 6) % 7;
export const dayOfYear = (y: number, m: number, d: number): number => ymdToOrd(y, m, d) - ymdToOrd(y, 1, 1) + 1;

export function checkDate(y: number, m: number, d: number): void {
  if (y < MINYEAR || y > MAXYEAR) throw valueError(`year ${y} is out of range`);
  if (m < 1 || m > 12) throw valueError("month must be in 1..12");
  if (d < 1 || d > daysInMonth(y, m)) throw valueError("day is out of range for month");
}
export function checkTime(h: number, mi: number, s: number, us: number, fold: number): void {
  if (h < 0 || h > 23) throw valueError("hour must be in 0..23");
  if (mi < 0 || mi > 59) throw valueError("minute must be in 0..59");
  if (s < 0 || s > 59) throw valueError("second must be in 0..59");
  if (us < 0 || us > 999999) throw valueError("microsecond must be in 0..999999");
  if (fold !== 0 && fold !== 1) throw valueError("fold must be either 0 or 1");
}

/** The Monday of ISO week 1 of a year, as an ordinal. */
export function isoWeek1Monday(year: number): number {
  const first = ymdToOrd(year, 1, 1);
  const wd = (first + 6) % 7;
  return first - wd + (wd > 3 ? 7 : 0);
}
export function isoCalendar(y: number, m: number, d: number): [number, number, number] {
  let year = y;
  let monday = isoWeek1Monday(year);
  const today = ymdToOrd(y, m, d);
  let week = Math.floor((today - monday) / 7);
  let day = today - monday - week * 7;
  if (week < 0) {
    year--;
    monday = isoWeek1Monday(year);
    week = Math.floor((today - monday) / 7);
    day = today - monday - week * 7;
  } else if (week >= 52 && today >= isoWeek1Monday(year + 1)) {
    year++;
    week = 0;
  }
  return [year, week + 1, day + 1];
}

// ---- constructors of exact instances ----------------------------------------------------------------

export function newDelta(days: number, seconds: number, us: number, cls: PyType = TimedeltaType): PyTimedelta {
  if (Math.abs(days) > MAX_DELTA_DAYS) throw newExc(OverflowError, `days=${days}; must have magnitude <= ${MAX_DELTA_DAYS}`);
  const t = new PyTimedelta(cls);
  t.days = days;
  t.seconds = seconds;
  t.us = us;
  return t;
}
const US_PER_DAY = 86400000000n;
export const deltaToUs = (t: PyTimedelta): bigint => BigInt(t.days) * US_PER_DAY + BigInt(t.seconds * 1000000 + t.us);
/** microseconds_to_delta_ex: normalizes a microsecond count (days may not fit a C int). */
export function usToDelta(us: bigint, cls: PyType = TimedeltaType): PyTimedelta {
  let days = us / US_PER_DAY;
  let rest = us % US_PER_DAY;
  if (rest < 0n) {
    rest += US_PER_DAY;
    days -= 1n;
  }
  if (days > 2147483647n || days < -2147483648n) throw newExc(OverflowError, "Python int too large to convert to C int");
  const r = Number(rest);
  return newDelta(Number(days), Math.floor(r / 1000000), r % 1000000, cls);
}

export function newDate(y: number, m: number, d: number): PyDate {
  const o = new PyDate(DateType);
  o.year = y;
  o.month = m;
  o.day = d;
  return o;
}
export function newDateTime(y: number, m: number, d: number, h: number, mi: number, s: number, us: number, tz: PyObj, fold: number, cls: PyType = DateTimeType): PyDateTime {
  const o = new PyDateTime(cls);
  o.year = y;
  o.month = m;
  o.day = d;
  o.hour = h;
  o.minute = mi;
  o.second = s;
  o.us = us;
  o.tzinfo = tz;
  o.fold = fold;
  return o;
}
export function newTime(h: number, mi: number, s: number, us: number, tz: PyObj, fold: number, cls: PyType = TimeType): PyTime {
  const o = new PyTime(cls);
  o.hour = h;
  o.minute = mi;
  o.second = s;
  o.us = us;
  o.tzinfo = tz;
  o.fold = fold;
  return o;
}
