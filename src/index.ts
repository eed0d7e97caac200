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
export { parse, dump as astDump, type ParseOptions } from "./parser/index.ts";
export type * as ast from "./parser/ast-nodes.ts";
export type { CompileOptions } from "./compiler/index.ts";
export { runProgram, type RunResult, type RunOptions } from "./vm/index.ts";
export { startProgram, recordProgram, Stepper, type Recording, type StepMode, type StepStop, type FrameSnapshot, type ValueSnapshot, type StepperOptions } from "./vm/stepper.ts";
export { StopRun, type StepEvent, type StepHook, type StepKind } from "./vm/trace.ts";
export { createSession, Session, type SessionOptions, type SessionResult, type RunSourceOptions } from "./vm/session.ts";
export { MemoryFS } from "./vm/memory-fs.ts";
export { O, type HostFS, type HostStat, type Errno } from "./vm/host-fs.ts";

import type { CodeObject as Code } from "./bytecode/code.ts";
import { compile as compileSource, compileAst, type CompileOptions } from "./compiler/index.ts";
export { programTextReader } from "./compiler/index.ts";
import type { mod } from "./parser/ast-nodes.ts";

/**
 * compile(source, filename, mode, flags, dont_inherit=True, optimize): source text (str, or bytes
 * decoded as CPython decodes them) or an AST from `parse`, to the module's code object. Raises
 * PyError (SyntaxError, ValueError, ...) exactly where CPython raises.
 */
export function compile(source: string | Uint8Array | mod, options: Partial<CompileOptions> = {}): Code {
  const o: CompileOptions = { ...options, filename: options.filename ?? "<string>" };
  return typeof source === "string" || source instanceof Uint8Array ? compileSource(source, o) : compileAst(source, o);
}
