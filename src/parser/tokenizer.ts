// The tokenizer: Python source text -> tokens, on demand, as Parser/tokenizer.c's tok_get does.
// Tokens are produced lazily because CPython's are: a tokenizer error is raised only when the parser
// asks for the token, and the generic "invalid syntax" points at the last token fetched so far.
// The input is already decoded and newline-translated (\r\n and \r -> \n, final \n added); columns
// are UTF-8 byte offsets into the physical line, computed only for lines holding non-ASCII text.
import { isIdentifierContinue, isIdentifierStart, isPrintable } from "../support/unicode.ts";
import { keywordAt, ONE_CHAR_OPS, OP_TEXT, T, Token, threeCharOp, twoCharOp } from "./tokens.ts";
import { M } from "./messages.ts";
import { PyError, type PyWarning } from "../support/py-error.ts";
import { hasEscapedBytes, rawBytes, replaceDecode, utf8ErrorDetails } from "./utf8.ts";
import type { UnicodeErrorDetails } from "../support/text/codecs/errors.ts";

/** What the tokenizer needs from its parser: the file name and a place for warnings. */
export interface ErrorSink {
  readonly opts: { readonly filename: string };
  warn(category: PyWarning["category"], message: string, lineno: number): void;
}

/** Thrown when the tokenizer stops with a state code (tok->done) rather than its own SyntaxError. */
export class TokenizerStop {
  /** For E_DECODE: the codec's error, which pegen reports as "(unicode error) ...". */
  constructor(readonly done: Done, readonly decodeError: UnicodeErrorDetails | null = null) {}
}

const TABSIZE = 8;
const ALTTABSIZE = 1;
const MAXINDENT = 100;
const MAXLEVEL = 200;
const EOF = -1;

/** Why the tokenizer stopped (tok->done): pegen turns these codes into its own messages. */
export const enum Done { OK, EOF, ERROR, TABSPACE, DEDENT, TOODEEP, LINECONT, DECODE }

/** Code points in src[from, to) (CPython counts characters, not UTF-16 units). */
function codePoints(src: string, from: number, to: number): number {
  let n = 0;
  to = Math.min(to, src.length);
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < to) i++;
    n++;
  }
  return n;
}

const NON_ASCII = /[^\0-\x7f]/g;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isXDigit = (c: number) => isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
const isPotentialIdentifierStart = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c >= 128;
const isPotentialIdentifierChar = (c: number) =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || isDigit(c) || c === 0x5f || c >= 128;

export class Tokenizer {
  /** Index of the next character to read (tok->cur). */
  cur = 0;
  lineno = 0;
  /** Index where the current physical line starts (tok->line_start). */
  lineStart = 0;
  private lineAscii = true;
  /** Start of the line buffer CPython shows as an error's text (tok->buf). */
  bufStart = 0;
  private nextLineStart = 0;
  done: Done = Done.OK;
  level = 0;
  readonly parenStack: number[] = [];
  readonly parenLine: number[] = [];
  readonly parenCol: number[] = [];
  private atbol = true;
  private pendin = 0;
  private readonly indstack = [0];
  private readonly altindstack = [0];
  private contLine = false;
  /** Start of the current token (tok->start), -1 when none. */
  start = -1;
  private firstLineno = 0;
  private multiLineStart = 0;
  private multiLineAscii = true;
  private readonly n: number;
  /** Index of the first non-ASCII character at or after the current line's start (n if none). */
  private nextNonAscii = -1;
  /**
   * feature_version below 3.7 (ast.parse's): 'async' and 'await' are names except in an async
   * def, whose extent these track ('async' before 'def' opens one at the current indentation; a
   * NEWLINE past its signature, then a line indented no deeper, closes it).
   */
  asyncHacks = false;
  private asyncDef = false;
  private asyncDefIndent = 0;
  private asyncDefNl = false;

  constructor(
    readonly src: string,
    private readonly sink: ErrorSink,
    private readonly typeComments: boolean,
    /** For f-string sub-expressions: added to every line number and to first-line columns. */
    readonly startLine = 0,
    readonly startCol = 0,
  ) {
    this.n = src.length;
  }

  /** Byte column of character index i on the line starting at `ls` (ascii: whether that line is). */
  byteCol(i: number, ls = this.lineStart, ascii = this.lineAscii): number {
    if (ascii) return i - ls;
    let b = 0;
    for (let k = ls; k < i; k++) {
      const c = this.src.charCodeAt(k);
      if (c < 0x80 || (c >= 0xdc80 && c <= 0xdcff)) b += 1;
      else if (c < 0x800) b += 2;
      else if (c >= 0xd800 && c < 0xdc00 && k + 1 < i) {
        b += 4;
        k++;
      } else b += 3;
    }
    return b;
  }

  /** The text of line `lineno`'s physical line starting at `ls`, without its newline. */
  lineText(ls: number): string {
    const e = this.src.indexOf("\n", ls);
    return replaceDecode(this.src.slice(ls, e < 0 ? this.n : e));
  }

  private newLine(at: number): void {
    this.lineno++;
    this.lineStart = at;
    // tok->buf moves only between tokens: a multi-line token keeps its first line in the buffer
    if (this.start === -1) this.bufStart = at;
    let k = this.src.indexOf("\n", at);
    if (k < 0) k = this.n;
    // Most lines are ASCII: the next non-ASCII character is searched once and kept until passed.
    if (this.nextNonAscii < at) {
      NON_ASCII.lastIndex = at;
      const m = NON_ASCII.exec(this.src);
      this.nextNonAscii = m ? m.index : this.n;
    }
    this.lineAscii = this.nextNonAscii >= k;
    this.nextLineStart = k + 1;
  }

  private nextc(): number {
    if (this.cur >= this.n) {
      if (this.done === Done.OK) this.done = Done.EOF;
      this.cur = this.n + 1; // so that a backup of EOF is harmless
      return EOF;
    }
    if (this.cur === this.nextLineStart) this.newLine(this.cur);
    return this.src.charCodeAt(this.cur++);
  }

  private backup(c: number): void {
    if (c !== EOF) this.cur--;
    else if (this.cur > this.n) this.cur = this.n;
  }

  /**
   * Moves `cur` past a run of spaces (the indentation and the blanks between tokens): nextc one
   * character at a time was a large share of the tokenizer. Called right after nextc read a
   * character other than a newline, so the run cannot reach the next line's start.
   */
  private skipSpaces(): number {
    const start = this.cur;
    let i = start;
    while (this.src.charCodeAt(i) === 0x20) i++;
    this.cur = i;
    return i - start;
  }

  /** tokenizer.c's lookahead: s follows, and no identifier character after it (`1fore` is not `1 for`). */
  private lookahead(s: string): boolean {
    for (let i = 0; i < s.length; i++) if (this.src.charCodeAt(this.cur + i) !== s.charCodeAt(i)) return false;
    const after = this.cur + s.length;
    return after >= this.n || !isPotentialIdentifierChar(this.src.charCodeAt(after));
  }

  private makeToken(type: T, start: number, end: number, lineno = this.lineno, ls = this.lineStart, ascii = this.lineAscii): Token {
    return this.tokenWithText(type, this.src.slice(start, end), start, end, lineno, ls, ascii);
  }

  private tokenWithText(type: T, text: string, start: number, end: number, lineno = this.lineno, ls = this.lineStart, ascii = this.lineAscii): Token {
    const col = start >= ls ? this.byteCol(start, ls, ascii) : -1;
    const endCol = end >= this.lineStart ? this.byteCol(end) : -1;
    const first = this.lineno === 1;
    return new Token(
      type,
      text,
      this.startLine + lineno,
      first && col >= 0 ? this.startCol + col : col,
      this.startLine + this.lineno,
      first && endCol >= 0 ? this.startCol + endCol : endCol,
      this.level,
    );
  }

  /** tokenizer.c's syntaxerror(): the column counts characters up to tok->cur. */
  private syntaxError(msg: string, colOffset = -1, endColOffset = -1): never {
    const text = this.lineText(this.lineStart);
    const col = colOffset === -1 ? codePoints(replaceDecode(this.src.slice(this.lineStart, Math.min(this.cur, this.n))), 0, Infinity) : colOffset;
    this.done = Done.ERROR;
    throw PyError.syntax("SyntaxError", msg, {
      filename: this.sink.opts.filename, lineno: this.startLine + this.lineno, offset: col,
      end_lineno: this.startLine + this.lineno, end_offset: endColOffset === -1 ? col : endColOffset, text,
    });
  }

  /** Single-input mode at end of input: close every open block (pendin = -indent). */
  dedentAll(): void {
    this.pendin = -(this.indstack.length - 1);
    this.indstack.length = 1;
    this.altindstack.length = 1;
  }

  /** parser_warn: a DeprecationWarning; one the warnings filters make an error is a SyntaxError here. */
  private warn(msg: string): void {
    try {
      this.sink.warn("DeprecationWarning", msg, this.lineno);
    } catch (e) {
      if (e instanceof PyError && e.type === "DeprecationWarning") this.syntaxError(msg);
      throw e;
    }
  }

  /** The next token; on a tokenizer error, reports it through the sink (which throws). */
  next(): Token {
    for (;;) {
      const t = this.get();
      if (t) return t;
    }
  }

  /** One step of tok_get: a token, or null when it only skipped a blank line or continuation. */
  private get(): Token | null {
    if (this.done !== Done.OK && this.done !== Done.EOF) return this.error();
    let c: number;
    let blankline = false;
    this.start = -1;
    if (this.atbol) {
      this.atbol = false;
      let col = 0;
      let altcol = 0;
      for (;;) {
        c = this.nextc();
        if (c === 0x20) {
          const more = 1 + this.skipSpaces();
          col += more;
          altcol += more;
        } else if (c === 0x09) {
          col = (Math.floor(col / TABSIZE) + 1) * TABSIZE;
          altcol = (Math.floor(altcol / ALTTABSIZE) + 1) * ALTTABSIZE;
        } else if (c === 0x0c) col = altcol = 0;
        else break;
      }
      this.backup(c);
      // 3.10.2 takes a line whose first non-blank is a line continuation for a blank line, as it
      // does a comment: its indentation does not count, nor the next line's (read as a
      // continuation). Later 3.10 releases read the continuation in the indentation instead.
      if (c === 0x23 || c === 0x0a || c === 0x5c) blankline = true;
      if (!blankline && this.level === 0) {
        const top = this.indstack.length - 1;
        if (col === this.indstack[top]) {
          if (altcol !== this.altindstack[top]) return this.fail(Done.TABSPACE);
        } else if (col > this.indstack[top]) {
          if (top + 1 >= MAXINDENT) return this.fail(Done.TOODEEP);
          if (altcol <= this.altindstack[top]) return this.fail(Done.TABSPACE);
          this.pendin++;
          this.indstack.push(col);
          this.altindstack.push(altcol);
        } else {
          while (this.indstack.length > 1 && col < this.indstack[this.indstack.length - 1]) {
            this.pendin--;
            this.indstack.pop();
            this.altindstack.pop();
          }
          if (col !== this.indstack[this.indstack.length - 1]) return this.fail(Done.DEDENT);
          if (altcol !== this.altindstack[this.altindstack.length - 1]) return this.fail(Done.TABSPACE);
        }
      }
    }
    this.start = this.cur;
    if (this.pendin !== 0) {
      if (this.pendin < 0) {
        this.pendin++;
        return this.makeToken(T.DEDENT, -1, -1);
      }
      this.pendin--;
      return this.makeToken(T.INDENT, -1, -1);
    }
    if (this.asyncDef && this.asyncDefNl && !blankline && this.level === 0 && this.src.charCodeAt(this.cur) !== 0x0a && this.asyncDefIndent >= this.indstack.length - 1) {
      this.asyncDef = false;
      this.asyncDefNl = false;
    }
    return this.again(blankline);
  }

  private fail(done: Done): null {
    this.done = done;
    this.cur = this.lineEnd();
    return this.error();
  }

  private lineEnd(): number {
    const e = this.src.indexOf("\n", this.lineStart);
    return e < 0 ? this.n : e + 1;
  }

  private error(): never {
    throw new TokenizerStop(this.done);
  }

  private again(blankline: boolean): Token | null {
    let c: number;
    do {
      c = this.nextc();
      if (c === 0x20) this.skipSpaces();
    } while (c === 0x20 || c === 0x09 || c === 0x0c);
    this.start = c === EOF ? this.n : this.cur - 1;

    if (c === 0x23) {
      // A comment runs to the end of the line: jump to its newline, then read it as usual.
      const e = this.src.indexOf("\n", this.cur);
      this.cur = e < 0 ? this.n : e;
      c = this.nextc();
      if (this.typeComments) {
        const t = this.typeComment(c, blankline);
        if (t) return t;
      }
    }

    if (c === EOF) {
      if (this.level) return this.error();
      return this.makeToken(T.ENDMARKER, -1, -1);
    }

    if (isPotentialIdentifierStart(c)) return this.identifier(c);

    if (c === 0x0a) {
      this.atbol = true;
      if (blankline || this.level > 0) return null;
      this.contLine = false;
      if (this.asyncDef) this.asyncDefNl = true;
      return this.makeToken(T.NEWLINE, this.start, this.cur - 1);
    }

    if (c === 0x2e) {
      c = this.nextc();
      if (isDigit(c)) return this.number(c, "fraction");
      if (c === 0x2e) {
        c = this.nextc();
        if (c === 0x2e) return this.tokenWithText(T.ELLIPSIS, "...", this.start, this.cur);
        this.backup(c);
        this.backup(0x2e);
      } else this.backup(c);
      return this.makeToken(T.DOT, this.start, this.cur);
    }

    if (isDigit(c)) return this.number(c, "start");

    if (c === 0x27 || c === 0x22) return this.string(c);

    if (c === 0x5c) {
      c = this.nextc();
      if (c !== 0x0a) {
        this.done = Done.LINECONT;
        return this.error();
      }
      c = this.nextc();
      if (c === EOF) {
        this.done = Done.EOF;
        this.cur = this.n;
        return this.error();
      }
      this.backup(c);
      this.contLine = true;
      return this.again(blankline);
    }

    // Two- and three-character operators.
    const c2 = this.nextc();
    const two = twoCharOp(c, c2);
    if (two !== T.OP) {
      const c3 = this.nextc();
      const three = threeCharOp(c, c2, c3);
      // The operator's text from a table (no string per token), but for '<>', which is NOTEQUAL too.
      if (three !== T.OP) return this.tokenWithText(three, OP_TEXT[three], this.start, this.cur);
      this.backup(c3);
      return c === 0x3c && c2 === 0x3e ? this.makeToken(two, this.start, this.cur) : this.tokenWithText(two, OP_TEXT[two], this.start, this.cur);
    }
    this.backup(c2);

    switch (c) {
      case 0x28: case 0x5b: case 0x7b:
        if (this.level >= MAXLEVEL) return this.syntaxError(M.tooManyNestedParens);
        this.parenStack[this.level] = c;
        this.parenLine[this.level] = this.lineno;
        this.parenCol[this.level] = this.byteCol(this.start);
        this.level++;
        break;
      case 0x29: case 0x5d: case 0x7d: {
        if (!this.level) return this.syntaxError(M.unmatched(String.fromCharCode(c)));
        this.level--;
        const open = this.parenStack[this.level];
        if (!((open === 0x28 && c === 0x29) || (open === 0x5b && c === 0x5d) || (open === 0x7b && c === 0x7d))) {
          const cs = String.fromCharCode(c);
          const os = String.fromCharCode(open);
          if (this.parenLine[this.level] !== this.lineno) return this.syntaxError(M.parenMismatchLine(cs, os, this.parenLine[this.level]));
          return this.syntaxError(M.parenMismatch(cs, os));
        }
        break;
      }
    }
    // 3.10's tok_get has no non-printable check (3.11 added one): an ASCII control character is a
    // one-character OP token, which the parser then rejects as invalid syntax.
    return this.makeToken(c < 128 ? ONE_CHAR_OPS[c] : T.OP, this.start, this.cur);
  }

  /** `# type: ...` comments become TYPE_COMMENT / TYPE_IGNORE tokens when asked for. */
  private typeComment(c: number, blankline: boolean): Token | null {
    const s = this.src;
    const end = c === EOF ? this.n : this.cur - 1; // the comment ends before its newline
    let p = this.start;
    const prefix = "# type: ";
    let k = 0;
    for (; k < prefix.length && p < end; k++) {
      const pc = prefix.charCodeAt(k);
      if (pc === 0x20) {
        while (p < end && (s.charCodeAt(p) === 0x20 || s.charCodeAt(p) === 0x09)) p++;
      } else if (s.charCodeAt(p) === pc) p++;
      else break;
    }
    // A trailing ' ' in the prefix matches zero blanks even at the end of the comment.
    if (k === prefix.length - 1 && p >= end) k++;
    if (k !== prefix.length) return null;
    this.backup(c);
    const ignoreEnd = p + 6;
    const isIgnore = end >= ignoreEnd && s.startsWith("ignore", p) &&
      !(end > ignoreEnd && (s.charCodeAt(ignoreEnd) >= 128 || /[A-Za-z0-9]/.test(s[ignoreEnd])));
    if (isIgnore) {
      const t = this.makeToken(T.TYPE_IGNORE, ignoreEnd, end);
      if (blankline) {
        this.nextc();
        this.atbol = true;
      }
      return t;
    }
    return this.makeToken(T.TYPE_COMMENT, p, end);
  }

  private identifier(c: number): Token {
    let sawB = false, sawR = false, sawU = false, sawF = false;
    for (;;) {
      if (!(sawB || sawU || sawF) && (c === 0x62 || c === 0x42)) sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && (c === 0x75 || c === 0x55)) sawU = true;
      else if (!(sawR || sawU) && (c === 0x72 || c === 0x52)) sawR = true;
      else if (!(sawF || sawB || sawU) && (c === 0x66 || c === 0x46)) sawF = true;
      else break;
      c = this.nextc();
      if (c === 0x22 || c === 0x27) return this.string(c);
    }
    if (c !== EOF && isPotentialIdentifierChar(c)) {
      // The rest of the name, read directly: it cannot reach a newline, so nextc's line
      // bookkeeping has nothing to do.
      const src = this.src;
      const n = this.n;
      let nonascii = c >= 128;
      let i = this.cur;
      for (; i < n; i++) {
        const d = src.charCodeAt(i);
        if (!isPotentialIdentifierChar(d)) break;
        if (d >= 128) nonascii = true;
      }
      this.cur = i;
      if (i === n && this.done === Done.OK) this.done = Done.EOF; // as nextc would on reading EOF
      if (nonascii) this.verifyIdentifier();
    } else this.backup(c);
    const keyword = keywordAt(this.src, this.start, this.cur);
    if (keyword !== null && this.asyncHacks && (keyword[1] === T.ASYNC || keyword[1] === T.AWAIT) && !this.asyncDef) {
      // outside an async def only 'async' right before 'def' is the keyword
      if (keyword[1] === T.AWAIT || !this.defFollows()) return this.makeToken(T.NAME, this.start, this.cur);
      this.asyncDef = true;
      this.asyncDefIndent = this.indstack.length - 1;
    }
    if (keyword !== null) return this.tokenWithText(keyword[1], keyword[0], this.start, this.cur);
    return this.makeToken(T.NAME, this.start, this.cur);
  }

  /** Whether the next token is the name 'def' (spaces, tabs, form feeds and line continuations between). */
  private defFollows(): boolean {
    let i = this.cur;
    for (;;) {
      const c = this.src.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0c) i++;
      else if (c === 0x5c && this.src.charCodeAt(i + 1) === 0x0a) i += 2;
      else if (c === 0x5c && this.src.charCodeAt(i + 1) === 0x0d && this.src.charCodeAt(i + 2) === 0x0a) i += 3;
      else break;
    }
    return this.src.startsWith("def", i) && !isPotentialIdentifierChar(this.src.charCodeAt(i + 3));
  }

  /** tokenizer.c's verify_identifier: the first character that is not XID_Start/XID_Continue. */
  private verifyIdentifier(): void {
    const text = this.src.slice(this.start, this.cur);
    if (hasEscapedBytes(text)) {
      this.done = Done.DECODE;
      throw new TokenizerStop(Done.DECODE, utf8ErrorDetails(rawBytes(text)));
    }
    let first = true;
    for (let k = this.start; k < this.cur; ) {
      const cp = this.src.codePointAt(k)!;
      const w = cp > 0xffff ? 2 : 1;
      if (first ? !(isIdentifierStart(cp) || cp === 0x5f) : !isIdentifierContinue(cp)) {
        this.cur = k + w;
        const hex = cp.toString(16).toUpperCase().padStart(4, "0");
        return this.syntaxError(isPrintable(cp) ? M.invalidCharacter(String.fromCodePoint(cp), hex) : M.nonPrintable(hex));
      }
      first = false;
      k += w;
    }
  }

  private decimalTail(): number {
    let c: number;
    for (;;) {
      do c = this.nextc();
      while (isDigit(c));
      if (c !== 0x5f) break;
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        return this.syntaxError(M.invalidDecimalLiteral);
      }
    }
    return c;
  }

  private verifyEndOfNumber(c: number, kind: string): void {
    let r = false;
    if (c === 0x61) r = this.lookahead("nd");
    else if (c === 0x65) r = this.lookahead("lse");
    else if (c === 0x66) r = this.lookahead("or");
    else if (c === 0x69) {
      const c2 = this.src.charCodeAt(this.cur);
      r = c2 === 0x66 || c2 === 0x6e || c2 === 0x73;
    } else if (c === 0x6f) r = this.lookahead("r");
    // 3.10.2 has no 'not' here (later 3.10 releases warn for `1not in x` too): an error
    if (r) {
      this.backup(c);
      this.warn(M.invalidLiteral(kind));
      this.nextc();
    } else if (c !== EOF && isPotentialIdentifierChar(c)) {
      this.backup(c);
      this.syntaxError(M.invalidLiteral(kind));
    }
  }

  private number(c: number, entry: "start" | "fraction"): Token {
    if (entry === "fraction") return this.fraction(c);
    if (c === 0x30) {
      c = this.nextc();
      if (c === 0x78 || c === 0x58) {
        c = this.nextc();
        do {
          if (c === 0x5f) c = this.nextc();
          if (!isXDigit(c)) {
            this.backup(c);
            return this.syntaxError(M.invalidHexLiteral);
          }
          do c = this.nextc();
          while (isXDigit(c));
        } while (c === 0x5f);
        this.verifyEndOfNumber(c, "hexadecimal");
      } else if (c === 0x6f || c === 0x4f || c === 0x62 || c === 0x42) {
        const octal = c === 0x6f || c === 0x4f;
        const max = octal ? 0x38 : 0x32;
        const name = octal ? "octal" : "binary";
        c = this.nextc();
        do {
          if (c === 0x5f) c = this.nextc();
          if (c < 0x30 || c >= max) {
            if (isDigit(c)) return this.syntaxError(M.invalidDigit(String.fromCharCode(c), name));
            this.backup(c);
            return this.syntaxError(octal ? M.invalidOctalLiteral : M.invalidBinaryLiteral);
          }
          do c = this.nextc();
          while (c >= 0x30 && c < max);
        } while (c === 0x5f);
        if (isDigit(c)) return this.syntaxError(M.invalidDigit(String.fromCharCode(c), name));
        this.verifyEndOfNumber(c, name);
      } else {
        let nonzero = false;
        for (;;) {
          if (c === 0x5f) {
            c = this.nextc();
            if (!isDigit(c)) {
              this.backup(c);
              return this.syntaxError(M.invalidDecimalLiteral);
            }
          }
          if (c !== 0x30) break;
          c = this.nextc();
        }
        const zerosEnd = this.cur;
        if (isDigit(c)) {
          nonzero = true;
          c = this.decimalTail();
        }
        if (c === 0x2e) return this.fraction(this.nextc());
        if (c === 0x65 || c === 0x45) return this.exponent(c);
        if (c === 0x6a || c === 0x4a) return this.imaginary();
        if (nonzero) {
          this.backup(c);
          return this.syntaxError(M.leadingZeros, this.byteCol(this.start) + 1, this.byteCol(zerosEnd));
        }
        this.verifyEndOfNumber(c, "decimal");
      }
    } else {
      c = this.decimalTail();
      if (c === 0x2e) return this.fraction(this.nextc());
      if (c === 0x65 || c === 0x45) return this.exponent(c);
      if (c === 0x6a || c === 0x4a) return this.imaginary();
      this.verifyEndOfNumber(c, "decimal");
    }
    this.backup(c);
    return this.makeToken(T.NUMBER, this.start, this.cur);
  }

  private fraction(c: number): Token {
    if (isDigit(c)) c = this.decimalTail();
    if (c === 0x65 || c === 0x45) return this.exponent(c);
    if (c === 0x6a || c === 0x4a) return this.imaginary();
    this.verifyEndOfNumber(c, "decimal");
    this.backup(c);
    return this.makeToken(T.NUMBER, this.start, this.cur);
  }

  private exponent(e: number): Token {
    let c = this.nextc();
    if (c === 0x2b || c === 0x2d) {
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        return this.syntaxError(M.invalidDecimalLiteral);
      }
    } else if (!isDigit(c)) {
      this.backup(c);
      this.verifyEndOfNumber(e, "decimal");
      this.backup(e);
      return this.makeToken(T.NUMBER, this.start, this.cur);
    }
    c = this.decimalTail();
    if (c === 0x6a || c === 0x4a) return this.imaginary();
    this.verifyEndOfNumber(c, "decimal");
    this.backup(c);
    return this.makeToken(T.NUMBER, this.start, this.cur);
  }

  private imaginary(): Token {
    const c = this.nextc();
    this.verifyEndOfNumber(c, "imaginary");
    this.backup(c);
    return this.makeToken(T.NUMBER, this.start, this.cur);
  }

  /**
   * Moves `cur` past the characters of a string literal that only advance it (all but its quote,
   * a backslash and a newline), read directly rather than through nextc. Called right after nextc
   * read such a character, so the run cannot reach the next line's start.
   */
  private skipLiteralText(quote: number): void {
    const src = this.src;
    const n = this.n;
    let i = this.cur;
    for (; i < n; i++) {
      const c = src.charCodeAt(i);
      if (c === quote || c === 0x5c || c === 0x0a) break;
    }
    this.cur = i;
  }

  private string(quote: number): Token {
    let quoteSize = 1;
    let endQuoteSize = 0;
    this.firstLineno = this.lineno;
    this.multiLineStart = this.lineStart;
    this.multiLineAscii = this.lineAscii;
    let c = this.nextc();
    if (c === quote) {
      c = this.nextc();
      if (c === quote) quoteSize = 3;
      else endQuoteSize = 1;
    }
    if (c !== quote) this.backup(c);
    while (endQuoteSize !== quoteSize) {
      c = this.nextc();
      if (c === EOF || (quoteSize === 1 && c === 0x0a)) {
        const detected = this.lineno;
        this.cur = this.start + 1;
        this.lineStart = this.multiLineStart;
        this.lineAscii = this.multiLineAscii;
        this.lineno = this.firstLineno;
        return this.syntaxError(quoteSize === 3 ? M.unterminatedTriple(detected) : M.unterminatedString(detected));
      }
      if (c === quote) endQuoteSize++;
      else {
        endQuoteSize = 0;
        if (c === 0x5c) this.nextc();
        else if (c !== 0x0a) this.skipLiteralText(quote);
      }
    }
    return this.makeToken(T.STRING, this.start, this.cur, this.firstLineno, this.multiLineStart, this.multiLineAscii);
  }
}
