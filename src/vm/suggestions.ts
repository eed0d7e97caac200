// "Did you mean" suggestions of 3.10 (Python/suggestions.c): the closest name by a Levenshtein
// distance where a case-only change costs 1 and other edits 2, accepted when the distance is at
// most (len(name) + len(candidate) + 3) * 2 // 6, among at most 750 candidates; NameError looks in
// the frame's locals, globals and builtins, AttributeError in dir(obj).
import { type PyObj, PyBaseException, PyTraceback, asStr, typeOf, objectDir, AttributeError, NameError, PyType, callDescr, toArray, TypeType, PyObject, ForeignBuiltins } from "../objects/index.ts";

const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_CANDIDATES = 750;
const MAX_STRING = 40;

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (a.toLowerCase() === b.toLowerCase()) return CASE_COST;
  return MOVE_COST;
}

function distance(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  // strip common prefix and suffix
  let s = 0;
  while (s < a.length && s < b.length && a[s] === b[s]) s++;
  a = a.slice(s);
  b = b.slice(s);
  let e = 0;
  while (e < a.length && e < b.length && a[a.length - 1 - e] === b[b.length - 1 - e]) e++;
  a = a.slice(0, a.length - e);
  b = b.slice(0, b.length - e);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING || b.length > MAX_STRING) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  for (let i = 0; i < a.length; i++) buffer[i] = (i + 1) * MOVE_COST;
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi];
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let ai = 0; ai < a.length; ai++) {
      const substitute = distance + substitutionCost(code, a[ai]);
      distance = buffer[ai];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[ai] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

function best(name: string, candidates: PyObj[]): string | null {
  if (candidates.length > MAX_CANDIDATES) return null;
  let bestName: string | null = null;
  let bestDist = Infinity;
  for (const c of candidates) {
    const s = asStr(c);
    if (s === null || s === name) continue;
    const maxDist = Math.floor(((name.length + s.length + 3) * MOVE_COST) / 6);
    const d = distance(name, s, Math.min(maxDist, bestDist - 1));
    if (d > maxDist || d >= bestDist) continue;
    bestDist = d;
    bestName = s;
  }
  return bestName;
}

export function suggestFor(e: PyBaseException): string | null {
  const nameObj = e.get("name");
  const name = asStr(nameObj);
  if (name === null) return null;
  try {
    if (e.cls.isSubtype(AttributeError)) {
      const obj = e.extra?.get("obj");
      if (obj === undefined) return null;
      const dir = obj instanceof PyType ? toArray(callDescr(TypeType.ns.get("__dir__")!, obj, [])) : objectDirSafe(obj);
      return best(name, dir);
    }
    if (e.cls.isSubtype(NameError)) {
      let tb = e.traceback;
      let last: PyTraceback | null = null;
      while (tb instanceof PyTraceback) {
        last = tb;
        tb = tb.next;
      }
      if (last === null) return null;
      const f = last.frame;
      const co = f.code.co;
      const locals: PyObj[] = f.locals instanceof PyObject && (f.locals as { keys?: () => PyObj[] }).keys ? (f.locals as unknown as { keys(): PyObj[] }).keys() : [...co.co_varnames];
      let r = best(name, locals);
      if (r !== null) return r;
      r = best(name, f.globals.keys());
      if (r !== null) return r;
      // PySequence_List(f_builtins): an error (from builtins that are no sequence) means no suggestion
      return best(name, f.builtins instanceof ForeignBuiltins ? toArray(f.builtins.target) : f.builtins.keys());
    }
  } catch {
    return null;
  }
  return null;
}
function objectDirSafe(obj: PyObj): PyObj[] {
  const d = typeOf(obj).lookup("__dir__");
  if (d === undefined) return objectDir(obj);
  return toArray(callDescr(d, obj, []));
}
