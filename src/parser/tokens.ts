// Token kinds: CPython's numbers from Grammar/Tokens (ENDMARKER 0 ... SOFT_KEYWORD 59) plus one kind
// per keyword (CPython's generated parser also gives every keyword its own token type, from 500).
// The parser compares numbers only, so a keyword, an operator and NAME are all one integer test.

export const enum T {
  ENDMARKER = 0, NAME = 1, NUMBER = 2, STRING = 3, NEWLINE = 4, INDENT = 5, DEDENT = 6,
  LPAR = 7, RPAR = 8, LSQB = 9, RSQB = 10, COLON = 11, COMMA = 12, SEMI = 13, PLUS = 14, MINUS = 15,
  STAR = 16, SLASH = 17, VBAR = 18, AMPER = 19, LESS = 20, GREATER = 21, EQUAL = 22, DOT = 23,
  PERCENT = 24, LBRACE = 25, RBRACE = 26, EQEQUAL = 27, NOTEQUAL = 28, LESSEQUAL = 29,
  GREATEREQUAL = 30, TILDE = 31, CIRCUMFLEX = 32, LEFTSHIFT = 33, RIGHTSHIFT = 34, DOUBLESTAR = 35,
  PLUSEQUAL = 36, MINEQUAL = 37, STAREQUAL = 38, SLASHEQUAL = 39, PERCENTEQUAL = 40, AMPEREQUAL = 41,
  VBAREQUAL = 42, CIRCUMFLEXEQUAL = 43, LEFTSHIFTEQUAL = 44, RIGHTSHIFTEQUAL = 45,
  DOUBLESTAREQUAL = 46, DOUBLESLASH = 47, DOUBLESLASHEQUAL = 48, AT = 49, ATEQUAL = 50, RARROW = 51,
  ELLIPSIS = 52, COLONEQUAL = 53, OP = 54, AWAIT = 55, ASYNC = 56, TYPE_IGNORE = 57,
  TYPE_COMMENT = 58, SOFT_KEYWORD = 59, ERRORTOKEN = 60,
  // keywords
  FALSE = 500, NONE, TRUE, AND, AS, ASSERT, BREAK, CLASS, CONTINUE, DEF, DEL, ELIF, ELSE,
  EXCEPT, FINALLY, FOR, FROM, GLOBAL, IF, IMPORT, IN, IS, LAMBDA, NONLOCAL, NOT, OR, PASS, RAISE,
  RETURN, TRY, WHILE, WITH, YIELD,
}

/** Reserved words and their token kinds ('async'/'await' are ASYNC/AWAIT, as in 3.10's grammar). */
export const KEYWORDS: ReadonlyMap<string, T> = new Map<string, T>([
  ["False", T.FALSE], ["None", T.NONE], ["True", T.TRUE], ["and", T.AND], ["as", T.AS],
  ["assert", T.ASSERT], ["async", T.ASYNC], ["await", T.AWAIT], ["break", T.BREAK],
  ["class", T.CLASS], ["continue", T.CONTINUE], ["def", T.DEF], ["del", T.DEL], ["elif", T.ELIF],
  ["else", T.ELSE], ["except", T.EXCEPT], ["finally", T.FINALLY], ["for", T.FOR], ["from", T.FROM],
  ["global", T.GLOBAL], ["if", T.IF], ["import", T.IMPORT], ["in", T.IN], ["is", T.IS],
  ["lambda", T.LAMBDA], ["nonlocal", T.NONLOCAL], ["not", T.NOT], ["or", T.OR], ["pass", T.PASS],
  ["raise", T.RAISE], ["return", T.RETURN], ["try", T.TRY], ["while", T.WHILE], ["with", T.WITH],
  ["yield", T.YIELD],
]);

/** The keywords by their first character's code: [text, kind] pairs (see keywordAt). */
const KEYWORDS_BY_FIRST: readonly (readonly [string, T])[][] = (() => {
  const table: [string, T][][] = Array.from({ length: 128 }, () => []);
  for (const [text, kind] of KEYWORDS) table[text.charCodeAt(0)].push([text, kind]);
  return table;
})();

/**
 * The keyword spelled by src[start, end) with its text, else null. It reads the source in place:
 * slicing every name to look it up in KEYWORDS made a string per keyword and hashed every name.
 */
export function keywordAt(src: string, start: number, end: number): readonly [string, T] | null {
  const first = src.charCodeAt(start);
  if (first >= 128) return null;
  const candidates = KEYWORDS_BY_FIRST[first];
  const len = end - start;
  for (let k = 0; k < candidates.length; k++) {
    const text = candidates[k][0];
    if (text.length !== len) continue;
    let i = 1;
    while (i < len && src.charCodeAt(start + i) === text.charCodeAt(i)) i++;
    if (i === len) return candidates[k];
  }
  return null;
}

/** One-character operators (Grammar/Tokens) by character code; T.OP for any other character. */
export const ONE_CHAR_OPS: Uint8Array = (() => {
  const ops = new Uint8Array(128).fill(T.OP);
  const pairs: [string, T][] = [
    ["(", T.LPAR], [")", T.RPAR], ["[", T.LSQB], ["]", T.RSQB], [":", T.COLON], [",", T.COMMA],
    [";", T.SEMI], ["+", T.PLUS], ["-", T.MINUS], ["*", T.STAR], ["/", T.SLASH], ["|", T.VBAR],
    ["&", T.AMPER], ["<", T.LESS], [">", T.GREATER], ["=", T.EQUAL], [".", T.DOT], ["%", T.PERCENT],
    ["{", T.LBRACE], ["}", T.RBRACE], ["~", T.TILDE], ["^", T.CIRCUMFLEX], ["@", T.AT],
  ];
  for (const [c, t] of pairs) ops[c.charCodeAt(0)] = t;
  return ops;
})();

// Two- and three-character operators as switches on character codes: the tokenizer's hottest
// path, where building a string per lookup cost more than the rest of the token.

/** The two-character operator c1 c2 (Grammar/Tokens, and '<>' for barry_as_FLUFL), else T.OP. */
export function twoCharOp(c1: number, c2: number): T {
  switch (c1) {
    case 0x21: return c2 === 0x3d ? T.NOTEQUAL : T.OP; // !=
    case 0x25: return c2 === 0x3d ? T.PERCENTEQUAL : T.OP;
    case 0x26: return c2 === 0x3d ? T.AMPEREQUAL : T.OP;
    case 0x2a: return c2 === 0x2a ? T.DOUBLESTAR : c2 === 0x3d ? T.STAREQUAL : T.OP;
    case 0x2b: return c2 === 0x3d ? T.PLUSEQUAL : T.OP;
    case 0x2d: return c2 === 0x3d ? T.MINEQUAL : c2 === 0x3e ? T.RARROW : T.OP;
    case 0x2f: return c2 === 0x2f ? T.DOUBLESLASH : c2 === 0x3d ? T.SLASHEQUAL : T.OP;
    case 0x3a: return c2 === 0x3d ? T.COLONEQUAL : T.OP;
    case 0x3c: return c2 === 0x3d ? T.LESSEQUAL : c2 === 0x3c ? T.LEFTSHIFT : c2 === 0x3e ? T.NOTEQUAL : T.OP;
    case 0x3d: return c2 === 0x3d ? T.EQEQUAL : T.OP;
    case 0x3e: return c2 === 0x3d ? T.GREATEREQUAL : c2 === 0x3e ? T.RIGHTSHIFT : T.OP;
    case 0x40: return c2 === 0x3d ? T.ATEQUAL : T.OP;
    case 0x5e: return c2 === 0x3d ? T.CIRCUMFLEXEQUAL : T.OP;
    case 0x7c: return c2 === 0x3d ? T.VBAREQUAL : T.OP;
  }
  return T.OP;
}

/** The text of the two- and three-character operators, by kind ("!=" for NOTEQUAL, which "<>" also is). */
export const OP_TEXT: readonly string[] = (() => {
  const text: string[] = [];
  const ops: [T, string][] = [
    [T.NOTEQUAL, "!="], [T.PERCENTEQUAL, "%="], [T.AMPEREQUAL, "&="], [T.DOUBLESTAR, "**"], [T.STAREQUAL, "*="],
    [T.PLUSEQUAL, "+="], [T.MINEQUAL, "-="], [T.RARROW, "->"], [T.DOUBLESLASH, "//"], [T.SLASHEQUAL, "/="],
    [T.COLONEQUAL, ":="], [T.LESSEQUAL, "<="], [T.LEFTSHIFT, "<<"], [T.EQEQUAL, "=="], [T.GREATEREQUAL, ">="],
    [T.RIGHTSHIFT, ">>"], [T.ATEQUAL, "@="], [T.CIRCUMFLEXEQUAL, "^="], [T.VBAREQUAL, "|="],
    [T.DOUBLESTAREQUAL, "**="], [T.DOUBLESLASHEQUAL, "//="], [T.LEFTSHIFTEQUAL, "<<="], [T.RIGHTSHIFTEQUAL, ">>="],
  ];
  for (const [t, s] of ops) text[t] = s;
  return text;
})();

/** The three-character operator c1 c2 c3 ('...' is the tokenizer's own case), else T.OP. */
export function threeCharOp(c1: number, c2: number, c3: number): T {
  if (c3 !== 0x3d || c1 !== c2) return T.OP;
  switch (c1) {
    case 0x2a: return T.DOUBLESTAREQUAL;
    case 0x2f: return T.DOUBLESLASHEQUAL;
    case 0x3c: return T.LEFTSHIFTEQUAL;
    case 0x3e: return T.RIGHTSHIFTEQUAL;
  }
  return T.OP;
}

export class Token {
  constructor(
    public type: T,
    /** The token's text (for STRING: the whole literal with prefix and quotes). */
    public string: string,
    public lineno: number,
    /** UTF-8 byte column, as CPython's. */
    public col_offset: number,
    public end_lineno: number,
    public end_col_offset: number,
    /** Parenthesis nesting level of the tokenizer after this token. */
    public level: number,
  ) {}
}
