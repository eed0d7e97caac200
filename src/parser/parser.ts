// The parser's state and machinery, as Parser/pegen.c: the token array filled on demand, marks,
// memoization per token and rule, node positions (EXTRA), and raising SyntaxErrors the way pegen
// places them. The memo is a flat table indexed by token and rule (memo.ts) rather than pegen's
// linked records: a record per memoized call was most of the parser's garbage. Rules live in
// statements.ts, expressions.ts, targets.ts, arguments.ts, patterns.ts and invalid-rules.ts as
// functions of a Parser, under python.gram's names.
// A raised error is a thrown PyError: once CPython's error_indicator is set nothing else runs,
// but for what a _loop0 leaves pending (see loop0Item).
import { PyError, type PyWarning } from "../support/py-error.ts";
import type { L } from "./ast-build.ts";
import { M } from "./messages.ts";
import { type MemoTable, takeMemo } from "./memo.ts";
import { Done, Tokenizer, TokenizerStop } from "./tokenizer.ts";
import { T, Token } from "./tokens.ts";
import { replaceDecode } from "./utf8.ts";
import { unicodeErrorMessage } from "../support/text/codecs/errors.ts";

export type Mode = "exec" | "eval" | "single" | "func_type" | "fstring";
export const CURRENT_POS = -5;

/**
 * Every memoized rule (pegen's `(memo)` rules and its left-recursive ones), one memo slot each.
 * The rules from `disjunction` on memoize only in the second pass. In the first pass no invalid_
 * rule runs, so each of them is only ever called again at a token from a memoized caller there
 * (conjunction from disjunction, factor from bitwise_or, ...): its memo was never hit on the
 * stdlib, and skipping it costs at most a constant factor, never changes a result, and emits no
 * warning twice (strings keeps its memo for that). disjunction and bitwise_or are hit a little
 * (463 and 28 of 300,000 lookups each on the stdlib), but each nesting of them goes through a rule
 * that memoizes in the first pass (expression), or through a bracket whose alternatives part at
 * its first token (`[*x]`, `{**x}`), so they too cost a constant factor at most. star_target and
 * target_with_star_atom keep theirs: `((a,),)` is tried as `'(' target_with_star_atom ')'` and
 * then as a tuple at each level. The second pass keeps pegen's memo exactly: there the invalid_
 * rules and in_raw_rule make a rule's result depend on its caller.
 * closed_pattern is memoized as later 3.10 releases do (3.10.2 does not): without it each level of
 * `case [[[...]]]` parses its inner pattern twice (as_pattern, then or_pattern), 2**depth work.
 */
export const enum MemoRule {
  expression, strings,
  star_target, target_with_star_atom, del_target, t_primary,
  arguments,
  simple_stmt, closed_pattern,
  disjunction, bitwise_or,
  conjunction, inversion, star_expression, factor, await_primary, primary, block, import_stmt,
  COUNT,
}
const FIRST_SECOND_PASS_ONLY = MemoRule.disjunction;

/** Parser/parser.c's MAXSTACK: the rule calls that may be nested (a 6001st raises MemoryError). */
const MAXSTACK = 6000;

export interface ParserOptions {
  filename: string;
  mode: Mode;
  typeComments: boolean;
  featureVersion: number;
  /** Whether SyntaxError offsets are converted to characters (CPython does when it knows the encoding). */
  charOffsets: boolean;
  warn?: (w: PyWarning) => void;
  /** PyCF_DONT_IMPLY_DEDENT (codeop's): single input's end closes no open indented block. */
  dontImplyDedent?: boolean;
  /**
   * Source bytes in another encoding than UTF-8, read as UTF-8 with U+FFFD for what does not decode
   * (newlines translated): the lines an error quotes when the tokenizer has left its line.
   */
  undecodedText?: string;
  /** f-string sub-expression parsers: position shift and the top-level parser's lines. */
  fstring?: { startLine: number; startCol: number };
}

export class Parser {
  fill = 0;
  mark = 0;
  callInvalidRules = false;
  /** Whether resetForSecondPass has run (every rule memoizes from then on, see MemoRule). */
  private secondPass = false;
  readonly tok: Tokenizer;
  readonly typeIgnores: { lineno: number; tag: string }[] = [];
  private parsingStarted = false;
  /**
   * pegen's in_raw_rule: how many left-recursive rules (bitwise_or and the levels below it,
   * primary, t_primary) are growing their seed here. invalid_named_expression does not report
   * inside one: `x = (a = 1, 2)` is a plain "invalid syntax", `(a = 1, 2)` on its own is not.
   */
  inRawRule = 0;
  /**
   * pegen's p->level: how many rule functions of CPython's generated parser would be active here.
   * Each of them counts itself on entry (before its memo lookup), its wrappers and helpers too (a
   * left-recursive rule's _raw function, the _loop, _gather and _tmp functions of repetitions and
   * groups); the functions here that stand for several of them, or inline one, count them all (see
   * enter()), so pegen's MemoryError comes at the same nesting.
   */
  level = 0;
  /**
   * An error raised in an item of a _loop0 (see loop0Item), while the rules that called the loop
   * carry on: pegen's error_indicator is set but no rule has failed on it yet.
   */
  pending: PyError | null = null;
  /** Taken from memo.ts's pool; runParser gives it back. */
  readonly memo: MemoTable = takeMemo();
  /** Tokens fetched so far: [0, fill). */
  readonly tokens: Token[] = this.memo.tokens;

  constructor(
    readonly src: string,
    readonly opts: ParserOptions,
  ) {
    const fs = opts.fstring;
    this.tok = new Tokenizer(src, this, opts.typeComments, fs ? fs.startLine : 0, fs ? fs.startCol : 0);
    this.tok.asyncHacks = opts.featureVersion < 7;
  }

  // --- tokens -------------------------------------------------------------------------------

  /** _PyPegen_fill_token: fetch one more token (recording type: ignore comments on the way). */
  fillToken(): void {
    let t: Token;
    try {
      t = this.tok.next();
      while (t.type === T.TYPE_IGNORE) {
        this.typeIgnores.push({ lineno: this.tok.lineno, tag: t.string });
        t = this.tok.next();
      }
    } catch (e) {
      if (e instanceof TokenizerStop) {
        // pegen stores the ERRORTOKEN (without a position: -1, to which an f-string expression's
        // parser adds its column on the expression's first line) before reporting it
        const ln = this.tok.startLine + this.tok.lineno;
        const col = this.tok.lineno === 1 ? this.tok.startCol - 1 : -1;
        this.tokens[this.fill++] = new Token(T.ERRORTOKEN, "", ln, col, ln, col, this.tok.level);
        if (e.done === Done.DECODE) this.raise(M.unicodeError(e.decodeError ? unicodeErrorMessage("UnicodeDecodeError", e.decodeError) : ""));
        this.tokenizerError(e.done);
      }
      throw e;
    }
    if (this.opts.mode === "single" && t.type === T.ENDMARKER && this.parsingStarted) {
      t.type = T.NEWLINE;
      this.parsingStarted = false;
      if (!this.opts.dontImplyDedent) this.tok.dedentAll();
    } else this.parsingStarted = true;
    this.tokens[this.fill++] = t;
    if ((this.fill + 1) * MemoRule.COUNT > this.memo.marks.length) this.memo.grow(this.fill);
  }

  /**
   * One item of pegen's _loop0 (a `*` repetition, or a gather's items after the first). Unlike a
   * _loop1, a _loop0 does not look at error_indicator when its loop ends: an error raised in an
   * item ends the loop, which returns the items before it, and the alternative that called it goes
   * on; if that alternative's action raises, its error replaces the first (in `P(a=1, x, Q(b=1, y))`
   * invalid_class_pattern reports the outer `x`, and the inner `y`'s error is dropped). The error
   * waits in `pending` and is thrown again at the next token or memo look-up: every rule of pegen's
   * starts by failing on error_indicator, and every alternative of one before trying it.
   */
  loop0Item<X>(rule: (p: Parser) => X | null): X | null {
    const mark = this.mark;
    const level = this.level;
    const inRawRule = this.inRawRule;
    try {
      return rule(this);
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      this.pending = e;
      this.mark = mark;
      this.level = level;
      this.inRawRule = inRawRule;
      return null;
    }
  }

  /** Throws the error a _loop0 left pending, if any. */
  checkPending(): void {
    if (this.pending !== null) this.rethrow();
  }

  /** Out of line: a throw in expect() and the other token look-ups made them 5% slower (cachegrind). */
  private rethrow(): never {
    throw this.pending!;
  }

  /** The token at the mark, fetched if needed. */
  peek(): Token {
    if (this.pending !== null) this.rethrow();
    if (this.mark === this.fill) this.fillToken();
    return this.tokens[this.mark];
  }

  /** Consume a token of the given kind, or fail with null. */
  expect(type: T): Token | null {
    if (this.pending !== null) this.rethrow();
    if (this.mark === this.fill) this.fillToken();
    const t = this.tokens[this.mark];
    if (t.type !== type) return null;
    this.mark++;
    return t;
  }

  /** Is the next token of this kind (without consuming it)? */
  at(type: T): boolean {
    if (this.pending !== null) this.rethrow();
    if (this.mark === this.fill) this.fillToken();
    return this.tokens[this.mark].type === type;
  }

  /** A soft keyword ("match", "case", "_"): a NAME with that text. */
  expectSoft(word: string): Token | null {
    const t = this.peek();
    if (t.type !== T.NAME || t.string !== word) return null;
    this.mark++;
    return t;
  }

  /**
   * Location of a node spanning from the token at `start` to the last non-whitespace token consumed.
   * The object is reused by the next call: it is meant for a node builder, which copies it at once
   * (one object per node built was a share of the parser's garbage).
   */
  loc(start: number): L {
    if (start === this.fill) this.fillToken();
    const s = this.tokens[start];
    const e = this.lastNonWhitespace();
    const l = this.scratchLoc;
    l.lineno = s.lineno;
    l.col_offset = s.col_offset;
    l.end_lineno = e.end_lineno;
    l.end_col_offset = e.end_col_offset;
    return l;
  }
  private readonly scratchLoc: L = { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };

  /** _PyPegen_get_last_nonnwhitespace_token. */
  lastNonWhitespace(): Token {
    let t = this.tokens[0];
    for (let m = this.mark - 1; m >= 0; m--) {
      t = this.tokens[m];
      if (t.type !== T.ENDMARKER && (t.type < T.NEWLINE || t.type > T.DEDENT)) break;
    }
    return t;
  }

  // --- nesting ------------------------------------------------------------------------------

  /** Enters `n` nested rule calls of pegen's parser; the caller leaves them with `level -= n`. */
  enter(n: number): void {
    if ((this.level += n) > MAXSTACK) this.tooDeep();
  }

  /** `if (p->level++ == MAXSTACK) { p->error_indicator = 1; PyErr_NoMemory(); }` */
  tooDeep(): never {
    throw new PyError("MemoryError", "");
  }

  /** A memoized rule's entry: one level (MemoryError past MAXSTACK), then memoGet, leaving the level on a hit. */
  memoEnter(rule: MemoRule): unknown {
    if (++this.level > MAXSTACK) this.tooDeep();
    const hit = this.memoGet(rule);
    if (hit !== undefined) this.level--;
    return hit;
  }

  // --- memo ---------------------------------------------------------------------------------

  /** A memoized result of `rule` at the current mark: undefined if none, else the node (or null) with the mark moved. */
  memoGet(rule: MemoRule): unknown {
    if (this.pending !== null) this.rethrow();
    if (this.mark === this.fill) this.fillToken();
    if (rule >= FIRST_SECOND_PASS_ONLY && !this.secondPass) return undefined;
    const memo = this.memo;
    const i = this.mark * MemoRule.COUNT + rule;
    const end = memo.marks[i] - memo.base;
    if (end <= 0) return undefined;
    this.mark = end - 1;
    return memo.result(i);
  }

  memoSet(start: number, rule: MemoRule, node: unknown): void {
    if (rule >= FIRST_SECOND_PASS_ONLY && !this.secondPass) return;
    this.memo.store(start * MemoRule.COUNT + rule, this.mark, node);
  }

  /** Forget memoized results before the second pass (reset_parser_state). */
  resetForSecondPass(): void {
    this.memo.clear(this.fill);
    this.level = 0;
    this.secondPass = true;
    this.mark = 0;
    this.callInvalidRules = true;
  }

  // --- errors -------------------------------------------------------------------------------

  warn(category: PyWarning["category"], message: string, lineno: number): void {
    this.opts.warn?.({ category, message, filename: this.opts.filename, lineno });
  }

  /** warn_invalid_escape_sequence: a DeprecationWarning at the literal's first line. */
  warnEscape(c: string, t: Token): void {
    try {
      this.warn("DeprecationWarning", M.invalidEscape(c), t.lineno);
    } catch (e) {
      // A warning the filters make an error becomes a SyntaxError at the literal's token.
      if (e instanceof PyError && e.type === "DeprecationWarning") this.raiseAtNode(M.invalidEscape(c), t);
      throw e;
    }
  }

  /** The line of text CPython attaches to a parser error on `lineno` (see _PyPegen_raise_error_known_location). */
  errorLine(lineno: number): string {
    const tok = this.tok;
    const rel = lineno - tok.startLine;
    if (tok.lineno <= rel && tok.lineno > 0) {
      // The tokenizer's current line buffer, with its newline.
      const e = this.src.indexOf("\n", tok.lineStart);
      return replaceDecode(this.src.slice(tok.bufStart, e < 0 ? this.src.length : e + 1));
    }
    // get_error_line: tok->str, which for a source in another encoding holds the bytes as given
    // (decoded as UTF-8 with "replace" here, so `'a'\xe9 \\` in latin-1 is quoted as "'a'\ufffd \\")
    const src = this.opts.undecodedText ?? this.src;
    let s = 0;
    for (let i = 1; i < rel && s >= 0; i++) {
      s = src.indexOf("\n", s);
      if (s >= 0) s++;
    }
    if (s < 0) return "";
    const e = src.indexOf("\n", s);
    return replaceDecode(src.slice(s, e < 0 ? src.length : e));
  }

  /** RAISE_ERROR_KNOWN_LOCATION: columns are 0-based UTF-8 offsets (or CURRENT_POS). */
  raiseAt(type: "SyntaxError" | "IndentationError" | "TabError", msg: string, lineno: number, col: number, endLineno: number, endCol: number): never {
    col = col === CURRENT_POS ? CURRENT_POS : col + 1;
    endCol = endCol === CURRENT_POS ? CURRENT_POS : endCol + 1;
    const tok = this.tok;
    if (endLineno === CURRENT_POS) endLineno = tok.startLine + tok.lineno;
    if (endCol === CURRENT_POS) endCol = tok.byteCol(Math.min(tok.cur, this.src.length));
    if (col === CURRENT_POS) col = tok.byteCol(Math.min(tok.cur, this.src.length));
    if (this.opts.fstring) msg = M.fstringPrefix + msg;
    const line = this.errorLine(lineno);
    if (this.opts.fstring) {
      col -= this.opts.fstring.startCol;
      endCol -= this.opts.fstring.startCol;
    }
    let offset = col;
    let endOffset = endCol;
    if (this.opts.charOffsets) {
      offset = byteToCharOffset(line, col);
      if (endOffset > 0) endOffset = byteToCharOffset(line, endCol);
    }
    throw PyError.syntax(type, msg, {
      filename: this.opts.filename, lineno, offset, end_lineno: endLineno, end_offset: endOffset, text: line,
    });
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg): at a node or token, to its end. */
  raiseAtNode(msg: string, a: L, type: "SyntaxError" | "IndentationError" = "SyntaxError"): never {
    return this.raiseAt(type, msg, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg). */
  raiseRange(msg: string, a: L, b: L): never {
    return this.raiseAt("SyntaxError", msg, a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg): from a to the current position. */
  raiseFrom(msg: string, a: L): never {
    return this.raiseAt("SyntaxError", msg, a.lineno, a.col_offset, CURRENT_POS, CURRENT_POS);
  }

  /** RAISE_SYNTAX_ERROR(msg) / _PyPegen_raise_error: at the last token fetched. */
  raise(msg: string, type: "SyntaxError" | "IndentationError" = "SyntaxError"): never {
    if (this.fill === 0) return this.raiseAt(type, msg, 0, -1, 0, -2);
    const t = this.tokens[this.fill - 1];
    let col: number;
    if (t.col_offset === -1) {
      const tok = this.tok;
      col = Math.min(tok.cur, this.src.length) === tok.lineStart ? 0 : tok.byteCol(Math.min(tok.cur, this.src.length));
      col -= 1; // raiseAt adds one back
    } else col = t.col_offset;
    const endCol = t.end_col_offset !== -1 ? t.end_col_offset : -2;
    return this.raiseAt(type, msg, t.lineno, col, t.end_lineno, endCol);
  }

  /** raise_unclosed_parentheses_error. */
  raiseUnclosed(): never {
    const tok = this.tok;
    const i = tok.level - 1;
    return this.raiseAt("SyntaxError", M.neverClosed(String.fromCharCode(tok.parenStack[i])), tok.startLine + tok.parenLine[i], tok.parenCol[i], tok.startLine + tok.parenLine[i], -1);
  }

  /** pegen's tokenizer_error for the tokenizer's stop codes. */
  tokenizerError(done: Done): never {
    const tok = this.tok;
    switch (done) {
      case Done.EOF:
        if (tok.level) return this.raiseUnclosed();
        return this.raise(M.unexpectedEOF);
      case Done.DEDENT:
        return this.raise(M.unindentMismatch, "IndentationError");
      case Done.TABSPACE:
        return this.raiseAt("TabError", M.tabSpace, tok.startLine + tok.lineno, 0, tok.startLine + tok.lineno, -1);
      case Done.TOODEEP:
        return this.raiseAt("IndentationError", M.tooDeep, tok.startLine + tok.lineno, 0, tok.startLine + tok.lineno, -1);
      case Done.LINECONT: {
        // `tok->cur - tok->buf - 1`: bytes, from the buffer's start (the first line of a statement
        // continued with backslashes, or of a multi-line string before it), as the error's text
        const col = tok.byteCol(Math.min(tok.cur, this.src.length), tok.bufStart, false) - 1;
        return this.raiseAt("SyntaxError", M.lineCont, tok.startLine + tok.lineno, col >= 0 ? col : 0, tok.startLine + tok.lineno, -1);
      }
      default:
        return this.raise("unknown parsing error");
    }
  }

  /** For "@" etc.: CHECK_VERSION's error when the feature is newer than feature_version. */
  checkVersion<N>(minor: number, what: string, node: N): N {
    if (this.opts.featureVersion < minor) this.raise(M.versionCheck(what, minor));
    return node;
  }
}

/** _PyPegen_byte_offset_to_character_offset: characters in the first `col` bytes (1-based col). */
export function byteToCharOffset(line: string, col: number): number {
  const bytes = new TextEncoder().encode(line);
  if (col > bytes.length + 1) col = bytes.length + 1;
  if (col < 0) return col;
  let n = 0;
  let i = 0;
  // Count characters the way a "replace" decode of bytes[0:col] would.
  while (i < col) {
    if (i >= bytes.length) {
      n++; // the NUL after the string
      i++;
      continue;
    }
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
    if (i + len > col) {
      n++; // a truncated sequence decodes to one replacement character
      break;
    }
    n += len === 4 ? 1 : 1;
    i += len;
  }
  return n;
}
