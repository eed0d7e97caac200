// repr() of the constants a code object holds, as dis and dis.code_info print them: Python's
// repr of int, float, complex, str, bytes, tuple, frozenset, None, bools and Ellipsis, and
// code_repr's "<code object NAME at 0x..., file "FILE", line N>". Code objects have no address
// here, so each gets a stable made-up one (tests compare modulo `at 0x[0-9a-f]+`).
import { CodeObject } from "../bytecode/code.ts";
import { PyFrozenSet, PyTuple, scalarRepr, type PyConstant } from "../bytecode/constants.ts";

const addresses = new WeakMap<CodeObject, string>();
let nextAddress = 0x7f3c8a400000;

/** A made-up address for `code`, the same for the object's lifetime, 64-bit style (%p). */
export function fakeAddress(code: CodeObject): string {
  let a = addresses.get(code);
  if (a === undefined) {
    a = "0x" + nextAddress.toString(16);
    nextAddress += 0x210;
    addresses.set(code, a);
  }
  return a;
}

/** repr(code) */
export function codeRepr(code: CodeObject): string {
  return `<code object ${code.co_name} at ${fakeAddress(code)}, file "${code.co_filename}", line ${code.co_firstlineno}>`;
}

/** repr(constant) */
export function constRepr(v: PyConstant): string {
  const scalar = scalarRepr(v);
  if (scalar !== null) return scalar;
  if (v instanceof PyTuple) return v.items.length === 1 ? `(${constRepr(v.items[0])},)` : `(${v.items.map(constRepr).join(", ")})`;
  if (v instanceof PyFrozenSet) return v.items.length === 0 ? "frozenset()" : `frozenset({${v.items.map(constRepr).join(", ")}})`;
  return codeRepr(v as CodeObject);
}
