// Text formats of _datetimemodule.c: wrap_strftime (%z, %Z and %f done here, the rest by the time
// module's strftime over the timetuple) and the fromisoformat parsers, which read the UTF-8 bytes
// of the string exactly as parse_isoformat_date/parse_isoformat_time do.
import { type PyObj, None, asStr, PyTuple, PySplitStr, typeError, valueError, repr, callMethod } from "../../objects/index.ts";
import { encode as encodeText } from "../../support/text/index.ts";
import { cStrftime, type Tm } from "../time.ts";
import { formatOffset, callOffset, callTzname } from "./tz.ts";
import { dayOfYear, weekday } from "./types.ts";

export interface Fields { year: number; month: number; day: number; hour: number; minute: number; second: number; us: number; tzinfo: PyObj }

/** wrap_strftime: `tzarg` is what utcoffset()/tzname() are called with (the datetime, or None for a time). */
/** PyUnicode_AsUTF8AndSize's refusal of lone surrogates (UnicodeEncodeError), for wrap_strftime. */
function checkUtf8(s: string): void {
  if (/[\ud800-\udfff]/.test(s)) encodeText(s, "utf-8");
}

export function strftime(fmt: string, f: Fields, tzarg: PyObj, timetuple: PyTuple): string {
  checkUtf8(fmt);
  let out = "";
  let zone: string | null = null; // %Z's text, from one tzname() call: tzname().replace("%", "%%")
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch !== "%" || i + 1 >= fmt.length) {
      out += ch;
      continue;
    }
    const d = fmt[++i];
    if (d === "z") out += f.tzinfo === None ? "" : formatOffset(callOffset("utcoffset", f.tzinfo, tzarg), "");
    else if (d === "Z") {
      if (zone === null) {
        const n = f.tzinfo === None ? None : callTzname(f.tzinfo, tzarg);
        zone = "";
        if (n !== None) {
          const r = typeof n === "string" ? n.replace(/%/g, "%%") : asStr(callMethod(n, "replace", ["%", "%%"]));
          if (r === null) throw typeError("tzname.replace() did not return a string");
          checkUtf8(r);
          zone = r;
        }
      }
      out += zone;
    } else if (d === "f") out += String(f.us).padStart(6, "0");
    else out += "%" + d;
  }
  const it = timetuple.items as number[];
  const tm: Tm = { year: it[0], mon: it[1], mday: it[2], hour: it[3], min: it[4], sec: it[5], wday: it[6], yday: it[7], isdst: it[8], zone: None, gmtoff: None };
  return cStrftime(out, tm);
}

/** The nine items of a timetuple. */
export function timetupleItems(y: number, m: number, d: number, hh: number, mm: number, ss: number, dst: number): number[] {
  return [y, m, d, hh, mm, ss, weekday(y, m, d), dayOfYear(y, m, d), dst];
}

// ---- isoformat -----------------------------------------------------------------------------------------

const p2 = (n: number) => String(n).padStart(2, "0");
export const isoDate = (y: number, m: number, d: number): string => `${String(y).padStart(4, "0")}-${p2(m)}-${p2(d)}`;

/** The time part of isoformat() for a timespec. */
export function isoTime(h: number, m: number, s: number, us: number, timespec: string): string {
  let spec = timespec;
  if (spec === "auto") spec = us ? "microseconds" : "seconds";
  switch (spec) {
    case "hours": return p2(h);
    case "minutes": return `${p2(h)}:${p2(m)}`;
    case "seconds": return `${p2(h)}:${p2(m)}:${p2(s)}`;
    case "milliseconds": return `${p2(h)}:${p2(m)}:${p2(s)}.${String(Math.floor(us / 1000)).padStart(3, "0")}`;
    case "microseconds": return `${p2(h)}:${p2(m)}:${p2(s)}.${String(us).padStart(6, "0")}`;
  }
  throw valueError("Unknown timespec value");
}

// ---- fromisoformat -------------------------------------------------------------------------------------

/** Exactly n ASCII digits at pos of b (a NUL past the end), or -1. */
function digits(b: Uint8Array, pos: number, n: number): number {
  let v = 0;
  for (let i = 0; i < n; i++) {
    const c = b[pos + i] ?? 0;
    if (c < 0x30 || c > 0x39) return -1;
    v = v * 10 + c - 0x30;
  }
  return v;
}

/** parse_isoformat_date: YYYY-MM-DD at the start of b, or null. */
export function parseIsoDate(b: Uint8Array): [number, number, number] | null {
  const y = digits(b, 0, 4);
  if (y < 0 || b[4] !== 0x2d) return null;
  const m = digits(b, 5, 2);
  if (m < 0 || b[7] !== 0x2d) return null;
  const d = digits(b, 8, 2);
  if (d < 0) return null;
  return [y, m, d];
}

/** parse_hh_mm_ss_ff over b[start, end): <0 on error, 1 when text follows, else 0. */
function parseHms(b: Uint8Array, start: number, end: number, out: number[]): number {
  let p = start;
  for (let i = 0; i < 3; i++) {
    const v = digits(b, p, 2);
    if (v < 0) return -3;
    out[i] = v;
    p += 2;
    const c = p < b.length ? b[p] : 0;
    p++;
    if (p >= end) return c !== 0 ? 1 : 0;
    if (c === 0x3a) continue;
    if (c === 0x2e) break;
    return -4;
  }
  const remains = end - p;
  if (remains !== 6 && remains !== 3) return -3;
  const us = digits(b, p, remains);
  if (us < 0) return -3;
  out[3] = remains === 3 ? us * 1000 : us;
  p += remains;
  return p < b.length && b[p] !== 0 ? 1 : 0;
}

export interface IsoTime { h: number; m: number; s: number; us: number; tz: null | [number, number] }

/** parse_isoformat_time over b[start, end): the fields and the offset (seconds, microseconds), or null. */
export function parseIsoTime(b: Uint8Array, start: number, end: number): IsoTime | null {
  let tzPos = start;
  do {
    const c = b[tzPos] ?? 0;
    if (c === 0x2b || c === 0x2d) break;
  } while (++tzPos < end);
  const f = [0, 0, 0, 0];
  const rv = parseHms(b, start, tzPos, f);
  if (rv < 0) return null;
  if (tzPos >= end) return rv === 1 ? null : { h: f[0], m: f[1], s: f[2], us: f[3], tz: null };
  const tzlen = end - tzPos;
  if (tzlen !== 6 && tzlen !== 9 && tzlen !== 16) return null;
  const sign = b[tzPos] === 0x2d ? -1 : 1;
  const z = [0, 0, 0, 0];
  const rz = parseHms(b, tzPos + 1, end, z);
  if (rz !== 0) return null;
  return { h: f[0], m: f[1], s: f[2], us: f[3], tz: [sign * (z[0] * 3600 + z[1] * 60 + z[2]), sign * z[3]] };
}

export const invalidIso = (s: string) => valueError(`Invalid isoformat string: ${repr(s)}`);

/**
 * The argument of fromisoformat as UTF-8 (a lone surrogate makes the string invalid). With
 * `separator`, datetime.fromisoformat's rule: a surrogate as the date/time separator (code point 10)
 * counts as "T", since any character may separate them.
 */
export function isoArg(x: PyObj, separator = false): [string, Uint8Array] {
  const s = asStr(x);
  if (s === null) throw typeError("fromisoformat: argument must be str");
  // a str holding two lone surrogates side by side: one is left whatever the separator was
  if (x instanceof PySplitStr) throw valueError(`Invalid isoformat string: ${repr(x)}`);
  let t = s;
  if (separator) {
    const cps = Array.from(s);
    if (cps.length > 10 && /^[\ud800-\udfff]$/.test(cps[10])) t = cps.slice(0, 10).join("") + "T" + cps.slice(11).join("");
  }
  if (/[\ud800-\udfff]/.test(t.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ""))) throw invalidIso(s);
  return [s, new TextEncoder().encode(t)];
}
