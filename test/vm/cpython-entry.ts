// runProgram with CPython-compiled code objects and project-file imports: point the conformance
// harness at it with DISLAB_VM_ENTRY=test/vm/cpython-entry.ts to measure the VM before dislab's
// compiler exists (`DISLAB_VM_ENTRY=test/vm/cpython-entry.ts npm run conformance`).
import { runProgram as run, type RunOptions, type RunResult } from "../../src/vm/index.ts";
import { compileWithCPython, readProjectFile, cpythonLib } from "./compile-with-cpython.ts";

export function runProgram(source: string | Uint8Array, options: RunOptions): RunResult {
  const lib = cpythonLib();
  return run(source, {
    ...options,
    compile: (src, filename, mode, flags, warn) => compileWithCPython(src, filename, mode, flags, warn),
    readFile: readProjectFile,
    path: lib ? [lib] : [],
  });
}
