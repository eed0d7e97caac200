// Every SyntaxError / IndentationError / TabError text the 3.10 tokenizer and parser raise, named
// once. Call sites use these names, so a grep finds every place a message is raised. The texts are
// CPython 3.10.2's (Parser/tokenizer.c, Parser/pegen.c, Parser/string_parser.c, Grammar/python.gram).

export const M = {
  // tokenizer
  tooManyNestedParens: "too many nested parentheses",
  unmatched: (c: string) => `unmatched '${c}'`,
  parenMismatchLine: (c: string, o: string, line: number) => `closing parenthesis '${c}' does not match opening parenthesis '${o}' on line ${line}`,
  parenMismatch: (c: string, o: string) => `closing parenthesis '${c}' does not match opening parenthesis '${o}'`,
  nonPrintable: (hex: string) => `invalid non-printable character U+${hex}`,
  invalidCharacter: (ch: string, hex: string) => `invalid character '${ch}' (U+${hex})`,
  invalidDecimalLiteral: "invalid decimal literal",
  invalidHexLiteral: "invalid hexadecimal literal",
  invalidOctalLiteral: "invalid octal literal",
  invalidBinaryLiteral: "invalid binary literal",
  invalidLiteral: (kind: string) => `invalid ${kind} literal`,
  invalidDigit: (c: string, kind: string) => `invalid digit '${c}' in ${kind} literal`,
  leadingZeros: "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
  unterminatedString: (line: number) => `unterminated string literal (detected at line ${line})`,
  unterminatedTriple: (line: number) => `unterminated triple-quoted string literal (detected at line ${line})`,
  // tokenizer states reported by pegen (tokenizer_error)
  unexpectedEOF: "unexpected EOF while parsing",
  unindentMismatch: "unindent does not match any outer indentation level",
  tabSpace: "inconsistent use of tabs and spaces in indentation",
  tooDeep: "too many levels of indentation",
  lineCont: "unexpected character after line continuation character",
  neverClosed: (c: string) => `'${c}' was never closed`,
  // pegen
  invalidSyntax: "invalid syntax",
  unexpectedIndent: "unexpected indent",
  unexpectedUnindent: "unexpected unindent",
  errorAtStart: "error at start before reading any input",
  multipleStatements: "multiple statements found while compiling a single statement",
  nullBytes: "source code string cannot contain null bytes",
  // decoding
  nonUtf8: (byte: number, filename: string, line: number) =>
    `Non-UTF-8 code starting with '\\x${byte.toString(16).padStart(2, "0")}' in file ${filename} on line ${line}, but no encoding declared; see https://python.org/dev/peps/pep-0263/ for details`,
  unknownEncoding: (enc: string) => `unknown encoding: ${enc}`,
  encodingProblem: (enc: string) => `encoding problem: ${enc}`,
  encodingProblemBom: (enc: string) => `encoding problem: ${enc} with BOM`,
  // versions
  versionCheck: (what: string, minor: number) => `${what} only supported in Python 3.${minor} and greater`,
  // literals
  bytesNonAscii: "bytes can only contain ASCII literal characters",
  mixBytes: "cannot mix bytes and nonbytes literals",
  unicodeError: (msg: string) => `(unicode error) ${msg}`,
  valueError: (msg: string) => `(value error) ${msg}`,
  invalidEscape: (c: string) => `invalid escape sequence '\\${c}'`,
  // f-strings
  fstringEmptyExpr: "f-string: empty expression not allowed",
  fstringBackslash: "f-string expression part cannot include a backslash",
  fstringHash: "f-string expression part cannot include '#'",
  fstringNesting: "f-string: expressions nested too deeply",
  fstringUnmatched: (c: string) => `f-string: unmatched '${c}'`,
  fstringMismatch: (c: string, o: string) => `f-string: closing parenthesis '${c}' does not match opening parenthesis '${o}'`,
  fstringTooManyParens: "f-string: too many nested parenthesis",
  fstringUnterminated: "f-string: unterminated string",
  fstringExpectingBrace: "f-string: expecting '}'",
  fstringSingleBrace: "f-string: single '}' is not allowed",
  fstringInvalidConversion: "f-string: invalid conversion character: expected 's', 'r', or 'a'",
  fstringConversionMissing: "f-string: missing conversion character" /* not in 3.10; kept for reference */,
  fstringPrefix: "f-string: ",
} as const;
