// dislab's parser: source -> AST identical to CPython 3.10.2's ast.parse. Bytes are decoded as
// compile() decodes them (Parser/tokenizer.c's decode_str: BOM, a PEP 263 cookie on line 1 or 2,
// else UTF-8); a str is taken as it is. Newlines are translated (\r\n, \r -> \n) and a final one
// added before tokenizing, as translate_newlines does. SyntaxError offsets count characters only
// when CPython knows the encoding (str input, a BOM or a cookie), bytes otherwise, as 3.10 does.
import { PyError, type PyWarning } from "../support/py-error.ts";
import type * as A from "./ast-nodes.ts";
import { M } from "./messages.ts";
import { foldHints } from "./ast-build.ts";
import { Parser, type ParserOptions } from "./parser.ts";
import { runParser } from "./run.ts";
import { eval_rule, file, func_type, interactive } from "./statements.ts";
import { decodeSource, type Decoded, type SourceDecoder } from "./decode.ts";

export interface ParseOptions {
  filename?: string;
  mode?: "exec" | "eval" | "single" | "func_type";
  typeComments?: boolean;
  /** A minor version of Python 3 (e.g. 8 for 3.8); null or absent for 3.10. */
  featureVersion?: number | null;
  warn?: (w: PyWarning) => void;
  /** PyCF_DONT_IMPLY_DEDENT: in single mode, the end of the text closes no indented block. */
  dontImplyDedent?: boolean;
  /** Decodes bytes whose coding cookie names a codec dislab's compiler lacks (the VM's registry). */
  decoder?: SourceDecoder;
}

export function parse(source: string | Uint8Array, options: ParseOptions = {}): A.mod {
  const filename = options.filename ?? "<unknown>";
  const mode = options.mode ?? "exec";
  let text: string;
  let charOffsets = true;
  let undecodedText: string | undefined;
  if (typeof source === "string") {
    if (source.includes("\0")) throw new PyError("ValueError", M.nullBytes);
    text = source;
  } else {
    // CPython refuses null bytes before decoding. Searching UTF-8 text (where U+0000 stands
    // exactly for a 0 byte) is many times faster than Uint8Array.includes, which took 3% of a
    // compile: the bytes are searched only when decoding fails or used another codec.
    let d: Decoded;
    try {
      d = decodeSource(source, filename, options.decoder);
    } catch (e) {
      if (source.includes(0)) throw new PyError("ValueError", M.nullBytes);
      throw e;
    }
    if (d.utf8 ? d.text.includes("\0") : source.includes(0)) throw new PyError("ValueError", M.nullBytes);
    text = d.text;
    charOffsets = d.encodingKnown;
    if (d.raw) undecodedText = new TextDecoder("utf-8", { ignoreBOM: true }).decode(d.raw).replace(/\r\n?/g, "\n");
  }
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  if (mode === "exec" && !text.endsWith("\n")) text += "\n";
  const fv = options.featureVersion;
  const opts: ParserOptions = {
    filename, mode, typeComments: options.typeComments ?? false,
    featureVersion: fv === null || fv === undefined ? 10 : fv,
    charOffsets, warn: options.warn, dontImplyDedent: options.dontImplyDedent, undecodedText,
  };
  const p = new Parser(text, opts);
  foldHints.unchanged = new WeakSet(); // a small table per parse (see foldHints)
  try {
    switch (mode) {
      case "exec": return runParser(p, file);
      case "eval": return runParser(p, eval_rule);
      case "single": return runParser(p, interactive);
      case "func_type": return runParser(p, func_type);
    }
  } catch (e) {
    if (e instanceof RangeError) throw new PyError("RecursionError", "maximum recursion depth exceeded during compilation");
    throw e;
  }
  throw new PyError("ValueError", "compile() mode must be 'exec', 'eval', 'single' or 'func_type'");
}

export { dump } from "./ast-dump.ts";
