// f-strings as 3.10 parses them (Parser/string_parser.c): after tokenizing, each f-string token is
// split into literal text and `{...}` expressions; each expression's text is parsed by a fresh
// parser on "(" + text + ")" whose positions are shifted to where the text sits in the token.
// Nodes built here take the location of the whole string concatenation, except a format spec's
// JoinedStr and its trailing Constant, which take the location of the one token (3.10's quirks).
import type * as A from "./ast-nodes.ts";
import * as B from "./ast-build.ts";
import type { Parser } from "./parser.ts";
import type { Token } from "./tokens.ts";
import { M } from "./messages.ts";
import { decodeUnicodeEscapes, undecodable } from "./strings.ts";
import { hasEscapedBytes, rawBytes, utf8Error } from "./utf8.ts";
import { parseFstringExpr } from "./run.ts";
import { TextBuilder, junctionSplits, type Text } from "../support/text/split-str.ts";

const MAXLEVEL = 200;
const utf8Len = (s: string) => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 || (c >= 0xdc80 && c <= 0xdcff) ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
};

const span = (a: Token, b: Token): B.L => ({ lineno: a.lineno, col_offset: a.col_offset, end_lineno: b.end_lineno, end_col_offset: b.end_col_offset });

/** The state of one concatenation (FstringParser): pending literal text and the finished parts. */
export class FstringParser {
  lastStr = "";
  readonly exprs: A.expr[] = [];
  fmode = false;

  constructor(private readonly p: Parser) {}

  /** Offsets of false pairs in lastStr (support/text/split-str.ts), when it holds any. */
  private cuts: TextBuilder | null = null;

  concat(s: Text): void {
    if (typeof s === "string" && this.cuts === null && !junctionSplits(this.lastStr, s)) {
      this.lastStr += s;
      return;
    }
    if (this.cuts === null) {
      this.cuts = new TextBuilder();
      this.cuts.add(this.lastStr);
    }
    this.cuts.add(s);
    this.lastStr = this.cuts.units;
  }

  private strNode(first: Token, last: Token): A.Constant {
    const s = this.cuts === null ? this.lastStr : this.cuts.result();
    this.lastStr = "";
    this.cuts = null;
    return B.Constant(s, first.string.charCodeAt(0) === 0x75 ? "u" : null, span(first, last));
  }

  finish(first: Token, last: Token): A.expr {
    if (!this.fmode) return this.strNode(first, last);
    if (this.lastStr) this.exprs.push(this.strNode(first, last));
    return B.JoinedStr(this.exprs, span(first, last));
  }

  /** _PyPegen_FstringParser_ConcatFstring over body[pos.i ...]. */
  concatFstring(body: string, raw: boolean, recurseLvl: number, first: Token, t: Token, last: Token, pos: { i: number }): void {
    const p = this.p;
    this.fmode = true;
    for (;;) {
      const lit = this.findLiteral(body, raw, recurseLvl, t, pos);
      if (lit.text) this.concat(lit.text);
      if (lit.doubled) continue;
      if (pos.i >= body.length || body[pos.i] === "}") break;
      const { node, exprText } = this.findExpr(body, raw, recurseLvl, first, t, last, pos);
      if (exprText) this.concat(exprText);
      if (this.lastStr) this.exprs.push(this.strNode(first, last));
      this.exprs.push(node);
    }
    if (recurseLvl === 0 && pos.i < body.length) p.raise("f-string: unexpected end of string");
    if (recurseLvl !== 0 && body[pos.i] !== "}") p.raise(M.fstringExpectingBrace);
  }

  private findLiteral(body: string, raw: boolean, recurseLvl: number, t: Token, pos: { i: number }): { text: Text; doubled: boolean } {
    const start = pos.i;
    let s = start;
    const end = body.length;
    let doubled = false;
    let stop = -1;
    while (s < end) {
      let ch = body[s++];
      if (!raw && ch === "\\" && s < end) {
        ch = body[s++];
        if (ch === "N") {
          if (s < end && body[s] === "{") {
            s++;
            while (s < end && body[s++] !== "}");
            continue;
          }
          // pegen's scan takes the byte after a malformed \N and ends the literal there: in the
          // middle of a character beyond ASCII, whose first byte alone then fails to decode
          if (s < end && body.charCodeAt(s) >= 0x80) {
            const first = rawBytes(body.slice(s, s + 2))[0];
            this.p.raise(M.unicodeError(utf8Error(Uint8Array.of(first)) ?? ""));
          }
          if (s < end) s++;
          break;
        }
        if (ch === "{") this.p.warnEscape("{", t);
      }
      if (ch === "{" || ch === "}") {
        if (recurseLvl === 0) {
          if (s < end && body[s] === ch) {
            pos.i = s + 1;
            stop = s;
            doubled = true;
            break;
          }
          if (ch === "}") {
            pos.i = s - 1;
            this.p.raise(M.fstringSingleBrace);
          }
        }
        s--;
        break;
      }
    }
    if (!doubled) {
      pos.i = s;
      stop = s;
    }
    if (stop === start) return { text: "", doubled };
    const text = body.slice(start, stop);
    if (hasEscapedBytes(text)) undecodable(this.p, text, raw);
    return { text: raw ? text : decodeUnicodeEscapes(this.p, text, t), doubled };
  }

  private findExpr(body: string, raw: boolean, recurseLvl: number, first: Token, t: Token, last: Token, pos: { i: number }): { node: A.expr; exprText: string } {
    const p = this.p;
    if (recurseLvl >= 2) p.raise(M.fstringNesting);
    const brace = pos.i;
    pos.i++;
    const exprStart = pos.i;
    const end = body.length;
    let quote = "";
    let stringType = 0;
    const parens: string[] = [];
    for (; pos.i < end; pos.i++) {
      const ch = body[pos.i];
      if (ch === "\\") p.raise(M.fstringBackslash);
      if (quote) {
        if (ch === quote) {
          if (stringType === 3) {
            if (pos.i + 2 < end && body[pos.i + 1] === ch && body[pos.i + 2] === ch) {
              pos.i += 2;
              stringType = 0;
              quote = "";
            }
          } else {
            stringType = 0;
            quote = "";
          }
        }
        continue;
      }
      if (ch === "'" || ch === '"') {
        if (pos.i + 2 < end && body[pos.i + 1] === ch && body[pos.i + 2] === ch) {
          stringType = 3;
          pos.i += 2;
        } else stringType = 1;
        quote = ch;
      } else if (ch === "[" || ch === "{" || ch === "(") {
        if (parens.length >= MAXLEVEL) p.raise(M.fstringTooManyParens);
        parens.push(ch);
      } else if (ch === "#") {
        p.raise(M.fstringHash);
      } else if (parens.length === 0 && (ch === "!" || ch === ":" || ch === "}" || ch === "=" || ch === ">" || ch === "<")) {
        if (pos.i + 1 < end) {
          const next = body[pos.i + 1];
          if (next === "=" && (ch === "!" || ch === "=" || ch === "<" || ch === ">")) {
            pos.i++;
            continue;
          }
          if (ch === ">" || ch === "<") continue;
        }
        break;
      } else if (ch === "]" || ch === "}" || ch === ")") {
        if (!parens.length) p.raise(M.fstringUnmatched(ch));
        const open = parens.pop()!;
        if (!((open === "(" && ch === ")") || (open === "[" && ch === "]") || (open === "{" && ch === "}"))) {
          p.raise(M.fstringMismatch(ch, open));
        }
      }
    }
    const exprEnd = pos.i;
    if (quote) p.raise(M.fstringUnterminated);
    if (parens.length) p.raise(M.fstringUnmatched(parens[parens.length - 1]));
    if (pos.i >= end) p.raise(M.fstringExpectingBrace);

    const simple = this.compileExpr(body, brace, exprStart, exprEnd, t);

    let exprText = "";
    if (body[pos.i] === "=") {
      if (p.opts.featureVersion < 8) p.raise("f-string: self documenting expressions are only supported in Python 3.8 and greater");
      pos.i++;
      while (pos.i < end && " \t\n\r\f\v".includes(body[pos.i])) pos.i++;
      exprText = body.slice(exprStart, pos.i);
    }
    let conversion = -1;
    if (body[pos.i] === "!") {
      pos.i++;
      if (pos.i >= end) p.raise(M.fstringExpectingBrace);
      conversion = body.charCodeAt(pos.i);
      pos.i++;
      if (!(conversion === 0x73 || conversion === 0x72 || conversion === 0x61)) p.raise(M.fstringInvalidConversion);
    }
    let formatSpec: A.expr | null = null;
    if (pos.i < end && body[pos.i] === ":") {
      pos.i++;
      if (pos.i >= end) p.raise(M.fstringExpectingBrace);
      const sub = new FstringParser(p);
      sub.concatFstring(body, raw, recurseLvl + 1, first, t, last, pos);
      formatSpec = sub.finish(t, t);
    }
    if (pos.i >= end || body[pos.i] !== "}") p.raise(M.fstringExpectingBrace);
    pos.i++;
    if (exprText && formatSpec === null && conversion === -1) conversion = 0x72;
    return { node: B.FormattedValue(simple, conversion, formatSpec, span(first, last)), exprText };
  }

  /** fstring_compile_expr: parse "(" + text + ")" with positions shifted into the token. */
  private compileExpr(body: string, brace: number, exprStart: number, exprEnd: number, t: Token): A.expr {
    const p = this.p;
    const text = body.slice(exprStart, exprEnd);
    if (/^[ \t\n\f]*$/.test(text)) p.raise(M.fstringEmptyExpr);
    // fstring_find_expr_location: lines and byte columns from the token's text up to the '{'.
    const tokText = t.string;
    const bodyOffset = bodyStartOf(tokText);
    const braceInTok = bodyOffset + brace;
    let lines = 0;
    for (let k = 0; k < braceInTok; k++) if (tokText.charCodeAt(k) === 10) lines++;
    let cols = 0;
    let newlineAfterBrace = true;
    for (let k = braceInTok + 1; k < tokText.length && tokText[k] !== "}" && tokText[k] !== "\n"; k++) {
      const c = tokText[k];
      if (c !== " " && c !== "\t" && c !== "\f") {
        newlineAfterBrace = false;
        break;
      }
    }
    if (!newlineAfterBrace) {
      let k = braceInTok;
      while (k > 0 && tokText[k] !== "\n") k--;
      cols = utf8Len(tokText.slice(k, braceInTok));
    }
    return parseFstringExpr(p, "(" + text + ")", t.lineno + lines - 1, t.col_offset + cols);
  }
}

function bodyStartOf(tokText: string): number {
  let i = 0;
  while (tokText[i] !== "'" && tokText[i] !== '"') i++;
  const q = tokText[i];
  return tokText.length - i >= 6 && tokText[i + 1] === q && tokText[i + 2] === q ? i + 3 : i + 1;
}
