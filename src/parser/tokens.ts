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

/** Operators of one, two and three characters (Grammar/Tokens), longest match first. */
export const OPERATORS: ReadonlyMap<string, T> = new Map<string, T>([
  ["(", T.LPAR], [")", T.RPAR], ["[", T.LSQB], ["]", T.RSQB], [":", T.COLON], [",", T.COMMA],
  [";", T.SEMI], ["+", T.PLUS], ["-", T.MINUS], ["*", T.STAR], ["/", T.SLASH], ["|", T.VBAR],
  ["&", T.AMPER], ["<", T.LESS], [">", T.GREATER], ["=", T.EQUAL], [".", T.DOT], ["%", T.PERCENT],
  ["{", T.LBRACE], ["}", T.RBRACE], ["==", T.EQEQUAL], ["!=", T.NOTEQUAL], ["<=", T.LESSEQUAL],
  [">=", T.GREATEREQUAL], ["~", T.TILDE], ["^", T.CIRCUMFLEX], ["<<", T.LEFTSHIFT],
  [">>", T.RIGHTSHIFT], ["**", T.DOUBLESTAR], ["+=", T.PLUSEQUAL], ["-=", T.MINEQUAL],
  ["*=", T.STAREQUAL], ["/=", T.SLASHEQUAL], ["%=", T.PERCENTEQUAL], ["&=", T.AMPEREQUAL],
  ["|=", T.VBAREQUAL], ["^=", T.CIRCUMFLEXEQUAL], ["<<=", T.LEFTSHIFTEQUAL],
  [">>=", T.RIGHTSHIFTEQUAL], ["**=", T.DOUBLESTAREQUAL], ["//", T.DOUBLESLASH],
  ["//=", T.DOUBLESLASHEQUAL], ["@", T.AT], ["@=", T.ATEQUAL], ["->", T.RARROW], ["...", T.ELLIPSIS],
  [":=", T.COLONEQUAL], ["<>", T.NOTEQUAL],
]);

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
