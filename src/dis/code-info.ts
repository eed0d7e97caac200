// dis.code_info, dis.show_code and dis.pretty_flags (Lib/dis.py, 3.10).
import type { CodeObject } from "../bytecode/code.ts";
import { COMPILER_FLAG_NAMES } from "../bytecode/flags.ts";
import { constRepr } from "./const-repr.ts";

const flagNames = new Map(COMPILER_FLAG_NAMES);

/** dis.pretty_flags: the set bits low to high, by name or in hex; what is left past bit 31 in hex. */
export function prettyFlags(flags: number): string {
  const names: string[] = [];
  let rest = BigInt(flags);
  const hex = (v: bigint) => (v < 0n ? "-0x" + (-v).toString(16) : "0x" + v.toString(16));
  for (let i = 0n; i < 32n; i++) {
    const flag = 1n << i;
    if (rest & flag) {
      names.push(flagNames.get(Number(flag)) ?? hex(flag));
      rest ^= flag;
      if (!rest) return names.join(", ");
    }
  }
  names.push(hex(rest));
  return names.join(", ");
}

/** dis.code_info(code) */
export function codeInfo(code: CodeObject): string {
  const lines = [
    `Name:              ${code.co_name}`,
    `Filename:          ${code.co_filename}`,
    `Argument count:    ${code.co_argcount}`,
    `Positional-only arguments: ${code.co_posonlyargcount}`,
    `Kw-only arguments: ${code.co_kwonlyargcount}`,
    `Number of locals:  ${code.co_nlocals}`,
    `Stack size:        ${code.co_stacksize}`,
    `Flags:             ${prettyFlags(code.co_flags)}`,
  ];
  const section = (title: string, items: readonly string[]) => {
    if (items.length === 0) return;
    lines.push(title);
    items.forEach((s, i) => lines.push(`${String(i).padStart(4)}: ${s}`));
  };
  section("Constants:", code.co_consts.map(constRepr));
  section("Names:", code.co_names);
  section("Variable names:", code.co_varnames);
  section("Free variables:", code.co_freevars);
  section("Cell variables:", code.co_cellvars);
  return lines.join("\n");
}

/** dis.show_code(code): what it prints. */
export function showCode(code: CodeObject): string {
  return codeInfo(code) + "\n";
}
