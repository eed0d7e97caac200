// The top of code generation: compiler_mod of CPython 3.10's Python/compile.c. A module body
// stores its docstring and sets up __annotations__; interactive input prints each expression
// statement's value; an expression (eval mode) returns its value with no implicit `return None`.
import type { CodeObject } from "../../bytecode/code.ts";
import { Op } from "../../bytecode/opcodes.ts";
import type * as A from "../../parser/ast-nodes.ts";
import { PyError } from "../../support/py-error.ts";
import { ScopeType } from "../unit.ts";
import type { Compiler } from "./context.ts";
import { visitExpr } from "./expressions.ts";
import { compileBody, findAnnotation, visitStmts } from "./statements.ts";

export function compileModule(c: Compiler, mod: A.mod): CodeObject {
  if (mod._type === "FunctionType") {
    throw new PyError("SystemError", "module kind 4 should not be possible");
  }
  c.enterScope("<module>", ScopeType.Module, mod, 1);
  let addNone = true;
  switch (mod._type) {
    case "Module":
      compileBody(c, mod.body);
      break;
    case "Interactive":
      if (findAnnotation(mod.body)) c.op(Op.SETUP_ANNOTATIONS);
      c.interactive = true;
      visitStmts(c, mod.body);
      break;
    case "Expression":
      visitExpr(c, mod.body);
      addNone = false;
      break;
  }
  const co = c.assemble(addNone);
  c.exitScope();
  return co;
}
