// Oracle questions the compiler's front half needs and test/oracle/oracle.py does not ask: the raw
// symbol table (_symtable, the C module behind `symtable`) and annotation strings under
// `from __future__ import annotations`. Answers are cached on disk under .cache/oracle-front/,
// keyed by the question, its Python code and the source bytes, so only a first run loads Pyodide.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Oracle, projectRoot } from "../../oracle/oracle.ts";

const cacheDir = join(projectRoot, ".cache", "oracle-front");

export interface SteJson {
  name: string;
  type: string;
  lineno: number;
  nested: boolean;
  varnames: string[];
  /** [name, flags] in ste_symbols order. */
  symbols: [string, number][];
  children: SteJson[];
}

export type SymtableAnswer = { ok: true; top: SteJson } | { ok: false; error: { type: string; msg: string; lineno?: number; offset?: number; end_lineno?: number; end_offset?: number } };

const SYMTABLE_PY = `
def __front_symtable(path, filename, mode="exec"):
    import _symtable, json
    kinds = {_symtable.TYPE_FUNCTION: "function", _symtable.TYPE_CLASS: "class", _symtable.TYPE_MODULE: "module"}
    src = open(path, "rb").read()
    def walk(ste):
        return {"name": ste.name, "type": kinds.get(ste.type, str(ste.type)), "lineno": ste.lineno,
                "nested": bool(ste.nested), "varnames": list(ste.varnames),
                "symbols": [[k, v] for k, v in ste.symbols.items()],
                "children": [walk(c) for c in ste.children]}
    try:
        top = _symtable.symtable(src, filename, mode)
    except SyntaxError as e:
        return json.dumps({"ok": False, "error": {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno,
            "offset": e.offset, "end_lineno": e.end_lineno, "end_offset": e.end_offset}})
    except Exception as e:
        return json.dumps({"ok": False, "error": {"type": type(e).__name__, "msg": str(e)}})
    return json.dumps({"ok": True, "top": walk(top)})
`;

const ANNOTATIONS_PY = `
def __front_annotations(path):
    import json
    src = open(path, "rb").read().decode()
    out = []
    for line in src.splitlines():
        if not line.strip():
            continue
        code = "from __future__ import annotations\\ndef f(x: " + line + "): pass\\n"
        try:
            ns = {}
            exec(compile(code, "<ann>", "exec"), ns)
            out.append({"ok": True, "value": ns["f"].__annotations__["x"]})
        except SyntaxError as e:
            out.append({"ok": False, "msg": e.msg})
        except Exception as e:
            out.append({"ok": False, "msg": type(e).__name__ + ": " + str(e)})
    return json.dumps(out)
`;

const FOLD_PY = `
def __front_canon(v):
    if type(v) is tuple:
        return "(" + ",".join(__front_canon(x) for x in v) + ")"
    if type(v) is frozenset:
        return "fs{" + ",".join(sorted(__front_canon(x) for x in v)) + "}"
    if hasattr(v, "co_code"):
        return "code"
    return type(v).__name__ + ":" + repr(v)

def __front_fold(path, mode, optimize):
    import json
    out = []
    for line in open(path, "rb").read().decode().split("\\n"):
        try:
            c = compile(line.replace("\\\\n", "\\n"), "<fold>", mode, optimize=optimize)
        except SyntaxError as e:
            out.append({"error": e.msg})
            continue
        folded = c.co_code == b"d\\x00S\\x00"
        consts = []
        def walk(code):
            for k in code.co_consts:
                if hasattr(k, "co_code"):
                    walk(k)
                else:
                    consts.append(__front_canon(k))
        walk(c)
        out.append({"folded": __front_canon(c.co_consts[0]) if folded else None, "consts": sorted(set(consts))})
    return json.dumps(out)
`;

const CORPUS_ANNOTATIONS_PY = `
def __front_corpus_annotations(path):
    import ast, json, __future__
    tree = ast.parse(open(path, "rb").read())
    out = []
    for node in ast.walk(tree):
        anns = []
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            a = node.args
            for x in a.posonlyargs + a.args + [a.vararg] + a.kwonlyargs + [a.kwarg]:
                if x is not None and x.annotation is not None:
                    anns.append(x.annotation)
            if node.returns is not None:
                anns.append(node.returns)
        elif isinstance(node, ast.AnnAssign):
            anns.append(node.annotation)
        for ann in anns:
            args = ast.arguments(posonlyargs=[], args=[ast.arg(arg="x", annotation=ann)], vararg=None,
                                 kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[])
            fn = ast.FunctionDef(name="f", args=args, body=[ast.Pass()], decorator_list=[], returns=None)
            m = ast.fix_missing_locations(ast.Module(body=[fn], type_ignores=[]))
            try:
                ns = {}
                exec(compile(m, "<ann>", "exec", flags=__future__.annotations.compiler_flag, dont_inherit=True), ns)
                text = ns["f"].__annotations__["x"]
            except SyntaxError as e:
                text = "SyntaxError: " + e.msg
            out.append([ann.lineno, ann.col_offset, ann.end_lineno, ann.end_col_offset, text])
    return json.dumps(out)
`;

const FILE_CONSTS_PY = `
def __front_file_consts(path, filename):
    import json
    c = compile(open(path, "rb").read(), filename, "exec", dont_inherit=True)
    consts = set()
    def walk(code):
        for k in code.co_consts:
            if hasattr(k, "co_code"):
                walk(k)
            else:
                consts.add(__front_canon(k))
                if type(k) in (tuple, frozenset):
                    stack = list(k)
                    while stack:
                        x = stack.pop()
                        consts.add(__front_canon(x))
                        if type(x) in (tuple, frozenset):
                            stack.extend(x)
    walk(c)
    return json.dumps(sorted(consts))
`;

function cached<T>(question: string, code: string, bytes: Uint8Array, args: unknown[], compute: () => Promise<T>): Promise<T> | T {
  const key = createHash("sha256").update(question).update(code).update(JSON.stringify(args)).update(bytes).digest("hex");
  const file = join(cacheDir, key.slice(0, 2), key + ".json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8"));
  return compute().then((value) => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(value));
    return value;
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function pyodide(): Promise<any> {
  const oracle = await (await Oracle.get()).ready();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return (oracle as unknown as { py: any }).py;
}

let defined = false;
async function run(code: string, fn: string, bytes: Uint8Array, args: unknown[]): Promise<string> {
  const py = await pyodide();
  if (!defined) {
    py.runPython(SYMTABLE_PY + ANNOTATIONS_PY + FOLD_PY + CORPUS_ANNOTATIONS_PY + FILE_CONSTS_PY);
    defined = true;
  }
  py.FS.writeFile("/tmp/front_src.py", bytes);
  const f = py.globals.get(fn);
  try {
    return f("/tmp/front_src.py", ...args);
  } finally {
    f.destroy();
  }
}

/** _symtable.symtable(source, filename, mode): every block with its raw symbol flags. */
export async function oracleSymtable(source: string | Uint8Array, filename: string, mode: "exec" | "eval" | "single" = "exec"): Promise<SymtableAnswer> {
  const bytes = typeof source === "string" ? new TextEncoder().encode(source) : source;
  // (The exec answers were cached before `mode` existed: keep their key.)
  const args = mode === "exec" ? [filename] : [filename, mode];
  return cached("symtable", SYMTABLE_PY, bytes, args, async () => JSON.parse(await run(SYMTABLE_PY, "__front_symtable", bytes, args)));
}

/** For each non-blank line `expr`: f.__annotations__['x'] of `def f(x: expr): pass` under future annotations. */
export async function oracleAnnotations(lines: string[]): Promise<({ ok: true; value: string } | { ok: false; msg: string })[]> {
  const bytes = new TextEncoder().encode(lines.join("\n"));
  return cached("annotations", ANNOTATIONS_PY, bytes, [], async () => JSON.parse(await run(ANNOTATIONS_PY, "__front_annotations", bytes, [])));
}

export interface FoldAnswer {
  error?: string;
  /** The canonical value when the whole expression compiles to one LOAD_CONST. */
  folded?: string | null;
  /** Canonical reprs of every constant in the code objects (deduplicated, sorted). */
  consts?: string[];
}

/**
 * For each source (a line; "\\n" inside it stands for a newline): compile(src, mode, optimize) and
 * whether the result is a single constant, plus all its constants, in canonical text (type:repr,
 * frozensets sorted).
 */
export async function oracleFold(sources: string[], mode: "eval" | "exec", optimize = 0): Promise<FoldAnswer[]> {
  const bytes = new TextEncoder().encode(sources.map((s) => s.replace(/\n/g, "\\n")).join("\n"));
  return cached("fold", FOLD_PY, bytes, [mode, optimize], async () => JSON.parse(await run(FOLD_PY, "__front_fold", bytes, [mode, optimize])));
}

/** Every annotation of a file (by position) with the string future annotations make of it. */
export async function oracleCorpusAnnotations(source: Uint8Array): Promise<[number, number, number, number, string][]> {
  return cached("corpus-annotations", CORPUS_ANNOTATIONS_PY, source, [], async () =>
    JSON.parse(await run(CORPUS_ANNOTATIONS_PY, "__front_corpus_annotations", source, [])));
}

/** Every constant (and every item of a constant tuple or frozenset) of a compiled file's code objects. */
export async function oracleFileConstants(source: Uint8Array, filename: string): Promise<string[]> {
  return cached("file-consts", FILE_CONSTS_PY + FOLD_PY, source, [filename], async () =>
    JSON.parse(await run(FILE_CONSTS_PY, "__front_file_consts", source, [filename])));
}
