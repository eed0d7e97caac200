// The _opcode module (Modules/_opcode.c, 3.10): stack_effect(), which opcode.py re-exports and dis
// uses, computed from dislab's opcode table (src/bytecode/opcodes.ts), the same numbers the
// assembler uses for co_stacksize. jump=None gives the larger of the two edges, as 3.10's
// stack_effect() does when it is passed -1.
import { type PyObj, None, PyModule, typeError, valueError, asIndex, bindArgs } from "../objects/index.ts";
import { HAVE_ARGUMENT, opinfo, stackEffect } from "../bytecode/opcodes.ts";
import { makeModule } from "./util.ts";

/** _PyLong_AsInt as the clinic converter applies it (TypeError for non-integers). */
function cInt(x: PyObj): number {
  const i = asIndex(x);
  return typeof i === "bigint" ? Number(BigInt.asIntN(32, i)) : i | 0;
}

function stackEffectFn(args: PyObj[], kw: readonly string[] | null): PyObj {
  const npos = args.length - (kw ? kw.length : 0);
  if (npos < 1) throw typeError(`stack_effect() takes at least 1 positional argument (${npos} given)`);
  if (npos > 2) throw typeError(`stack_effect() takes at most 2 positional arguments (${npos} given)`);
  const [op, oparg = None, jump = None] = bindArgs("stack_effect", args, kw, ["opcode", "oparg", "jump"], 1, 2, 2);
  const code = cInt(op!);
  let arg = 0;
  if (code >= HAVE_ARGUMENT) {
    if (oparg === None) throw valueError("stack_effect: opcode requires oparg but oparg was not specified");
    arg = cInt(oparg);
  } else if (oparg !== None) throw valueError("stack_effect: opcode does not permit oparg but oparg was specified");
  if (jump !== None && jump !== true && jump !== false) throw valueError("stack_effect: jump must be False, True or None");
  if (code < 0 || code > 255 || opinfo[code] === undefined) throw valueError("invalid opcode or oparg");
  if (jump === None) return Math.max(stackEffect(code, arg, true), stackEffect(code, arg, false));
  return stackEffect(code, arg, jump as boolean);
}

export function makeOpcode(): PyModule {
  return makeModule("_opcode", [["stack_effect", stackEffectFn]], [], "Opcode support module.");
}
