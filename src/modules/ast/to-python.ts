// ast2obj (Python/Python-ast.c): the parser's AST (plain objects, src/parser/ast-nodes.ts) as
// instances of the _ast classes, for compile(..., PyCF_ONLY_AST) and ast.parse. Fields are set
// in declaration order, then the position attributes; field-less sum members (Load, Add, ...) are
// the interpreter's shared instances, as CPython's *_singleton objects.
import { type PyObj, PyList, None, newInstance } from "../../objects/index.ts";
import { constToObj } from "../../objects/code.ts";
import { NODES, type AST as Node, type FieldInfo } from "../../parser/ast-nodes.ts";
import type { PyConstant } from "../../bytecode/constants.ts";
import { astState, type AstState } from "./nodes.ts";

type Raw = Record<string, unknown>;

function value(st: AstState, f: FieldInfo, v: unknown): PyObj {
  if (v === null || v === undefined) return None;
  switch (f.type) {
    case "identifier":
    case "string":
    case "int":
      return v as string | number;
    case "constant":
      return constToObj(v as PyConstant);
    default:
      return node(st, v as Node);
  }
}

function node(st: AstState, n: Node): PyObj {
  const type = n._type;
  const single = st.singletons.get(type);
  if (single !== undefined) return single;
  const info = NODES[type];
  const o = newInstance(st.types.get(type)!);
  const d = o.dict!;
  const raw = n as unknown as Raw;
  for (const f of info.fields) {
    const v = raw[f.name];
    if (f.q === "*") {
      const items = v as unknown[];
      const out = new Array<PyObj>(items.length);
      for (let i = 0; i < items.length; i++) out[i] = value(st, f, items[i]);
      d.setStr(f.name, new PyList(out));
    } else d.setStr(f.name, value(st, f, v));
  }
  for (const a of info.attributes) d.setStr(a, raw[a] as number);
  return o;
}

/** The _ast object of a parsed tree. */
export function astToPython(tree: Node): PyObj {
  return node(astState(), tree);
}
