// re.Pattern (_sre.c's PatternObject): match/fullmatch/search/findall/finditer/scanner/split/
// sub/subn over the engine, with the state handling of pattern_subx, pattern_split and
// pattern_findall (must_advance after an empty match, RESET between searches), the template
// hand-off to re._subx, and its repr/eq/hash. Match and SRE_Scanner live in match.ts.
import {
  type PyObj, PyObject, PyDict, PyList, PyIter, PyBytesObj, None, NotImplemented, tuple, typeOf, call, getattr,
  repr, hash, eq, typeError, defMethods, defGetters, bindArgs, iterTypes, toPyExc, PyTuple, PyMappingProxy, newExc, KeyboardInterrupt, PySplitStr, strJoinExact,
} from "../../objects/index.ts";
import { importModule } from "../../builtins/importer.ts";
import { defClassGetitem } from "../util.ts";
import { interp } from "../../vm/interp.ts";
import { hashBytes } from "../../support/hash.ts";
import { asClinicSize } from "../../objects/slice.ts";
import { parseTupleAndKeywords } from "../../objects/function.ts";
import { SreState } from "./engine.ts";
import { CodeTables } from "./tables.ts";
import { type Subject, subjectOf, subjectOrNull, slice, isStrObj } from "./subject.ts";
import { PyMatch, PyScanner } from "./match.ts";
import { sreType, finishSreType } from "./types.ts";

export class PyPattern extends PyObject {
  /** The engine's tables of the code (set tables, REPEAT_ONE tails), made as it first needs each. */
  readonly tables: CodeTables;
  constructor(
    public pattern: PyObj,
    public flags: number,
    public code: Uint32Array,
    public groups: number,
    public groupindex: PyDict,
    public indexgroup: PyTuple,
    /** 1 bytes, 0 str, -1 unknown (a pattern compiled from None). */
    public isbytes: number,
  ) {
    super(PatternType);
    this.tables = new CodeTables(code);
  }
}

export const PatternType = sreType("re", "Pattern");

const PAT = (x: PyObj): PyPattern => {
  if (!(x instanceof PyPattern)) throw typeError(`descriptor requires a 're.Pattern' object but received '${typeOf(x).name}'`);
  return x;
};

/**
 * The VM's limits while the engine runs (called every 4096 nested matches): four nested matches
 * count as one instruction of the step budget, and the deadline holds, with the eval loop's messages.
 */
export function engineTick(): void {
  const I = interp;
  I.steps += 1024;
  if (I.limitHit === null) {
    if (I.steps > I.maxSteps) I.limitHit = `step limit exceeded (${I.maxSteps} instructions)`;
    else if (I.host.now() > I.deadline) I.limitHit = "time limit exceeded";
  }
  if (I.limitHit !== null) throw newExc(KeyboardInterrupt, I.limitHit);
}

/** state_init: the subject checked against the pattern's kind, and pos/endpos clamped. */
export function newState(p: PyPattern, obj: PyObj, pos: number, endpos: number): { st: SreState; subj: Subject } {
  const subj = subjectOf(obj);
  if (p.isbytes === 0 && subj.isBytes) throw typeError("cannot use a string pattern on a bytes-like object");
  if (p.isbytes === 1 && !subj.isBytes) throw typeError("cannot use a bytes pattern on a string-like object");
  const len = subj.chars.length;
  const start = pos < 0 ? 0 : pos > len ? len : pos;
  const end = endpos < 0 ? 0 : endpos > len ? len : endpos;
  return { st: new SreState(p.code, p.tables, subj.chars, start, end, engineTick), subj };
}

/** Runs the engine, turning its internal errors into Python exceptions. */
export function guarded<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw toPyExc(e);
  }
}

const MAXSIZE = Number.MAX_SAFE_INTEGER;

/**
 * The arguments of a method that makes Match objects (match, fullmatch, search, finditer, scanner,
 * sub, subn): 3.10.2's clinic gives them the defining class, and so parses them with the format
 * parser, which converts each argument as it reaches it and only then refuses an unknown keyword
 * or one given by position too (findall and split check all that first).
 */
function parseConverting(fname: string, args: PyObj[], kw: readonly string[] | null, names: string[], required: number, sizes: number): (PyObj | undefined)[] {
  return parseTupleAndKeywords(fname, args, kw, names, required, (i, v) => (i >= sizes ? asClinicSize(v) : v));
}

const STRING_POS_ENDPOS = ["string", "pos", "endpos"];
function stringPosEndpos(fname: string, args: PyObj[], kw: readonly string[] | null, converting = true): [PyObj, number, number] {
  // (the common call, all by position: what either parser gives, converted in the same order)
  if ((kw === null || kw.length === 0) && args.length >= 1 && args.length <= 3) {
    return [args[0], args.length > 1 ? asClinicSize(args[1]) : 0, args.length > 2 ? asClinicSize(args[2]) : MAXSIZE];
  }
  const [s, pos, endpos] = converting ? parseConverting(fname, args, kw, STRING_POS_ENDPOS, 1, 1) : bindArgs(fname, args, kw, STRING_POS_ENDPOS, 1);
  return [s!, pos === undefined ? 0 : typeof pos === "number" ? pos : asClinicSize(pos), endpos === undefined ? MAXSIZE : typeof endpos === "number" ? endpos : asClinicSize(endpos)];
}

/** state_getslice: group g's text, or `empty` ? "" : None when it did not take part. */
function groupSlice(st: SreState, subj: Subject, g: number, empty: boolean): PyObj {
  const [i, j] = st.span(g);
  if (i < 0) return empty ? slice(subj, 0, 0) : None;
  return slice(subj, i, j);
}

function matchOp(kind: "match" | "fullmatch" | "search") {
  return (self: PyObj, args: PyObj[], kw: readonly string[] | null): PyObj => {
    const p = PAT(self);
    const [s, pos, endpos] = stringPosEndpos(kind, args, kw);
    const { st, subj } = newState(p, s, pos, endpos);
    let ok: boolean;
    // (guarded's work without its closure: this is the call a tokenizer makes per token)
    try {
      ok = kind === "search" ? st.search() : st.match(kind === "fullmatch");
    } catch (e) {
      throw toPyExc(e);
    }
    return ok ? new PyMatch(p, subj, st) : None;
  };
}

function findall(self: PyObj, args: PyObj[], kw: readonly string[] | null): PyObj {
  const p = PAT(self);
  const [s, pos, endpos] = stringPosEndpos("findall", args, kw, false);
  const { st, subj } = newState(p, s, pos, endpos);
  const out: PyObj[] = [];
  while (st.start <= st.end) {
    st.reset();
    st.ptr = st.start;
    if (!guarded(() => st.search())) break;
    if (p.groups === 0) out.push(slice(subj, st.start, st.ptr));
    else if (p.groups === 1) out.push(groupSlice(st, subj, 1, true));
    else {
      const items: PyObj[] = [];
      for (let g = 1; g <= p.groups; g++) items.push(groupSlice(st, subj, g, true));
      out.push(tuple(items));
    }
    st.mustAdvance = st.ptr === st.start;
    st.start = st.ptr;
  }
  return new PyList(out);
}

function split(self: PyObj, args: PyObj[], kw: readonly string[] | null): PyObj {
  const p = PAT(self);
  const [s, ms] = bindArgs("split", args, kw, ["string", "maxsplit"], 1);
  const maxsplit = ms === undefined ? 0 : asClinicSize(ms);
  const { st, subj } = newState(p, s!, 0, MAXSIZE);
  const out: PyObj[] = [];
  let n = 0;
  let last = st.start;
  while (!maxsplit || n < maxsplit) {
    st.reset();
    st.ptr = st.start;
    if (!guarded(() => st.search())) break;
    out.push(slice(subj, last, st.start));
    for (let g = 1; g <= p.groups; g++) out.push(groupSlice(st, subj, g, false));
    n++;
    st.mustAdvance = st.ptr === st.start;
    last = st.start = st.ptr;
  }
  out.push(slice(subj, last, st.endpos));
  return new PyList(out);
}

/** PyUnicode_Join / _PyBytes_Join of the pieces sub() collected, with their TypeErrors. */
function join(isBytes: boolean, pieces: PyObj[]): PyObj {
  if (!isBytes) {
    let r = "";
    let exact = false; // a piece holds a false pair, or may start one after a lone high surrogate
    for (let i = 0; i < pieces.length; i++) {
      const x = pieces[i];
      if (!isStrObj(x)) throw typeError(`sequence item ${i}: expected str instance, ${typeOf(x).name} found`);
      const v = typeof x === "string" ? x : (x as unknown as { value: string }).value;
      if ((v.charCodeAt(0) & 0xfc00) === 0xdc00 || x instanceof PySplitStr) exact = true;
      r += v;
    }
    return exact ? strJoinExact(pieces) : r;
  }
  const parts: Uint8Array[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const sub = subjectOrNull(pieces[i]);
    if (sub === null || !sub.isBytes) throw typeError(`sequence item ${i}: expected a bytes-like object, ${typeOf(pieces[i]).name} found`);
    parts.push(sub.chars as Uint8Array);
  }
  const total = parts.reduce((a, b) => a + b.length, 0);
  const buf = new Uint8Array(total);
  let k = 0;
  for (const b of parts) {
    buf.set(b, k);
    k += b.length;
  }
  return new PyBytesObj(buf);
}

const isCallable = (x: PyObj): boolean => typeOf(x).lookup("__call__") !== undefined;

function subx(self: PyObj, args: PyObj[], kw: readonly string[] | null, fname: "sub" | "subn"): PyObj {
  const p = PAT(self);
  const [repl, s, c] = parseConverting(fname, args, kw, ["repl", "string", "count"], 2, 2);
  const count = c === undefined ? 0 : asClinicSize(c);
  let filter: PyObj = repl!;
  let callable = isCallable(filter);
  if (!callable) {
    // a template without a backslash is used as it is; any other goes through re._subx
    const t = subjectOrNull(filter);
    const literal = t !== null && !Array.prototype.includes.call(t.chars, 92);
    if (!literal) {
      filter = call(getattr(importModule("re"), "_subx"), [p, filter]);
      callable = isCallable(filter);
    }
  }
  const { st, subj } = newState(p, s!, 0, MAXSIZE);
  const pieces: PyObj[] = [];
  let n = 0;
  let i = 0;
  while (!count || n < count) {
    st.reset();
    st.ptr = st.start;
    if (!guarded(() => st.search())) break;
    const b = st.start;
    const e = st.ptr;
    if (i < b) pieces.push(slice(subj, i, b));
    const item = callable ? call(filter, [new PyMatch(p, subj, st)]) : filter;
    if (item !== None) pieces.push(item);
    i = e;
    n++;
    st.mustAdvance = st.ptr === st.start;
    st.start = st.ptr;
  }
  if (i < st.endpos) pieces.push(slice(subj, i, st.endpos));
  const joined = pieces.length === 0 ? slice(subj, 0, 0) : join(subj.isBytes, pieces);
  return fname === "subn" ? tuple([joined, n]) : joined;
}

/**
 * finditer's callable_iterator over scanner.search: it drops the scanner at the end (and CPython's
 * scanner, freed then, gives back its subject's buffer).
 */
class Finditer extends PyIter {
  constructor(public scanner: PyScanner | null) {
    super(iterTypes.callable, () => this.next1());
  }
  private next1(): PyObj | undefined {
    const sc = this.scanner;
    if (sc === null) return undefined;
    const m = sc.step(true);
    if (m !== None) return m;
    sc.hold?.release();
    this.scanner = null;
    return undefined;
  }
}

function scanner(self: PyObj, args: PyObj[], kw: readonly string[] | null, fname = "scanner"): PyScanner {
  const p = PAT(self);
  const [s, pos, endpos] = stringPosEndpos(fname, args, kw);
  const { st, subj } = newState(p, s, pos, endpos);
  return new PyScanner(p, subj, st);
}

const FLAG_NAMES: [string, number][] = [
  ["re.TEMPLATE", 1], ["re.IGNORECASE", 2], ["re.LOCALE", 4], ["re.MULTILINE", 8], ["re.DOTALL", 16],
  ["re.UNICODE", 32], ["re.VERBOSE", 64], ["re.DEBUG", 128], ["re.ASCII", 256],
];

function patternRepr(self: PyObj): string {
  const p = PAT(self);
  let flags = p.flags;
  // re.UNICODE is implied for a str pattern without LOCALE or ASCII
  if (p.isbytes === 0 && (flags & (4 | 32 | 256)) === 32) flags &= ~32;
  const names: string[] = [];
  for (const [name, v] of FLAG_NAMES) {
    if (flags & v) {
      names.push(name);
      flags &= ~v;
    }
  }
  if (flags) names.push(`0x${flags.toString(16)}`);
  const pr = [...repr(p.pattern)].slice(0, 200).join("");
  return names.length ? `re.compile(${pr}, ${names.join("|")})` : `re.compile(${pr})`;
}

function codeBytes(code: Uint32Array): Uint8Array {
  const out = new Uint8Array(code.length * 4);
  const dv = new DataView(out.buffer);
  for (let i = 0; i < code.length; i++) dv.setUint32(i * 4, code[i], true);
  return out;
}

defMethods(PatternType, [
  ["match", matchOp("match")],
  ["fullmatch", matchOp("fullmatch")],
  ["search", matchOp("search")],
  ["findall", findall],
  ["finditer", (self, args, kw) => {
    return new Finditer(scanner(self, args, kw, "finditer"));
  }],
  ["scanner", (self, args, kw) => scanner(self, args, kw)],
  ["split", split],
  ["sub", (self, args, kw) => subx(self, args, kw, "sub")],
  ["subn", (self, args, kw) => subx(self, args, kw, "subn")],
  ["__copy__", (self) => self, 0, 0],
  ["__deepcopy__", (self) => self, 1, 1],
  ["__repr__", (self) => patternRepr(self), 0, 0],
  ["__eq__", (self, [o]) => {
    const p = PAT(self);
    if (!(o instanceof PyPattern)) return NotImplemented;
    if (o === p) return true;
    if (p.flags !== o.flags || p.isbytes !== o.isbytes || p.code.length !== o.code.length) return false;
    for (let i = 0; i < p.code.length; i++) if (p.code[i] !== o.code[i]) return false;
    return eq(p.pattern, o.pattern);
  }, 1, 1],
  ["__ne__", (self, [o]) => {
    const r = call(getattr(self, "__eq__"), [o]);
    return r === NotImplemented ? r : !r;
  }, 1, 1],
  // pattern_richcompare answers only == and !=
  ["__lt__", () => NotImplemented, 1, 1],
  ["__le__", () => NotImplemented, 1, 1],
  ["__gt__", () => NotImplemented, 1, 1],
  ["__ge__", () => NotImplemented, 1, 1],
  ["__hash__", (self) => {
    const p = PAT(self);
    let h = hash(p.pattern) ^ hashBytes(codeBytes(p.code));
    h ^= BigInt(p.flags) ^ BigInt(p.isbytes) ^ BigInt(p.code.length);
    h = BigInt.asIntN(64, h);
    return h === -1n ? -2 : Number.isSafeInteger(Number(h)) ? Number(h) : h;
  }, 0, 0],
]);
defClassGetitem(PatternType);
defGetters(PatternType, [
  ["pattern", (s) => PAT(s).pattern],
  ["flags", (s) => PAT(s).flags],
  ["groups", (s) => PAT(s).groups],
  ["groupindex", (s) => {
    // _sre.compile keeps no groupindex when it is empty: the getter then makes a new plain dict
    const d = new PyDict();
    for (const e of PAT(s).groupindex.entries()) d.set(e.key, e.value);
    return d.size === 0 ? d : new PyMappingProxy(null, d);
  }],
]);
finishSreType(PatternType, "Compiled regular expression object.", ["pattern", "flags", "groups"], [
  "__repr__", "__hash__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "match", "fullmatch", "search", "sub", "subn",
  "findall", "split", "finditer", "scanner", "__copy__", "__deepcopy__", "__class_getitem__", "pattern", "flags", "groups", "groupindex",
]);
