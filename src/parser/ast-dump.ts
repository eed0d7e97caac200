// ast.dump (Lib/ast.py, 3.10): the same text, field by field, from the NODES table. Optional
// fields holding None are left out (they default to None on the class), which switches the rest
// of that node to keyword form, exactly as Lib/ast.py's _format does.
import { scalarRepr, type PyConstant } from "../bytecode/constants.ts";
import { NODES } from "./ast-nodes.ts";

export interface DumpOptions {
  includeAttributes?: boolean;
  indent?: number | string | null;
  annotateFields?: boolean;
}

function valueRepr(v: unknown): string {
  if (v === null || v === undefined) return "None";
  return scalarRepr(v as PyConstant) ?? String(v);
}

export function dump(node: object, options: DumpOptions = {}): string {
  const annotate = options.annotateFields ?? true;
  const attrs = options.includeAttributes ?? false;
  const ind = options.indent;
  const indent = ind === null || ind === undefined ? null : typeof ind === "string" ? ind : " ".repeat(ind);

  const format = (x: unknown, level: number, intField: boolean): [string, boolean] => {
    let prefix = "";
    let sep = ", ";
    if (indent !== null) {
      level++;
      prefix = "\n" + indent.repeat(level);
      sep = ",\n" + indent.repeat(level);
    }
    if (Array.isArray(x)) {
      if (x.length === 0) return ["[]", true];
      return [`[${prefix}${x.map((y) => format(y, level, intField)[0]).join(sep)}]`, false];
    }
    if (x !== null && typeof x === "object" && "_type" in x) {
      const n = x as Record<string, unknown>;
      const type = n._type as string;
      const info = NODES[type];
      const args: string[] = [];
      let allSimple = true;
      let keywords = annotate;
      for (const f of info.fields) {
        const v = n[f.name];
        if ((v === null || v === undefined) && f.q === "?") {
          keywords = true;
          continue;
        }
        const [s, simple] = f.q === "*" ? format(v, level, false) : f.type === "int" ? [String(v), true]
          : f.type === "identifier" || f.type === "string" || f.type === "constant" ? [valueRepr(v), true] : format(v, level, false);
        allSimple &&= simple;
        args.push(keywords ? `${f.name}=${s}` : s);
      }
      if (attrs) {
        for (const a of info.attributes) {
          const v = n[a];
          if (v === null || v === undefined) continue;
          args.push(`${a}=${String(v)}`);
        }
      }
      if (allSimple && args.length <= 3) return [`${type}(${args.join(", ")})`, args.length === 0];
      return [`${type}(${prefix}${args.join(sep)})`, false];
    }
    return [valueRepr(x), true];
  };
  return format(node, 0, false)[0];
}
