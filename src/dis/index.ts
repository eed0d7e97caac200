// The disassembler: CodeObject -> the text and data of CPython 3.10's dis module, and a JSON view.
export { dis, disassemble } from "./dis.ts";
export { getInstructions, findlabels, findlinestarts, unpackOpargs, jumpTarget, type Instruction, type ArgVal } from "./instructions.ts";
export { formatInstruction, type LineFormat } from "./format.ts";
export { codeInfo, showCode, prettyFlags } from "./code-info.ts";
export { constRepr, codeRepr } from "./const-repr.ts";
export { stackEffect } from "../bytecode/opcodes.ts";
export { disJson, codeFromDisJson, DIS_JSON_VERSION, type DisJson, type CodeView } from "./json.ts";
