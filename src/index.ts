// dislab's public API: CPython 3.10's compiler, disassembler and marshal in TypeScript.
// Everything here runs in Node and in browsers; the command line (src/cli/) is built on it.
export const VERSION = "0.1.0";

export { CodeObject, type CodeFields } from "./bytecode/code.ts";
export { Ellipsis, PyBytes, PyComplex, PyEllipsis, PyFrozenSet, PyTuple, type PyConstant } from "./bytecode/constants.ts";
export * as flags from "./bytecode/flags.ts";
export { OPCODES, Op, opname, opmap, stackEffect, HAVE_ARGUMENT } from "./bytecode/opcodes.ts";
export { PyError, type PyWarning, type SyntaxErrorDetails } from "./support/py-error.ts";
export { dis, disassemble, getInstructions, codeInfo, showCode, disJson, DIS_JSON_VERSION, type Instruction, type DisJson } from "./dis/index.ts";
export { loads, dumps, readPyc, writePyc, sourceHash, MAGIC_NUMBER, type PycContents, type PycOptions } from "./marshal/index.ts";
