// Compares dislab's symbol table with the oracle's (_symtable): block names, types, first lines,
// nesting, parameters, children order, and every symbol's flags word (DEF_* bits and scope).
import { buildSymtable } from "../../../src/compiler/symtable.ts";
import type { SymbolTableEntry } from "../../../src/compiler/symtable-entry.ts";
import { parseFuture } from "../../../src/compiler/future.ts";
import { parse } from "../../../src/parser/index.ts";
import { PyError } from "../../../src/support/py-error.ts";
import { oracleSymtable, type SteJson } from "./front-oracle.ts";

/** The first difference between the two tables, or null when they are identical. */
export async function compareSymtable(source: string | Uint8Array, filename: string, mode: "exec" | "eval" | "single" = "exec"): Promise<string | null> {
  const want = await oracleSymtable(source, filename, mode);
  let got: SymbolTableEntry;
  try {
    const mod = parse(source, { filename, mode });
    got = buildSymtable(mod, filename, parseFuture(mod, filename)).top;
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    if (want.ok) return `dislab raised ${e.message}`;
    const g = e.syntax;
    const mine = { type: e.type, msg: e.pyMessage, lineno: g?.lineno, offset: g?.offset, end_lineno: g?.end_lineno, end_offset: g?.end_offset };
    const theirs = { ...want.error };
    return JSON.stringify(mine) === JSON.stringify(theirs) ? null : `error ${JSON.stringify(mine)} != ${JSON.stringify(theirs)}`;
  }
  if (!want.ok) return `oracle raised ${JSON.stringify(want.error)}`;
  return compareEntry(got, want.top, "top");
}

function compareEntry(got: SymbolTableEntry, want: SteJson, path: string): string | null {
  const here = `${path}`;
  if (got.name !== want.name) return `${here}: name ${got.name} != ${want.name}`;
  if (got.type !== want.type) return `${here}: type ${got.type} != ${want.type}`;
  if (got.lineno !== want.lineno) return `${here}: lineno ${got.lineno} != ${want.lineno}`;
  if (got.nested !== want.nested) return `${here}: nested ${got.nested} != ${want.nested}`;
  if (got.varnames.join(",") !== want.varnames.join(",")) return `${here}: varnames ${got.varnames} != ${want.varnames}`;
  const theirs = new Map(want.symbols);
  for (const [name, flags] of got.symbols) {
    if (!theirs.has(name)) return `${here}: extra symbol ${name}`;
    if (theirs.get(name) !== flags) return `${here}: symbol ${name} flags ${flags} != ${theirs.get(name)}`;
  }
  for (const [name] of want.symbols) if (!got.symbols.has(name)) return `${here}: missing symbol ${name}`;
  if (got.children.length !== want.children.length) return `${here}: ${got.children.length} children != ${want.children.length}`;
  for (let i = 0; i < got.children.length; i++) {
    const d = compareEntry(got.children[i], want.children[i], `${path}/${want.children[i].name}@${want.children[i].lineno}`);
    if (d) return d;
  }
  return null;
}
