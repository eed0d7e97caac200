// dis.dis(code) and dis.disassemble(code) as text (Lib/dis.py, 3.10): the line-number column is as
// wide as the largest line number needs (at least 3, none without line numbers), the offset column
// at least 4, a blank line before each new source line, and then each nested code object in
// co_consts under "Disassembly of <code object ...>:".
import { CodeObject } from "../bytecode/code.ts";
import { formatInstruction } from "./format.ts";
import { findlinestarts, getInstructions } from "./instructions.ts";
import { codeRepr } from "./const-repr.ts";

/** dis.disassemble(code, lasti): one code object, without the nested ones. */
export function disassemble(code: CodeObject, lasti = -1): string {
  const linestarts = findlinestarts(code);
  let linenoWidth = 0;
  if (linestarts.length) {
    const maxlineno = linestarts.reduce((m, [, line]) => Math.max(m, line), -Infinity);
    linenoWidth = maxlineno >= 1000 ? String(maxlineno).length : 3;
  }
  const maxoffset = code.co_code.length - 2;
  const offsetWidth = maxoffset >= 10000 ? String(maxoffset).length : 4;
  let out = "";
  for (const instr of getInstructions(code)) {
    if (linenoWidth && instr.starts_line !== null && instr.offset > 0) out += "\n";
    out += formatInstruction(instr, { linenoWidth, markAsCurrent: instr.offset === lasti, offsetWidth }) + "\n";
  }
  return out;
}

/** dis.dis(code, depth=depth): the text it prints, nested code objects included (all when depth is undefined). */
export function dis(code: CodeObject, options: { depth?: number } = {}): string {
  let out = disassemble(code);
  const { depth } = options;
  if (depth === undefined || depth > 0) {
    for (const c of code.co_consts) {
      if (c instanceof CodeObject) {
        out += `\nDisassembly of ${codeRepr(c)}:\n`;
        out += dis(c, { depth: depth === undefined ? undefined : depth - 1 });
      }
    }
  }
  return out;
}
