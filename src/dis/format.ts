// One line of dis output: Instruction._disassemble in Lib/dis.py (3.10). Kept apart because the VM
// trace and the lab print instructions one at a time with the same columns.
import type { Instruction } from "./instructions.ts";

/** dis._OPNAME_WIDTH, dis._OPARG_WIDTH */
export const OPNAME_WIDTH = 20;
export const OPARG_WIDTH = 5;

export interface LineFormat {
  /** Width of the line-number column; 0 omits it (code without line numbers). */
  linenoWidth?: number;
  /** Show the '-->' marker of the current instruction. */
  markAsCurrent?: boolean;
  offsetWidth?: number;
}

/** The columns: line number, '-->', '>>', offset, opname, arg, (argrepr); trailing spaces dropped. */
export function formatInstruction(
  instr: Pick<Instruction, "opname" | "arg" | "argrepr" | "offset" | "starts_line" | "is_jump_target">,
  { linenoWidth = 3, markAsCurrent = false, offsetWidth = 4 }: LineFormat = {},
): string {
  const fields: string[] = [];
  if (linenoWidth) fields.push(instr.starts_line !== null ? String(instr.starts_line).padStart(linenoWidth) : " ".repeat(linenoWidth));
  fields.push(markAsCurrent ? "-->" : "   ");
  fields.push(instr.is_jump_target ? ">>" : "  ");
  fields.push(String(instr.offset).padStart(offsetWidth));
  fields.push(instr.opname.padEnd(OPNAME_WIDTH));
  if (instr.arg !== null) {
    fields.push(String(instr.arg).padStart(OPARG_WIDTH));
    if (instr.argrepr) fields.push("(" + instr.argrepr + ")");
  }
  return fields.join(" ").trimEnd();
}
