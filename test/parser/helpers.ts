// One-line helpers for the parser tests: parse with dislab and with the oracle (CPython 3.10.2),
// and name the first difference (AST field, or error field), or null when they agree.
import { Oracle, type ParseOptions } from "../oracle/oracle.ts";
import { astToJson, firstDifference } from "../oracle/convert.ts";
import { parse } from "../../src/parser/index.ts";
import { PyError } from "../../src/support/py-error.ts";

export const oracle = await Oracle.get();
const toBytes = (s: string | Uint8Array) => (typeof s === "string" ? new TextEncoder().encode(s) : s);

/** dislab's answer in the oracle's shape. */
export function ours(src: string | Uint8Array, o: ParseOptions = {}): { ok: true; value: unknown } | { ok: false; error: Record<string, unknown> } {
  try {
    const fv = o.featureVersion ? o.featureVersion[1] : null;
    return { ok: true, value: astToJson(parse(toBytes(src), { filename: o.filename ?? "<unknown>", mode: o.mode, typeComments: o.typeComments, featureVersion: fv })) };
  } catch (e) {
    if (e instanceof PyError) {
      const s = e.syntax;
      return { ok: false, error: s ? { type: e.type, msg: e.pyMessage, lineno: s.lineno, offset: s.offset, end_lineno: s.end_lineno, end_offset: s.end_offset, text: s.text } : { type: e.type, msg: e.pyMessage } };
    }
    return { ok: false, error: { type: "JS", msg: String((e as Error).stack ?? e) } };
  }
}

/** The oracle's answer (loading Pyodide only when it is not cached). */
export async function theirs(src: string | Uint8Array, o: ParseOptions = {}) {
  const bytes = toBytes(src);
  const args = [o.filename ?? "<unknown>", o.mode ?? "exec", o.typeComments ?? false, o.featureVersion ?? null];
  if (!Oracle.isCached("parse_ast", bytes, args)) await oracle.ready();
  return oracle.parse(bytes, o);
}

/** null when dislab and CPython agree on the AST or on every SyntaxError field; else the first difference. */
export async function compareParse(src: string | Uint8Array, o: ParseOptions = {}): Promise<string | null> {
  const a = ours(src, o);
  const b = await theirs(src, o);
  if (a.ok && b.ok) return firstDifference(a.value, b.value);
  if (!a.ok && !b.ok) {
    const e = b.error;
    const want: Record<string, unknown> = { type: e.type, msg: e.msg };
    if ("lineno" in e) Object.assign(want, { lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno, end_offset: e.end_offset, text: e.text });
    return firstDifference(a.error, want);
  }
  return a.ok ? `parsed, but CPython raised ${JSON.stringify(b.ok ? null : b.error).slice(0, 300)}` : `raised ${JSON.stringify(a.error).slice(0, 300)}, but CPython parsed it`;
}
