// The _ast module (Python/Python-ast.c's astmodule_exec): ast.AST, the PyCF_* flags ast.parse
// passes to compile(), and every node class of the running interpreter (nodes.ts).
import { PyModule } from "../../objects/index.ts";
import { PyCF_ALLOW_TOP_LEVEL_AWAIT, PyCF_ONLY_AST, PyCF_TYPE_COMMENTS } from "../../bytecode/flags.ts";
import { astState } from "./nodes.ts";

export function makeAst(): PyModule {
  const st = astState();
  const m = new PyModule("_ast");
  m.dict.setStr("AST", st.AST);
  m.dict.setStr("PyCF_ALLOW_TOP_LEVEL_AWAIT", PyCF_ALLOW_TOP_LEVEL_AWAIT);
  m.dict.setStr("PyCF_ONLY_AST", PyCF_ONLY_AST);
  m.dict.setStr("PyCF_TYPE_COMMENTS", PyCF_TYPE_COMMENTS);
  for (const [name, t] of st.types) m.dict.setStr(name, t);
  return m;
}
