// The _locale module (Modules/_localemodule.c) for dislab's one locale: the program starts, as
// CPython does, with LC_CTYPE set from an environment that says C.UTF-8 and every other category
// "C". setlocale accepts the C/POSIX locales and C.UTF-8 (what "" selects) and refuses others with
// locale.Error, as a system without other locales installed would; localeconv gives the C
// locale's conventions; nl_langinfo(CODESET) is "UTF-8" under C.UTF-8.
import { type PyObj, PyModule, PyDict, PyList, PyType, TypeType, None, asStr, asInt, typeOf, argTypeName, typeError, newExc, exceptionTypes, vm, call, getattr } from "../objects/index.ts";
import { interp } from "../vm/interp.ts";
import { makeModule, posFn, type Fn } from "./util.ts";

/** PyUnicode_AsWideCharString's refusal of a string with U+0000 in it. */
function noNulls(s: string): void {
  if (s.includes("\0")) throw newExc(exceptionTypes.get("ValueError")!, "embedded null character");
}

/** -1, 0 or 1 as wcscmp orders two strings: by code point (UTF-16 units would put U+10000 before U+FFFF). */
function compareCodePoints(a: string, b: string): number {
  for (let i = 0, j = 0; ; ) {
    if (i >= a.length || j >= b.length) return i < a.length ? 1 : j < b.length ? -1 : 0;
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(j)!;
    if (x !== y) return x < y ? -1 : 1;
    i += x > 0xffff ? 2 : 1;
    j += y > 0xffff ? 2 : 1;
  }
}

const LC = { LC_CTYPE: 0, LC_NUMERIC: 1, LC_TIME: 2, LC_COLLATE: 3, LC_MONETARY: 4, LC_MESSAGES: 5, LC_ALL: 6 } as const;
const CATEGORY_NAMES = ["LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES"];
const CHAR_MAX = 127;
const ENV_LOCALE = "C.UTF-8";

/** The locale of each category, per interpreter. */
const state = new WeakMap<object, string[]>();
function locales(): string[] {
  let s = state.get(interp);
  if (s === undefined) {
    s = [ENV_LOCALE, "C", "C", "C", "C", "C"];
    state.set(interp, s);
  }
  return s;
}

/** A locale name this system has, in the spelling setlocale reports; null if unsupported. */
function canonical(name: string): string | null {
  if (name === "") return ENV_LOCALE;
  if (name === "C" || name === "POSIX") return name === "POSIX" ? "C" : "C";
  const m = /^C\.(utf-?8|UTF-?8)$/.exec(name);
  if (m) return name;
  return null;
}

const GLIBC_CATEGORIES = ["LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES", "LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION"];

/** What setlocale(LC_ALL) reports: one name, or glibc's composite list when categories differ. */
function allName(s: string[]): string {
  if (s.every((x) => x === s[0])) return s[0];
  return GLIBC_CATEGORIES.map((n, i) => `${n}=${i < 6 ? s[i] : s[1]}`).join(";");
}

/**
 * The categories of a composite name as allName writes it ("LC_CTYPE=C.UTF-8;LC_NUMERIC=C;..."),
 * which glibc's setlocale(LC_ALL) takes back when it names every category once with a locale it
 * has; null otherwise.
 */
function parseComposite(name: string): string[] | null {
  const found = new Map<string, string>();
  for (const part of name.split(";")) {
    const eq = part.indexOf("=");
    const cat = part.slice(0, eq);
    const canon = eq < 0 ? null : canonical(part.slice(eq + 1));
    if (canon === null || !GLIBC_CATEGORIES.includes(cat) || found.has(cat)) return null;
    found.set(cat, canon);
  }
  if (found.size !== GLIBC_CATEGORIES.length) return null;
  return CATEGORY_NAMES.map((n) => found.get(n)!);
}

let LocaleError: PyType | null = null;
function localeError(): PyType {
  if (LocaleError === null) {
    LocaleError = new PyType(TypeType, "Error", [exceptionTypes.get("ValueError")!]);
    LocaleError.heap = true;
    LocaleError.hasDict = true;
    LocaleError.ns.set("__module__", "locale");
  }
  return LocaleError;
}

const setlocale: Fn = (args) => {
  if (args.length < 1 || args.length > 2) throw typeError(`setlocale() takes at most 2 arguments (${args.length} given)`);
  const cat = asInt(args[0]);
  if (cat === null) throw typeError(`'${typeOf(args[0]).name}' object cannot be interpreted as an integer`);
  const c = Number(cat);
  if (c < 0 || c > 6) throw newExc(localeError(), "invalid locale category");
  const s = locales();
  const loc = args.length > 1 ? args[1] : None;
  if (loc === None) return c === LC.LC_ALL ? allName(s) : s[c];
  const name = asStr(loc);
  if (name === null) throw typeError(`setlocale() argument 2 must be str or None, not ${argTypeName(loc)}`);
  const parts = c === LC.LC_ALL && name.includes(";") ? parseComposite(name) : null;
  if (parts !== null) {
    parts.forEach((p, i) => (s[i] = p));
    return allName(s);
  }
  const canon = canonical(name);
  if (canon === null) throw newExc(localeError(), "unsupported locale setting");
  if (c === LC.LC_ALL) s.fill(canon);
  else s[c] = canon;
  return c === LC.LC_ALL ? allName(s) : canon;
};

function localeconv(): PyObj {
  const d = new PyDict();
  const entries: [string, PyObj][] = [
    ["int_curr_symbol", ""], ["currency_symbol", ""], ["mon_decimal_point", ""], ["mon_thousands_sep", ""], ["mon_grouping", new PyList([])],
    ["positive_sign", ""], ["negative_sign", ""], ["int_frac_digits", CHAR_MAX], ["frac_digits", CHAR_MAX], ["p_cs_precedes", CHAR_MAX],
    ["p_sep_by_space", CHAR_MAX], ["n_cs_precedes", CHAR_MAX], ["n_sep_by_space", CHAR_MAX], ["p_sign_posn", CHAR_MAX], ["n_sign_posn", CHAR_MAX],
    ["decimal_point", "."], ["thousands_sep", ""], ["grouping", new PyList([])],
  ];
  for (const [k, v] of entries) d.setStr(k, v);
  return d;
}

/** nl_langinfo items with the C locale's answers (glibc's item numbers). */
const LANGINFO: [string, number, string][] = [
  ["CODESET", 14, ""], ["D_T_FMT", 0x20028, "%a %b %e %H:%M:%S %Y"], ["D_FMT", 0x20029, "%m/%d/%y"], ["T_FMT", 0x2002a, "%H:%M:%S"],
  ["T_FMT_AMPM", 0x2002b, "%I:%M:%S %p"], ["AM_STR", 0x20026, "AM"], ["PM_STR", 0x20027, "PM"], ["RADIXCHAR", 0x10000, "."], ["THOUSEP", 0x10001, ""],
  ["YESEXPR", 0x50000, "^[yY]"], ["NOEXPR", 0x50001, "^[nN]"], ["CRNCYSTR", 0x4000f, "-"], ["ERA", 0x2002c, ""], ["ERA_D_FMT", 0x2002e, ""],
  ["ERA_D_T_FMT", 0x20030, ""], ["ERA_T_FMT", 0x20031, ""], ["ALT_DIGITS", 0x2002f, ""], ["_DATE_FMT", 0x2006c, "%a %b %e %H:%M:%S %Z %Y"],
  ...["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"].flatMap((d, i) => [[`DAY_${i + 1}`, 0x20007 + i, d], [`ABDAY_${i + 1}`, 0x20000 + i, d.slice(0, 3)]] as [string, number, string][]),
  ...["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"].flatMap((m, i) => [[`MON_${i + 1}`, 0x2001a + i, m], [`ABMON_${i + 1}`, 0x2000e + i, m.slice(0, 3)]] as [string, number, string][]),
];

const codeset = (): string => (locales()[0] === "C" ? "ANSI_X3.4-1968" : "UTF-8");

export function makeLocale(): PyModule {
  const byItem = new Map(LANGINFO.map(([, n, v]) => [n, v]));
  const fns: [string, Fn][] = [
    ["setlocale", setlocale],
    ["localeconv", () => localeconv()],
    ["nl_langinfo", (args) => {
      if (args.length !== 1) throw typeError(`nl_langinfo() takes exactly one argument (${args.length} given)`);
      const k = asInt(args[0]);
      if (k === null) throw typeError(`'${typeOf(args[0]).name}' object cannot be interpreted as an integer`);
      if (Number(k) === 14) return codeset();
      const v = byItem.get(Number(k));
      if (v === undefined) throw newExc(exceptionTypes.get("ValueError")!, "unsupported langinfo constant");
      return v;
    }],
    // strcoll(a, b) and strxfrm(s): the C locale's wcscoll/wcsxfrm compare code points (glibc's -1/0/1)
    ["strcoll", posFn("_locale.strcoll", 2, 2, (args) => {
      const [a, b] = args.map((x, i) => {
        const s = asStr(x);
        if (s === null) throw typeError(`strcoll() argument ${i + 1} must be str, not ${argTypeName(x)}`);
        return s;
      });
      noNulls(a);
      noNulls(b);
      return compareCodePoints(a, b);
    })],
    ["strxfrm", posFn("_locale.strxfrm", 1, 1, (args) => {
      const s = asStr(args[0]);
      if (s === null) throw typeError(`strxfrm() argument must be str, not ${argTypeName(args[0])}`);
      noNulls(s);
      return s;
    })],
    ["_get_locale_encoding", () => codeset()],
    ["gettext", (args) => args[0]],
    ["dgettext", (args) => args[1]],
    ["dcgettext", (args) => args[1]],
    ["textdomain", (args) => (args[0] === None ? "messages" : args[0])],
    ["bindtextdomain", (args) => args[1] ?? None],
    ["bind_textdomain_codeset", (args) => args[1] ?? None],
  ];
  const values: [string, PyObj][] = [...Object.entries(LC), ["CHAR_MAX", CHAR_MAX], ["Error", localeError()], ...LANGINFO.map(([n, v]) => [n, v] as [string, PyObj])];
  void CATEGORY_NAMES;
  void vm;
  void call;
  void getattr;
  return makeModule("_locale", fns, values, "Support for POSIX locales.");
}
