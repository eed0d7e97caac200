// re.Match (_sre.c's MatchObject) and _sre.SRE_Scanner: a match keeps the spans of every group
// (-1 for one that did not take part), pos/endpos, lastindex, and the subject it slices groups
// from. Group lookup by number, or by name through the pattern's groupindex (match_getindex);
// expand() hands the template to re._expand as CPython does.
import {
  type PyObj, PyObject, PyDict, None, tuple, typeOf, call, getattr, repr, asInt, typeError, indexError,
  defMethods, defGetters, bindArgs,
} from "../../objects/index.ts";
import { parseTupleAndKeywords } from "../../objects/function.ts";
import { importModule } from "../../builtins/importer.ts";
import { defClassGetitem } from "../util.ts";
import type { SreState } from "./engine.ts";
import { BufferHold } from "../../objects/buffer-exports.ts";
import { type Subject, slice, liveChars } from "./subject.ts";
import type { PyPattern } from "./pattern.ts";
import { guarded } from "./pattern.ts";
import { sreType, finishSreType } from "./types.ts";

export const MatchType = sreType("re", "Match");
MatchType.subscriptOnly = true; // m[g] is mp_subscript only: a Match is not iterable

export class PyMatch extends PyObject {
  start: number;
  end: number;
  /** The engine's marks up to lastmark (groups beyond did not take part), read by span(). */
  marks: number[];
  pos: number;
  endpos: number;
  lastindex: number;
  constructor(public pattern: PyPattern, public subj: Subject, st: SreState) {
    super(MatchType);
    this.start = st.start;
    this.end = st.ptr;
    this.marks = st.marks.slice(0, st.lastmark + 1);
    this.pos = st.pos;
    this.endpos = st.endpos;
    this.lastindex = st.lastindex;
  }
  get ngroups(): number {
    return this.pattern.groups + 1;
  }
  /** Group i's span, (-1, -1) when it did not take part (pattern_new_match's rule). */
  span(i: number): [number, number] {
    if (i === 0) return [this.start, this.end];
    const j = 2 * (i - 1);
    const m = this.marks;
    if (j + 1 >= m.length || m[j] < 0 || m[j + 1] < 0) return [-1, -1];
    return [m[j], m[j + 1]];
  }
  /** match_getslice_by_index. */
  group(i: number, def: PyObj = None): PyObj {
    const [a, b] = this.span(i);
    if (a < 0) return def;
    const subj = this.subj;
    const chars = liveChars(subj);
    const len = chars.length;
    return slice(chars === subj.chars ? subj : { ...subj, chars }, Math.min(a, len), Math.min(b, len));
  }
}

const M = (x: PyObj): PyMatch => {
  if (!(x instanceof PyMatch)) throw typeError(`descriptor requires a 're.Match' object but received '${typeOf(x).name}'`);
  return x;
};

/** match_getindex: a group number, or a name looked up in the pattern's groupindex. */
function groupIndex(m: PyMatch, g: PyObj): number {
  let i = -1;
  const n = asInt(g);
  if (n !== null) i = typeof n === "bigint" ? -1 : n;
  else if (typeOf(g).lookup("__index__") !== undefined) {
    const v = asInt(call(getattr(g, "__index__"), []));
    i = typeof v === "number" ? v : -1;
  } else {
    // _sre.compile keeps no groupindex when it is empty, so no lookup (and no TypeError) then
    const gi = m.pattern.groupindex;
    const v = gi.size > 0 ? gi.get(g) : undefined;
    const vi = v === undefined ? null : asInt(v);
    if (typeof vi === "number") i = vi;
  }
  if (i < 0 || i >= m.ngroups) throw indexError("no such group");
  return i;
}

/** start/end/span(group=0, /): keywords refused first, naming the method "Match.start()". */
function spanOf(m: PyMatch, args: PyObj[], kw: readonly string[] | null, fname: string): [number, number] {
  if (args.length === 0 && (kw === null || kw.length === 0)) return m.span(0);
  const [g] = bindArgs(`Match.${fname}`, args, kw, ["group"], 0, 1);
  return m.span(g === undefined ? 0 : groupIndex(m, g));
}

function defaultArg(fname: string, args: PyObj[], kw: readonly string[] | null): PyObj {
  const [d] = bindArgs(fname, args, kw, ["default"], 0);
  return d ?? None;
}

defMethods(MatchType, [
  ["group", (s, args, kw) => {
    const m = M(s);
    if (kw && kw.length) throw typeError("group() takes no keyword arguments");
    if (args.length === 0) return m.group(0);
    if (args.length === 1) return m.group(groupIndex(m, args[0]));
    return tuple(args.map((a) => m.group(groupIndex(m, a))));
  }],
  ["__getitem__", (s, [g]) => M(s).group(groupIndex(M(s), g)), 1, 1],
  ["groups", (s, args, kw) => {
    const m = M(s);
    const d = defaultArg("groups", args, kw);
    const out: PyObj[] = [];
    for (let i = 1; i < m.ngroups; i++) out.push(m.group(i, d));
    return tuple(out);
  }],
  ["groupdict", (s, args, kw) => {
    const m = M(s);
    const d = defaultArg("groupdict", args, kw);
    const out = new PyDict();
    for (const e of m.pattern.groupindex.entries()) out.set(e.key, m.group(groupIndex(m, e.key), d));
    return out;
  }],
  ["start", (s, args, kw) => spanOf(M(s), args, kw, "start")[0]],
  ["end", (s, args, kw) => spanOf(M(s), args, kw, "end")[1]],
  ["span", (s, args, kw) => tuple(spanOf(M(s), args, kw, "span"))],
  ["expand", (s, args, kw) => {
    const [t] = bindArgs("expand", args, kw, ["template"], 1);
    return call(getattr(importModule("re"), "_expand"), [M(s).pattern, s, t!]);
  }],
  ["__copy__", (s) => s, 0, 0],
  ["__deepcopy__", (s) => s, 1, 1],
  ["__repr__", (s) => {
    const m = M(s);
    const g0 = [...repr(m.group(0))].slice(0, 50).join("");
    return `<re.Match object; span=(${m.start}, ${m.end}), match=${g0}>`;
  }, 0, 0],
]);
defClassGetitem(MatchType);
defGetters(MatchType, [
  ["string", (s) => M(s).subj.obj],
  ["re", (s) => M(s).pattern],
  ["pos", (s) => M(s).pos],
  ["endpos", (s) => M(s).endpos],
  ["lastindex", (s) => (M(s).lastindex >= 0 ? M(s).lastindex : None)],
  ["lastgroup", (s) => {
    const m = M(s);
    if (m.lastindex < 0) return None;
    const items = m.pattern.indexgroup.items;
    return m.lastindex < items.length ? items[m.lastindex] : None;
  }],
  ["regs", (s) => {
    const m = M(s);
    const out: PyObj[] = [];
    for (let i = 0; i < m.ngroups; i++) out.push(tuple(m.span(i)));
    return tuple(out);
  }],
]);

// ---- SRE_Scanner ---------------------------------------------------------------------------------

export const ScannerType = sreType("_sre", "SRE_Scanner");

export class PyScanner extends PyObject {
  /** False once a search has failed (CPython sets state->start to NULL). */
  live = true;
  /** The subject's buffer, held while the scanner lives (state_init's getstring; state_fini at dealloc). */
  hold: BufferHold | null;
  constructor(public pattern: PyPattern, public subj: Subject, public st: SreState) {
    super(ScannerType);
    this.hold = subj.isBytes ? new BufferHold(subj.obj) : null;
  }
  /** scanner_search (search true) or scanner_match: the next Match, or None. */
  step(search: boolean): PyObj {
    const st = this.st;
    if (!this.live) return None;
    st.reset();
    st.ptr = st.start;
    const ok = guarded(() => (search ? st.search() : st.match(false)));
    const m = ok ? new PyMatch(this.pattern, this.subj, st) : None;
    if (!ok) this.live = false;
    else {
      st.mustAdvance = st.ptr === st.start;
      st.start = st.ptr;
    }
    return m;
  }
}

const SC = (x: PyObj): PyScanner => {
  if (!(x instanceof PyScanner)) throw typeError(`descriptor requires a '_sre.SRE_Scanner' object but received '${typeOf(x).name}'`);
  return x;
};

defMethods(ScannerType, [
  // no parameters but the defining class: the format parser's "takes at most 0 arguments"
  ["match", (s, args, kw) => (parseTupleAndKeywords("match", args, kw, [], 0), SC(s).step(false))],
  ["search", (s, args, kw) => (parseTupleAndKeywords("search", args, kw, [], 0), SC(s).step(true))],
]);
defGetters(ScannerType, [["pattern", (s) => SC(s).pattern]]);
finishSreType(MatchType, "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.", ["string", "re", "pos", "endpos"], [
  "__repr__", "__getitem__", "group", "start", "end", "span", "groups", "groupdict", "expand", "__copy__", "__deepcopy__", "__class_getitem__",
  "string", "re", "pos", "endpos", "lastindex", "lastgroup", "regs",
]);
finishSreType(ScannerType, null, ["pattern"], ["match", "search", "pattern"]);
