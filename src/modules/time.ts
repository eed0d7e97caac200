// The time module (Modules/timemodule.c, 3.10): clocks from the host (wall time from host.now(),
// the monotonic clocks from performance.now() where it exists), sleep, struct_time, gmtime,
// localtime, mktime, asctime, ctime, strftime (the C library's directives as musl/glibc print
// them in the C locale) and strptime (delegated to the _strptime module, as CPython does). Local
// time is JavaScript's (local-time.ts): the host's zone, or TZ's after tzset().
import {
  type PyObj, PyTuple, PyType, PyFloat, None, TypeType, TupleType, NamespaceType, tuple, typeOf, argTypeName, asInt, asStr, call, getattr, repr, typeError,
  valueError, newExc, OverflowError, defMethods, defGetters, PyGetSetDescr, PyModule, PyDict, toArray, newInstance, noKwargs, arityError,
  asArgInt, OSError,
} from "../objects/index.ts";
import { interp } from "../vm/interp.ts";
import { makeModule, posFn, flt, inModule, pyTimeNs, type Fn } from "./util.ts";
import { localToUtc, localZoneAt, setTimeZone } from "./local-time.ts";
import { structSeqItems } from "./posix/structseq.ts";

// ---- struct_time --------------------------------------------------------------------------------

const FIELDS = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];

/** A struct_time: the nine visible items, plus tm_zone and tm_gmtoff as attributes only. */
export class PyStructTime extends PyTuple {
  zone: PyObj = None;
  gmtoff: PyObj = None;
}
export const StructTimeType = inModule(new PyType(TypeType, "struct_time", [TupleType]), "time");
StructTimeType.baseAllowed = false;
FIELDS.forEach((f, i) => StructTimeType.ns.set(f, new PyGetSetDescr(StructTimeType, f, (s) => (s as PyTuple).items[i])));
defGetters(StructTimeType, [
  ["tm_zone", (s) => (s as PyStructTime).zone],
  ["tm_gmtoff", (s) => (s as PyStructTime).gmtoff],
]);
StructTimeType.ns.set("n_sequence_fields", 9);
StructTimeType.ns.set("n_fields", 11);
StructTimeType.ns.set("n_unnamed_fields", 0);
// (3.10 struct sequences match their visible fields by position)
StructTimeType.ns.set("__match_args__", tuple(FIELDS.slice()));
defMethods(StructTimeType, [
  ["__new__", (cls, args, kw) => {
    const nkw = kw ? kw.length : 0;
    const npos = args.length - nkw;
    let seq: PyObj | undefined = npos > 0 ? args[0] : undefined;
    let dict: PyObj | undefined = npos > 1 ? args[1] : undefined;
    // (a struct sequence's __new__: Argument Clinic's messages name it structseq())
    for (let i = 0; i < nkw; i++) {
      if (kw![i] === "sequence" && seq === undefined) seq = args[npos + i];
      else if (kw![i] === "dict" && npos < 2) dict = args[npos + i];
      else throw typeError(`'${kw![i]}' is an invalid keyword argument for structseq()`);
    }
    if (npos > 2) throw typeError(`structseq() takes at most 2 arguments (${npos} given)`);
    if (seq === undefined) throw typeError("structseq() missing required argument 'sequence' (pos 1)");
    const items = structSeqItems(seq);
    if (items.length < 9) throw typeError(`time.struct_time() takes an at least 9-sequence (${items.length}-sequence given)`);
    if (items.length > 11) throw typeError(`time.struct_time() takes an at most 11-sequence (${items.length}-sequence given)`);
    if (dict !== undefined && !(dict instanceof PyDict)) throw typeError("time.struct_time() takes a dict as second arg, if any");
    const r = new PyStructTime(items.slice(0, 9), cls as PyType);
    // the fields past the sequence's come from the dict by name
    r.zone = items.length > 9 ? items[9] : dict instanceof PyDict ? dict.getStr("tm_zone") ?? None : None;
    r.gmtoff = items.length > 10 ? items[10] : dict instanceof PyDict ? dict.getStr("tm_gmtoff") ?? None : None;
    return r;
  }],
  ["__repr__", (s) => `time.struct_time(${FIELDS.map((f, i) => `${f}=${repr((s as PyTuple).items[i])}`).join(", ")})`, 0, 0],
  ["__reduce__", (s) => {
    const st = s as PyStructTime;
    const d = new PyDict();
    d.setStr("tm_zone", st.zone);
    d.setStr("tm_gmtoff", st.gmtoff);
    return tuple([StructTimeType, tuple([tuple(st.items.slice()), d])]);
  }, 0, 0],
]);

// ---- calendar arithmetic (proleptic Gregorian, as the C library's UTC conversions; datetime uses it too)

const DAY = 86400;
export function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
export const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** gmtime(t), or localtime(t) when `local`. */
function structFromSeconds(seconds: number | bigint, local = false): PyStructTime {
  const z = local ? localZoneAt(Number(seconds)) : null;
  let days: number, rem: number;
  if (typeof seconds === "bigint") {
    // (past 2**53 a double cannot hold the second: days and the rest apart, exactly)
    const t = seconds + BigInt(z === null ? 0 : z.offset);
    const d = t / 86400n - (t % 86400n < 0n ? 1n : 0n);
    days = Number(d);
    rem = Number(t - d * 86400n);
  } else {
    const t = z === null ? seconds : seconds + z.offset;
    days = Math.floor(t / DAY);
    rem = t - days * DAY;
  }
  const [y, m, d] = civilFromDays(days);
  const yday = days - daysFromCivil(y, 1, 1) + 1;
  const wday = (((days + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday (3 with Monday = 0)
  const r = new PyStructTime([y, m, d, Math.floor(rem / 3600), Math.floor((rem % 3600) / 60), rem % 60, wday, yday, z !== null && z.isdst ? 1 : 0], StructTimeType);
  r.zone = z === null ? "GMT" : z.abbr;
  r.gmtoff = z === null ? 0 : z.offset;
  return r;
}

/** The seconds argument of gmtime/localtime/ctime: None for now, else floored to an int (a bigint past 2**53). */
function secondsArg(x: PyObj | undefined): number | bigint {
  if (x === undefined || x === None) return Math.floor(interp.host.now() / 1000);
  let v: number;
  if (x instanceof PyFloat) {
    v = x.value;
    if (Number.isNaN(v)) throw valueError("Invalid value NaN (not a number)");
    v = Math.floor(v);
  } else {
    const i = asInt(x) ?? (typeOf(x).lookup("__index__") !== undefined ? asInt(call(getattr(x, "__index__"), [])) : null);
    if (i === null) throw typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
    // (an int past 2**53 is a bigint: compared exactly, as a double would round the bounds)
    if (typeof i === "bigint") {
      if (i < -(2n ** 63n) || i >= 2n ** 63n) throw timeTOverflow();
      if (i >= 67768036191676800n || i < -67768040609740800n) throw tmOverflow();
      return Number.isSafeInteger(Number(i)) ? Number(i) : i;
    }
    v = i;
  }
  // a time_t (a 64-bit int), then a year that glibc's gmtime_r/localtime_r fit in a struct tm's
  // int tm_year (EOVERFLOW past it)
  if (!(v >= -9223372036854775808 && v < 9223372036854775808)) throw timeTOverflow();
  // (the seconds whose year - 1900 fits a C int: -2147481748-01-01 00:00:00 to 2147485547-12-31
  // 23:59:59; both bounds here are exact doubles)
  if (v >= 67768036191676800 || v < -67768040609740800) throw tmOverflow();
  return Number.isSafeInteger(v) ? v : BigInt(v);
}
const timeTOverflow = () => newExc(OverflowError, "timestamp out of range for platform time_t");
const tmOverflow = () => newExc(OSError, 75, "Value too large for defined data type");

/** A C struct tm; zone and gmtoff are a struct_time's attributes, null from a plain tuple. */
export interface Tm { year: number; mon: number; mday: number; hour: number; min: number; sec: number; wday: number; yday: number; isdst: number; zone: PyObj | null; gmtoff: PyObj | null }

/** gettmarg: a struct_time or a 9-tuple of ints. */
function tmArg(x: PyObj, fname: string): Tm {
  if (!(x instanceof PyTuple)) throw typeError("Tuple or struct_time argument required");
  const it = x.items;
  if (it.length !== 9) throw typeError(`${fname}(): illegal time tuple argument`);
  // each field is a C int ("i")
  const v = it.map(asArgInt);
  // tm_year is the year minus 1900, also a C int
  if (v[0] < -0x80000000 + 1900) throw newExc(OverflowError, "year out of range");
  return { year: v[0], mon: v[1], mday: v[2], hour: v[3], min: v[4], sec: v[5], wday: v[6], yday: v[7], isdst: v[8], zone: x instanceof PyStructTime ? x.zone : null, gmtoff: x instanceof PyStructTime ? x.gmtoff : null };
}

/** checktm with strftime's adjustments (0 for month, day and yday means the first). */
function checkTm(tm: Tm): void {
  if (tm.mon === 0) tm.mon = 1;
  else if (tm.mon < 1 || tm.mon > 12) throw valueError("month out of range");
  if (tm.mday === 0) tm.mday = 1;
  else if (tm.mday < 0 || tm.mday > 31) throw valueError("day of month out of range");
  if (tm.hour < 0 || tm.hour > 23) throw valueError("hour out of range");
  if (tm.min < 0 || tm.min > 59) throw valueError("minute out of range");
  if (tm.sec < 0 || tm.sec > 61) throw valueError("seconds out of range");
  // gettmarg turns Monday=0 into C's Sunday=0 with C's remainder before checking
  const cw = (tm.wday + 1) % 7;
  if (cw < 0) throw valueError("day of week out of range");
  tm.wday = (cw + 6) % 7;
  if (tm.yday === 0) tm.yday = 1;
  else if (tm.yday < 0 || tm.yday > 366) throw valueError("day of year out of range");
  if (tm.isdst < -1) tm.isdst = -1;
  else if (tm.isdst > 1) tm.isdst = 1;
}

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const pad = (n: number, w: number, c = "0") => {
  const s = String(Math.abs(n));
  return (n < 0 ? "-" : "") + (s.length >= w ? s : c.repeat(w - s.length) + s);
};

/** The C library's strftime over a checked tm (C locale). */
export function cStrftime(fmt: string, tm: Tm): string {
  const cwday = (tm.wday + 1) % 7; // C counts from Sunday
  const yday0 = tm.yday - 1;
  // ISO 8601 week: the week (Monday first) whose Thursday falls in the year.
  const isoWeek = (): [number, number] => {
    const thu = yday0 - tm.wday + 3;
    if (thu < 0) return [tm.year - 1, Math.floor((thu + (isLeap(tm.year - 1) ? 366 : 365)) / 7) + 1];
    if (thu >= (isLeap(tm.year) ? 366 : 365)) return [tm.year + 1, 1];
    return [tm.year, Math.floor(thu / 7) + 1];
  };
  let out = "";
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch !== "%" || i + 1 >= fmt.length) {
      out += ch;
      continue;
    }
    const d = fmt[++i];
    switch (d) {
      case "a": out += DAYS[cwday].slice(0, 3); break;
      case "A": out += DAYS[cwday]; break;
      case "b": case "h": out += MONTHS[tm.mon - 1].slice(0, 3); break;
      case "B": out += MONTHS[tm.mon - 1]; break;
      case "c": out += cStrftime("%a %b %d %H:%M:%S %Y", tm); break; // musl's C locale (glibc: %e)
      case "C": out += pad(Math.floor(tm.year / 100), 2); break;
      case "d": out += pad(tm.mday, 2); break;
      case "D": out += cStrftime("%m/%d/%y", tm); break;
      case "e": out += pad(tm.mday, 2, " "); break;
      case "F": out += cStrftime("%Y-%m-%d", tm); break;
      case "g": out += pad(((isoWeek()[0] % 100) + 100) % 100, 2); break;
      case "G": out += String(isoWeek()[0]); break;
      case "H": out += pad(tm.hour, 2); break;
      case "I": out += pad(tm.hour % 12 === 0 ? 12 : tm.hour % 12, 2); break;
      case "j": out += pad(tm.yday, 3); break;
      case "m": out += pad(tm.mon, 2); break;
      case "M": out += pad(tm.min, 2); break;
      case "n": out += "\n"; break;
      case "p": out += tm.hour < 12 ? "AM" : "PM"; break;
      case "r": out += cStrftime("%I:%M:%S %p", tm); break;
      case "R": out += cStrftime("%H:%M", tm); break;
      case "s": out += String(daysFromCivil(tm.year, tm.mon, tm.mday) * DAY + tm.hour * 3600 + tm.min * 60 + tm.sec); break;
      case "S": out += pad(tm.sec, 2); break;
      case "t": out += "\t"; break;
      case "T": out += cStrftime("%H:%M:%S", tm); break;
      case "u": out += String(cwday === 0 ? 7 : cwday); break;
      case "U": out += pad(Math.floor((yday0 + 7 - cwday) / 7), 2); break;
      case "V": out += pad(isoWeek()[1], 2); break;
      case "w": out += String(cwday); break;
      case "W": out += pad(Math.floor((yday0 + 7 - ((cwday + 6) % 7)) / 7), 2); break;
      case "x": out += cStrftime("%m/%d/%y", tm); break;
      case "X": out += cStrftime("%H:%M:%S", tm); break;
      case "y": out += pad(((tm.year % 100) + 100) % 100, 2); break;
      case "Y": out += String(tm.year); break;
      case "z": out += tm.isdst < 0 ? "" : formatGmtoff(tm.gmtoff === null ? 0 : Number(asInt(tm.gmtoff) ?? 0)); break;
      // (a plain tuple's zone is the C library's tzname for its tm_isdst)
      case "Z": out += tm.zone === null ? (tm.isdst < 0 ? "" : timeZoneNames()[tm.isdst > 0 ? 1 : 0]) : tm.zone === None ? "" : asStr(tm.zone) ?? ""; break;
      case "%": out += "%"; break;
      default: out += "%" + d;
    }
  }
  return out;
}

function formatGmtoff(off: number): string {
  const a = Math.abs(off);
  return `${off < 0 ? "-" : "+"}${pad(Math.floor(a / 3600), 2)}${pad(Math.floor((a % 3600) / 60), 2)}`;
}

/**
 * init_timezone: timezone, altzone, daylight and tzname from the local offsets and names near the
 * start and the middle of the current year (the larger offset is summer time's, either hemisphere).
 */
function timeZoneNames(): [string, string] {
  return zoneSummary().tzname;
}
function zoneSummary(): { timezone: number; altzone: number; daylight: number; tzname: [string, string] } {
  const YEAR = (365 * 24 + 6) * 3600;
  const t = Math.floor(Math.floor(interp.host.now() / 1000) / YEAR) * YEAR;
  const jan = localZoneAt(t);
  const jul = localZoneAt(t + YEAR / 2);
  const [std, dst] = jan.offset <= jul.offset ? [jan, jul] : [jul, jan];
  return { timezone: -std.offset, altzone: -dst.offset, daylight: jan.offset !== jul.offset ? 1 : 0, tzname: [std.abbr, dst.abbr] };
}

/** time.tzset(): TZ from os.environ, and the module's zone attributes anew. */
function tzset(module: PyModule): void {
  const os = interp.modules.getStr("os");
  const environ = os instanceof PyModule ? os.dict.getStr("environ") : undefined;
  let tz: string | null = null;
  if (environ !== undefined) {
    const v = call(getattr(environ, "get"), ["TZ"]);
    if (v !== None) tz = asStr(v);
  }
  setTimeZone(tz);
  setZoneAttributes(module);
}

function setZoneAttributes(module: PyModule): void {
  const z = zoneSummary();
  module.dict.setStr("timezone", z.timezone);
  module.dict.setStr("altzone", z.altzone);
  module.dict.setStr("daylight", z.daylight);
  module.dict.setStr("tzname", tuple(z.tzname));
}

function asctimeOf(tm: Tm): string {
  const cwday = (tm.wday + 1) % 7;
  // (1900 + tm_year in a C int: past INT_MAX it wraps, as glibc's years past 2147483647 print)
  return `${DAYS[cwday].slice(0, 3)} ${MONTHS[tm.mon - 1].slice(0, 3)}${pad(tm.mday, 3, " ")} ${pad(tm.hour, 2)}:${pad(tm.min, 2)}:${pad(tm.sec, 2)} ${tm.year | 0}`;
}

/** The struct tm a struct_time made from seconds holds (its year any that localtime gives: no C int check). */
function tmOfStruct(s: PyStructTime): Tm {
  const [year, mon, mday, hour, min, sec, wday, yday, isdst] = s.items as number[];
  return { year: year!, mon: mon!, mday: mday!, hour: hour!, min: min!, sec: sec!, wday: wday!, yday: yday!, isdst: isdst!, zone: s.zone, gmtoff: s.gmtoff };
}

/** PyArg_ParseTuple's arity messages ("gmtime() takes at most 1 argument (2 given)"). */
function tupleArity(name: string, min: number, max: number, f: (args: PyObj[]) => PyObj): Fn {
  return (args, kw) => {
    if (kw && kw.length) throw typeError(`${name}() takes no keyword arguments`);
    const n = args.length;
    const plural = (k: number) => `${k} argument${k === 1 ? "" : "s"}`;
    if (n < min) throw typeError(`${name}() takes ${min === max ? "exactly" : "at least"} ${plural(min)} (${n} given)`);
    if (n > max) throw typeError(`${name}() takes ${min === max ? "exactly" : "at most"} ${plural(max)} (${n} given)`);
    return f(args);
  };
}

// ---- clocks --------------------------------------------------------------------------------------

// Looked up on first use: in Node, the first read of globalThis.performance loads perf_hooks (a
// dozen internal modules), which every start-up paid when this ran at module load.
let perf: { now(): number } | null | undefined;
const monoMs = (): number => {
  if (perf === undefined) perf = (globalThis as { performance?: { now(): number } }).performance ?? null;
  return perf ? perf.now() : interp.host.now();
};

// CPU time of the process in microseconds: Node's process.cpuUsage() (user + system, all of the
// process's threads: dislab runs Python on one, but V8's helper threads may compile or collect
// meanwhile, so thread_time counts theirs too; Node 20 has no per-thread figure). Where the host has
// none (a browser), the monotonic clock stands in, as time.sleep spins there anyway.
let cpuUsage: (() => { user: number; system: number }) | null | undefined;
const cpuUs = (): number => {
  if (cpuUsage === undefined) {
    const proc = (globalThis as { process?: { cpuUsage?: () => { user: number; system: number } } }).process;
    cpuUsage = typeof proc?.cpuUsage === "function" ? proc.cpuUsage.bind(proc) : null;
  }
  if (cpuUsage === null) return monoMs() * 1000;
  const u = cpuUsage();
  return u.user + u.system;
};

function sleep(secs: number): void {
  const until = monoMs() + secs * 1000;
  const SAB = (globalThis as { SharedArrayBuffer?: typeof SharedArrayBuffer }).SharedArrayBuffer;
  let cell: Int32Array | null = null;
  try {
    if (SAB) cell = new Int32Array(new SAB(4));
  } catch {
    cell = null;
  }
  for (let left = until - monoMs(); left > 0; left = until - monoMs()) {
    try {
      if (cell === null) throw new Error("no Atomics.wait");
      Atomics.wait(cell, 0, 0, left);
    } catch {
      cell = null; // the browser's main thread cannot block: spin
    }
  }
}

const CLOCKS: Record<string, [string, boolean, boolean, number]> = {
  time: ["clock_gettime(CLOCK_REALTIME)", false, true, 1e-9],
  monotonic: ["clock_gettime(CLOCK_MONOTONIC)", true, false, 1e-9],
  perf_counter: ["clock_gettime(CLOCK_MONOTONIC)", true, false, 1e-9],
  process_time: ["clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false, 1e-9],
  thread_time: ["clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false, 1e-9],
};

export function makeTime(): PyModule {
  const nowNs = () => BigInt(Math.round(interp.host.now())) * 1000000n;
  const monoNs = () => BigInt(Math.round(monoMs() * 1e6));
  const cpuNs = () => BigInt(Math.round(cpuUs())) * 1000n;
  const fns: [string, Fn][] = [
    ["time", posFn("time.time", 0, 0, () => flt(interp.host.now() / 1000))],
    ["time_ns", posFn("time.time_ns", 0, 0, () => normBig(nowNs()))],
    ["monotonic", posFn("time.monotonic", 0, 0, () => flt(monoMs() / 1000))],
    ["monotonic_ns", posFn("time.monotonic_ns", 0, 0, () => normBig(monoNs()))],
    ["perf_counter", posFn("time.perf_counter", 0, 0, () => flt(monoMs() / 1000))],
    ["perf_counter_ns", posFn("time.perf_counter_ns", 0, 0, () => normBig(monoNs()))],
    ["process_time", posFn("time.process_time", 0, 0, () => flt(cpuUs() / 1e6))],
    ["process_time_ns", posFn("time.process_time_ns", 0, 0, () => normBig(cpuNs()))],
    ["thread_time", posFn("time.thread_time", 0, 0, () => flt(cpuUs() / 1e6))],
    ["thread_time_ns", posFn("time.thread_time_ns", 0, 0, () => normBig(cpuNs()))],
    ["sleep", posFn("time.sleep", 1, 1, ([s]) => {
      // (converted to a C _PyTime_t of nanoseconds before the sign is checked)
      const ns = pyTimeNs(s, 1e9);
      if (ns < 0n) throw valueError("sleep length must be non-negative");
      sleep(Number(ns) / 1e9);
      return None;
    })],
    ["gmtime", tupleArity("gmtime", 0, 1, ([s]) => structFromSeconds(secondsArg(s)))],
    ["localtime", tupleArity("localtime", 0, 1, ([s]) => structFromSeconds(secondsArg(s), true))],
    ["mktime", posFn("time.mktime", 1, 1, ([t]) => {
      const tm = tmArg(t, "mktime");
      const days = daysFromCivil(tm.year + Math.floor((tm.mon - 1) / 12), (((tm.mon - 1) % 12) + 12) % 12 + 1, 1) + tm.mday - 1;
      return flt(localToUtc(days * DAY + tm.hour * 3600 + tm.min * 60 + tm.sec, tm.isdst));
    })],
    // (PyArg_UnpackTuple's count message: "asctime expected at most 1 argument, got 2")
    ["asctime", (args, kw) => {
      noKwargs("asctime", kw);
      if (args.length > 1) throw arityError("asctime", 0, 1, args.length);
      const t = args[0];
      const tm = t === undefined ? tmOfStruct(structFromSeconds(secondsArg(undefined), true)) : tmArg(t, "asctime");
      checkTm(tm);
      return asctimeOf(tm);
    }],
    ["ctime", tupleArity("ctime", 0, 1, ([s]) => asctimeOf(tmOfStruct(structFromSeconds(secondsArg(s), true))))],
    ["strftime", tupleArity("strftime", 1, 2, ([f, t]) => {
      const fmt = asStr(f);
      if (fmt === null) throw typeError(`strftime() argument 1 must be str, not ${argTypeName(f)}`);
      const tm = t === undefined ? tmOfStruct(structFromSeconds(secondsArg(undefined), true)) : tmArg(t, "strftime");
      checkTm(tm);
      // the format goes to C as a NUL-terminated string
      if (fmt.includes("\0")) throw valueError("embedded null character");
      return cStrftime(fmt, tm);
    })],
    ["strptime", (args, kw) => {
      const mod = call(interp.builtins.getStr("__import__")!, ["_strptime"]);
      return call(getattr(mod, "_strptime_time"), args, kw);
    }],
    ["get_clock_info", tupleArity("get_clock_info", 1, 1, ([n]) => {
      const name = asStr(n);
      if (name === null) throw typeError(`get_clock_info() argument 1 must be str, not ${argTypeName(n)}`);
      const c = CLOCKS[name];
      if (!c) throw valueError("unknown clock");
      const ns = newInstance(NamespaceType);
      ns.dict ??= new PyDict();
      ns.dict.setStr("implementation", c[0]);
      ns.dict.setStr("monotonic", c[1]);
      ns.dict.setStr("adjustable", c[2]);
      ns.dict.setStr("resolution", flt(c[3]));
      return ns;
    })],
    ["tzset", posFn("time.tzset", 0, 0, () => (tzset(module), None))],
  ];
  const module = makeModule("time", fns, [
    ["struct_time", StructTimeType], ["_STRUCT_TM_ITEMS", 11],
    ["CLOCK_REALTIME", 0], ["CLOCK_MONOTONIC", 1], ["CLOCK_PROCESS_CPUTIME_ID", 2], ["CLOCK_THREAD_CPUTIME_ID", 3],
  ], "This module provides various functions to manipulate time values.");
  setZoneAttributes(module);
  return module;
}

function normBig(b: bigint): PyObj {
  return b >= -(2n ** 53n) + 1n && b <= 2n ** 53n - 1n ? Number(b) : b;
}
