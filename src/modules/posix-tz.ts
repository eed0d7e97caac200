// TZ in POSIX's rule form ("EST+05EDT,M3.2.0,M11.1.0", "AEST-10AEDT-11,M10.5.0,M3.5.0", "UTC0"),
// which the C library reads when TZ names no zone file: a standard time's name and offset (hours
// west of UTC), optionally a summer time's name, offset (default: an hour ahead) and the rule of
// when it starts and ends (default, as glibc's: the United States' since 2007).
import type { LocalZone } from "./local-time.ts";

/** A rule's day: Jn (1-365, February 29 never counted), n (0-365), or Mm.w.d (weekday d of week w of month m, w=5 the last). */
type Day = { kind: "J"; n: number } | { kind: "n"; n: number } | { kind: "M"; month: number; week: number; weekday: number };
interface Rule { day: Day; time: number }

export interface PosixZone {
  std: string;
  stdOffset: number;
  dst: string | null;
  dstOffset: number;
  start: Rule;
  end: Rule;
}

/** The zone TZ describes, or null when it is not in the POSIX form. */
export function parsePosixTz(tz: string): PosixZone | null {
  let i = 0;
  const name = (): string | null => {
    if (tz[i] === "<") {
      const close = tz.indexOf(">", i);
      if (close < 0) return null;
      const n = tz.slice(i + 1, close);
      i = close + 1;
      return n;
    }
    const m = /^[A-Za-z]{3,}/.exec(tz.slice(i));
    if (m === null) return null;
    i += m[0].length;
    return m[0];
  };
  /** [+-]hh[:mm[:ss]] in seconds, or null. */
  const clock = (): number | null => {
    const m = /^([+-]?)(\d{1,3})(?::(\d{1,2}))?(?::(\d{1,2}))?/.exec(tz.slice(i));
    if (m === null) return null;
    i += m[0].length;
    const s = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
    return m[1] === "-" ? -s : s;
  };
  const rule = (): Rule | null => {
    let day: Day;
    let m: RegExpExecArray | null;
    if ((m = /^M(\d{1,2})\.(\d)\.(\d)/.exec(tz.slice(i))) !== null) day = { kind: "M", month: Number(m[1]), week: Number(m[2]), weekday: Number(m[3]) };
    else if ((m = /^J(\d{1,3})/.exec(tz.slice(i))) !== null) day = { kind: "J", n: Number(m[1]) };
    else if ((m = /^(\d{1,3})/.exec(tz.slice(i))) !== null) day = { kind: "n", n: Number(m[1]) };
    else return null;
    i += m[0].length;
    let time = 7200;
    if (tz[i] === "/") {
      i++;
      const t = clock();
      if (t === null) return null;
      time = t;
    }
    return { day, time };
  };
  const std = name();
  const west = std === null ? null : clock();
  if (std === null || west === null) return null;
  const zone: PosixZone = {
    std, stdOffset: -west, dst: null, dstOffset: -west + 3600,
    start: { day: { kind: "M", month: 3, week: 2, weekday: 0 }, time: 7200 },
    end: { day: { kind: "M", month: 11, week: 1, weekday: 0 }, time: 7200 },
  };
  if (i === tz.length) return zone;
  zone.dst = name();
  if (zone.dst === null) return null;
  if (i < tz.length && tz[i] !== ",") {
    const w = clock();
    if (w === null) return null;
    zone.dstOffset = -w;
  }
  if (tz[i] === ",") {
    i++;
    const start = rule();
    if (start === null || tz[i] !== ",") return null;
    i++;
    const end = rule();
    if (end === null) return null;
    zone.start = start;
    zone.end = end;
  }
  return i === tz.length ? zone : null;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Seconds since the epoch of the rule's moment in `year`, on the clock whose offset is `offset`. */
function ruleInstant(r: Rule, year: number, offset: number): number {
  const jan1 = Date.UTC(year, 0, 1) / 1000;
  let yday: number;
  const d = r.day;
  if (d.kind === "J") yday = d.n - 1 + (isLeap(year) && d.n > 59 ? 1 : 0);
  else if (d.kind === "n") yday = d.n;
  else {
    const first = Date.UTC(year, d.month - 1, 1) / 1000;
    const firstWeekday = new Date(first * 1000).getUTCDay();
    let mday = 1 + ((d.weekday - firstWeekday + 7) % 7) + (d.week - 1) * 7;
    const days = new Date(Date.UTC(year, d.month, 0)).getUTCDate();
    while (mday > days) mday -= 7;
    yday = (first - jan1) / 86400 + mday - 1;
  }
  return jan1 + yday * 86400 + r.time - offset;
}

/** The zone at instant `seconds`. */
export function posixZoneAt(z: PosixZone, seconds: number): LocalZone {
  if (z.dst === null) return { offset: z.stdOffset, isdst: false, abbr: z.std };
  const year = new Date((seconds + z.stdOffset) * 1000).getUTCFullYear();
  const start = ruleInstant(z.start, year, z.stdOffset);
  const end = ruleInstant(z.end, year, z.dstOffset);
  const summer = start < end ? seconds >= start && seconds < end : !(seconds >= end && seconds < start);
  return summer ? { offset: z.dstOffset, isdst: true, abbr: z.dst } : { offset: z.stdOffset, isdst: false, abbr: z.std };
}
