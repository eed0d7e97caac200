// Running a start rule the way _PyPegen_run_parser (Parser/pegen.c, 3.10) does: a first pass
// without the invalid_ rules; if it fails, a second pass with them, whose specialised error wins;
// else a generic error at the last token of the first pass ("invalid syntax", "unexpected indent",
// "unexpected EOF while parsing", "'(' was never closed"). A tokenizer error met later in the file
// may still replace a parser error (_PyPegen_check_tokenizer_errors).
import type * as A from "./ast-nodes.ts";
import { M } from "./messages.ts";
import { Parser, type ParserOptions } from "./parser.ts";
import { Done, TokenizerStop } from "./tokenizer.ts";
import { PyUnicodeError } from "../support/text/codecs/errors.ts";
import { T } from "./tokens.ts";
import { giveMemo } from "./memo.ts";
import { star_expressions } from "./expressions.ts";

export function runParser<R>(p: Parser, rule: (p: Parser) => R | null): R {
  try {
    return run(p, rule);
  } finally {
    giveMemo(p.memo, p.fill);
  }
}

function run<R>(p: Parser, rule: (p: Parser) => R | null): R {
  const res = rule(p); // a SyntaxError here (tokenizer or action) stands: the second pass would do nothing
  p.checkPending();
  if (res !== null) {
    if (p.opts.mode === "single" && badSingleStatement(p)) p.raise(M.multipleStatements);
    return res;
  }
  const lastToken = p.tokens[p.fill - 1];
  p.resetForSecondPass();
  // An error of the second pass stands as raised: 3.10 re-checks the tokenizer only when its
  // state is E_DONE, which file and string input never reach.
  rule(p);
  p.checkPending();
  if (p.fill === 0) p.raise(M.errorAtStart);
  const last = p.tokens[p.fill - 1];
  if (last.type === T.INDENT) p.raise(M.unexpectedIndent, "IndentationError");
  if (last.type === T.DEDENT) p.raise(M.unexpectedUnindent, "IndentationError");
  try {
    p.raiseAtNode(M.invalidSyntax, lastToken);
  } catch (e) {
    checkTokenizerErrors(p);
    throw e;
  }
}

/** _PyPegen_check_tokenizer_errors: tokenize the rest; a later tokenizer error may take over. */
function checkTokenizerErrors(p: Parser): void {
  const currentErrLine = p.tokens[p.fill - 1].lineno;
  const tok = p.tok;
  for (;;) {
    try {
      if (tok.next().type === T.ENDMARKER) return;
    } catch (e) {
      if (tok.level !== 0 && currentErrLine > tok.startLine + tok.parenLine[tok.level - 1]) p.raiseUnclosed();
      // an identifier that is not UTF-8 raises the codec's UnicodeDecodeError here, which stands
      // (not the "(unicode error)" SyntaxError pegen makes of it while parsing); the tokenizer's own
      // SyntaxErrors further on do not replace the parser's
      if (e instanceof TokenizerStop && e.done === Done.DECODE && e.decodeError) throw new PyUnicodeError("UnicodeDecodeError", e.decodeError);
      if (e instanceof TokenizerStop) return;
      throw e;
    }
  }
}

/** bad_single_statement: in 'single' mode, anything but blank lines and comments after the statement. */
function badSingleStatement(p: Parser): boolean {
  const src = p.src;
  let i = Math.min(p.tok.cur, src.length);
  for (;;) {
    while (i < src.length && (src[i] === " " || src[i] === "\t" || src[i] === "\n" || src[i] === "\f")) i++;
    if (i >= src.length) return false;
    if (src[i] !== "#") return true;
    while (i < src.length && src[i] !== "\n") i++;
  }
}

/** A sub-parser for one f-string expression, "(" + text + ")", positioned inside its token. */
export function parseFstringExpr(parent: Parser, src: string, startLine: number, startCol: number): A.expr {
  // Its tokenizer comes from _PyTokenizer_FromString, with no encoding set: its errors' offsets stay
  // in bytes ("(\u00e9 b)" ends at 6, not 5), and its text is the expression's own.
  const opts: ParserOptions = { ...parent.opts, mode: "fstring", fstring: { startLine, startCol }, undecodedText: undefined, charOffsets: false };
  const p = new Parser(src + "\n", opts);
  return runParser(p, fstring_rule);
}

/** fstring: star_expressions, the start rule of an f-string expression's own parser (its levels count from 0). */
function fstring_rule(p: Parser): A.expr | null {
  p.enter(1);
  const r = star_expressions(p);
  p.level--;
  return r;
}
