// Tab completion as CPython 3.10's rlcompleter computes it (the REPL's Tab, and the web lab's):
// a plain name completes from the keywords, __main__'s globals and builtins; a dotted name
// `expr.attr` evaluates `expr` (as rlcompleter does, so a property runs) and completes from dir()
// of the result plus its class's members. Callables get "(" appended; keywords a space or ":".
import { type PyObj, PyDict, PyType, call, getattrOpt, asStr, toArray, typeOf } from "../objects/index.ts";
import { KEYWORDS } from "../parser/tokens.ts";

const BARE_KEYWORDS = new Set(["False", "None", "True", "break", "continue", "pass", "else"]);

export interface CompletionScope {
  globals: PyDict;
  builtins: PyDict;
  /** Evaluates an expression in __main__ (throws on error). */
  evaluate(expr: string): PyObj;
}

export function completions(scope: CompletionScope, text: string): string[] {
  const dot = text.lastIndexOf(".");
  return dot < 0 ? globalMatches(scope, text) : attrMatches(scope, text.slice(0, dot), text.slice(dot + 1));
}

function callablePostfix(scope: CompletionScope, value: PyObj, word: string): string {
  const callable = scope.builtins.getStr("callable");
  if (callable === undefined) return word;
  return call(callable, [value]) === true ? word + "(" : word;
}

function globalMatches(scope: CompletionScope, text: string): string[] {
  const matches: string[] = [];
  const seen = new Set(["__builtins__"]);
  for (const kw of [...KEYWORDS.keys(), "match", "case", "_"]) {
    if (!/^[A-Za-z_]/.test(kw) || !kw.startsWith(text) || kw === "_") continue;
    seen.add(kw);
    matches.push(kw === "finally" || kw === "try" ? kw + ":" : BARE_KEYWORDS.has(kw) ? kw : kw + " ");
  }
  for (const ns of [scope.globals, scope.builtins]) {
    for (const { key, value: v } of ns.entries()) {
      const word = asStr(key);
      if (word === null || seen.has(word) || !word.startsWith(text)) continue;
      seen.add(word);
      matches.push(callablePostfix(scope, v, word));
    }
  }
  return matches;
}

function attrMatches(scope: CompletionScope, expr: string, attr: string): string[] {
  if (!/^[\p{L}\p{N}_]+(\.[\p{L}\p{N}_]+)*$/u.test(expr)) return [];
  let obj: PyObj;
  try {
    obj = scope.evaluate(expr);
  } catch {
    return [];
  }
  const dir = scope.builtins.getStr("dir");
  const words = new Set<string>();
  if (dir !== undefined) for (const w of toArray(call(dir, [obj]))) if (typeof w === "string") words.add(w);
  words.delete("__builtins__");
  words.add("__class__");
  if (dir !== undefined) for (const t of typeOf(obj).mro as PyType[]) for (const w of toArray(call(dir, [t]))) if (typeof w === "string") words.add(w);
  // An empty attr hides _private names; "_" hides __dunder__ names (rlcompleter's noprefix).
  const noprefix = attr === "" ? "_" : attr === "_" ? "__" : null;
  const matches: string[] = [];
  for (const word of [...words].sort()) {
    if (!word.startsWith(attr) || (noprefix !== null && word.startsWith(noprefix))) continue;
    let value: PyObj | undefined;
    try {
      value = getattrOpt(obj, word);
    } catch {
      value = undefined;
    }
    matches.push(value === undefined ? `${expr}.${word}` : callablePostfix(scope, value, `${expr}.${word}`));
  }
  return matches;
}
