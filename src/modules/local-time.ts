// The local time zone, as the C library's localtime() gives it to the time and datetime modules.
// JavaScript itself knows it, in Node and in browsers alike: Date's offsets are the host's zone (the
// TZ environment variable Node started with, else the system's), which is also what CPython in
// Pyodide, the oracle, reports (Emscripten's localtime asks Date). After time.tzset() with
// os.environ['TZ'] naming a zone that Intl knows ('Asia/Tokyo', 'UTC'), that zone is used, as the
// C library reads TZ again on tzset; else a TZ in POSIX's rule form ('EST+05EDT,M3.2.0,M11.1.0',
// posix-tz.ts); anything else is UTC named by its first letters, as glibc does for a zone file it
// cannot find.
//
// Abbreviations: the C library's come from tzdata; Intl has short zone names only where a locale's
// data has one, so the first of a few English locales (and Japanese) that names the zone is asked
// ("EST", "CEST", "BST", "IST", "AEDT", "JST"), else the offset as tzdata writes numeric ones
// ("+04", "-03", "+0330"). Some differ from tzdata's (Dubai's "GST" is "+04" there) and some zones
// have none here (Asia/Shanghai's "CST" comes out as "+08").

import { interp } from "../vm/interp.ts";
import { parsePosixTz, posixZoneAt, type PosixZone } from "./posix-tz.ts";

/** Local time at one instant: seconds east of UTC, whether it is summer time, the zone's abbreviation. */
export interface LocalZone {
  offset: number;
  isdst: boolean;
  abbr: string;
}

/**
 * The interpreter whose tzset() set the zone below: each interpreter (a session, a runProgram)
 * starts in the host's zone, as a new process does.
 */
let owner: object | null = null;
/** Intl's name of the zone in use since the last tzset(), or null for the host's own zone (Date). */
let zoneName: string | null = null;
/** A TZ in POSIX's rule form (posix-tz.ts), which Intl does not know. */
let posixZone: PosixZone | null = null;
/** For a TZ that is neither: its leading letters, as glibc's tzname for an unknown zone. */
let unknownAbbr: string | null = null;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string | undefined): Intl.DateTimeFormat {
  const key = zone ?? "";
  let f = formatters.get(key);
  if (f === undefined) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone, hourCycle: "h23", timeZoneName: "short", era: "short",
      year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric",
    });
    formatters.set(key, f);
  }
  return f;
}

/** Dates before year 1 or past what Date holds (±8.64e15 ms) take the offset of the nearest it holds. */
const clampMs = (ms: number) => Math.max(-8.64e15 + 86400000, Math.min(8.64e15 - 86400000, ms));

const NAMING_LOCALES = ["en-GB", "en-AU", "en-IN", "en-NZ", "en-IE", "en-ZA", "ja-JP"];
const namers = new Map<string, Intl.DateTimeFormat[]>();

/** The zone's abbreviation at `date`, given en-US's short name for it (see the top of the file). */
function abbreviation(zone: string | undefined, date: Date, usName: string, offset: number): string {
  const isName = (n: string) => /^[A-Z]{2,5}$/.test(n);
  if (isName(usName)) return usName;
  const key = zone ?? "";
  let fs = namers.get(key);
  if (fs === undefined) namers.set(key, (fs = NAMING_LOCALES.map((l) => new Intl.DateTimeFormat(l, { timeZone: zone, timeZoneName: "short" }))));
  for (const f of fs) {
    const n = f.formatToParts(date).find((p) => p.type === "timeZoneName")?.value ?? "";
    if (isName(n)) return n;
  }
  const a = Math.abs(offset);
  const hm = `${String(Math.floor(a / 3600)).padStart(2, "0")}${a % 3600 >= 60 ? String(Math.floor((a % 3600) / 60)).padStart(2, "0") : ""}`;
  return `${offset < 0 ? "-" : "+"}${hm}`;
}

/**
 * Whether the host's zone is UTC at every instant (Etc/UTC and its aliases, the usual zone of
 * servers and containers), which Date's own text tells without Intl: the first Intl.DateTimeFormat
 * a process makes loads ICU's data, about 11 ms, which was most of what `import time` cost. Asked
 * again after each tzset(), as the formatters are made again (an embedder may change the host's TZ
 * between runs).
 */
let hostUtc: boolean | undefined;
const hostIsUtc = (): boolean =>
  (hostUtc ??= [-2208988800000, 0, Date.now(), 15778800000].every((ms) => new Date(ms).toString().endsWith("GMT+0000 (Coordinated Universal Time)")));

/** Offset (seconds east) and abbreviation of `zone` (undefined: the host's) at `ms` since the epoch. */
function zoneAt(zone: string | undefined, ms: number, named = false): [number, string] {
  if (zone === undefined && hostIsUtc()) return [0, "UTC"];
  const date = new Date(ms);
  const parts = formatter(zone).formatToParts(date);
  let y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0, era = "AD", abbr = "";
  for (const p of parts) {
    switch (p.type) {
      case "year": y = Number(p.value); break;
      case "month": mo = Number(p.value); break;
      case "day": d = Number(p.value); break;
      case "hour": h = Number(p.value); break;
      case "minute": mi = Number(p.value); break;
      case "second": s = Number(p.value); break;
      case "era": era = p.value; break;
      case "timeZoneName": abbr = p.value; break;
    }
  }
  if (era === "BC") y = 1 - y;
  const wall = new Date(0);
  // (Date.UTC would read the years 0-99 as 1900-1999)
  wall.setUTCFullYear(y, mo - 1, d);
  wall.setUTCHours(h, mi, s);
  const offset = Math.round((wall.getTime() - Math.floor(ms / 1000) * 1000) / 1000);
  return [offset, named ? abbreviation(zone, date, abbr, offset) : abbr];
}

/** The offsets of January 1st and July 1st of each year asked about (for isdst), by year. */
const seasons = new Map<number, [number, number]>();

function seasonOffsets(year: number): [number, number] {
  let r = seasons.get(year);
  if (r === undefined) {
    const at = (month: number) => {
      const d = new Date(0);
      d.setUTCFullYear(year, month, 1);
      if (posixZone !== null) return posixZoneAt(posixZone, d.getTime() / 1000).offset;
      return unknownAbbr !== null ? 0 : zoneAt(zoneName ?? undefined, clampMs(d.getTime()))[0];
    };
    r = [at(0), at(6)];
    seasons.set(year, r);
  }
  return r;
}

/** The zone at `seconds` since the epoch. */
export function localZoneAt(seconds: number): LocalZone {
  if (owner !== interp) setTimeZone(null);
  if (posixZone !== null) return posixZoneAt(posixZone, seconds);
  if (unknownAbbr !== null) return { offset: 0, isdst: false, abbr: unknownAbbr };
  const ms = clampMs(seconds * 1000);
  const zone = zoneName ?? undefined;
  const [offset, abbr] = zoneAt(zone, ms, true);
  // summer time: ahead of the year's smaller offset (January's or July's, for either hemisphere)
  const [jan, jul] = seasonOffsets(new Date(ms).getUTCFullYear());
  return { offset, isdst: jan !== jul && offset > Math.min(jan, jul), abbr };
}

/** The local wall-clock time of instant `u`, as seconds since the epoch read as UTC. */
export const localSeconds = (u: number): number => u + localZoneAt(u).offset;

/**
 * time.tzset(): TZ from the program's environment (os.environ), or null when it is unset, which
 * is the host's zone again.
 */
export function setTimeZone(tz: string | null): void {
  owner = interp;
  zoneName = null;
  posixZone = null;
  unknownAbbr = null;
  formatters.clear();
  namers.clear();
  seasons.clear();
  hostUtc = undefined;
  if (tz === null) return;
  const name = tz.startsWith(":") ? tz.slice(1) : tz;
  try {
    formatter(name);
    zoneName = name;
  } catch {
    // RangeError: a zone Intl does not know
    posixZone = parsePosixTz(name);
    if (posixZone === null) unknownAbbr = /^[A-Za-z]*/.exec(name)![0] || "UTC";
  }
}

/**
 * Seconds since the epoch whose local time is `local` (seconds since the epoch of the wall-clock
 * fields read as UTC), for mktime: the instant whose offset puts it there. In a gap (spring
 * forward) no instant does, and the offset before the gap is taken; in a fold (fall back) the
 * earlier of the two instants. An `isdst` of 0 or 1 that the instant found does not have, or any
 * in a gap, applies that kind of offset of the year instead, as glibc's mktime does.
 */
export function localToUtc(local: number, isdst: number): number {
  let u = local - localZoneAt(local - localZoneAt(local).offset).offset;
  const gap = localSeconds(u) !== local;
  if (gap) u = local - localZoneAt(local - 86400).offset;
  if (isdst >= 0 && (gap || localZoneAt(u).isdst !== isdst > 0)) {
    const [jan, jul] = seasonOffsets(new Date(clampMs(u * 1000)).getUTCFullYear());
    if (jan !== jul) u = local - (isdst > 0 ? Math.max(jan, jul) : Math.min(jan, jul));
    // (summer time asked of a zone without any: an hour ahead, as glibc's mktime takes it)
    else if (isdst > 0) u = local - jan - 3600;
  }
  return u;
}
