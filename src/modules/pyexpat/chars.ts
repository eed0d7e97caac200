// Character classes of the XML tokenizer, by UTF-16 code unit, in the spirit of expat's byte types
// (xmltok.c): ASCII markup characters get their own class, letters may start a name, digits and
// '.', '-' may continue one, and characters XML forbids (C0 controls but TAB/LF/CR, U+FFFE/U+FFFF,
// lone surrogates) are NONXML, which makes any token holding them invalid. Non-ASCII names follow
// XML 1.0's NameStartChar/NameChar ranges; astral characters are data only (expat's UTF-8 tables
// refuse them in names).
export const enum C {
  NONXML, LT, AMP, RSQB, LEAD, TRAIL, CR, LF, GT, QUOT, APOS, EQUALS, QUEST, EXCL, SOL, SEMI, NUM, LSQB, S,
  NMSTRT, COLON, HEX, DIGIT, NAME, MINUS, OTHER, PERCNT, LPAR, RPAR, AST, PLUS, COMMA, VERBAR,
}

const ASCII = new Uint8Array(128).fill(C.NONXML);
{
  const set = (chars: string, c: C) => {
    for (const ch of chars) ASCII[ch.charCodeAt(0)] = c;
  };
  for (let i = 0x20; i < 0x7f; i++) ASCII[i] = C.OTHER;
  ASCII[0x7f] = C.OTHER;
  for (let i = 0x41; i <= 0x5a; i++) ASCII[i] = C.NMSTRT;
  for (let i = 0x61; i <= 0x7a; i++) ASCII[i] = C.NMSTRT;
  set("abcdefABCDEF", C.HEX);
  set("0123456789", C.DIGIT);
  set("_", C.NMSTRT);
  set(".", C.NAME);
  set("-", C.MINUS);
  set(":", C.COLON);
  set(" \t", C.S);
  ASCII[0x0d] = C.CR;
  ASCII[0x0a] = C.LF;
  set("<", C.LT);
  set("&", C.AMP);
  set("]", C.RSQB);
  set(">", C.GT);
  set('"', C.QUOT);
  set("'", C.APOS);
  set("=", C.EQUALS);
  set("?", C.QUEST);
  set("!", C.EXCL);
  set("/", C.SOL);
  set(";", C.SEMI);
  set("#", C.NUM);
  set("[", C.LSQB);
  set("%", C.PERCNT);
  set("(", C.LPAR);
  set(")", C.RPAR);
  set("*", C.AST);
  set("+", C.PLUS);
  set(",", C.COMMA);
  set("|", C.VERBAR);
}

function isNameStartBmp(c: number): boolean {
  return (c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xf6) || (c >= 0xf8 && c <= 0x2ff) || (c >= 0x370 && c <= 0x37d)
    || (c >= 0x37f && c <= 0x1fff) || c === 0x200c || c === 0x200d || (c >= 0x2070 && c <= 0x218f) || (c >= 0x2c00 && c <= 0x2fef)
    || (c >= 0x3001 && c <= 0xd7ff) || (c >= 0xf900 && c <= 0xfdcf) || (c >= 0xfdf0 && c <= 0xfffd);
}

/** The class of a UTF-16 code unit. LEAD is a high surrogate (its pair is data), TRAIL a lone low one. */
export function charClass(c: number): C {
  if (c < 0x80) return ASCII[c];
  if (c >= 0xd800 && c <= 0xdfff) return c < 0xdc00 ? C.LEAD : C.TRAIL;
  if (c === 0xfffe || c === 0xffff) return C.NONXML;
  if (isNameStartBmp(c)) return C.NMSTRT;
  if (c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040) return C.NAME;
  return C.OTHER;
}

/** May the class start a name? */
export const nameStart = (k: C): boolean => k === C.NMSTRT || k === C.HEX || k === C.COLON;
/** May the class continue a name? */
export const nameChar = (k: C): boolean => k === C.NMSTRT || k === C.HEX || k === C.COLON || k === C.DIGIT || k === C.NAME || k === C.MINUS;

/** Is the code point a Char of XML 1.0 (what a character reference may name)? */
export function isXmlChar(cp: number): boolean {
  if (cp < 0x20) return cp === 0x9 || cp === 0xa || cp === 0xd;
  if (cp <= 0xd7ff) return true;
  if (cp < 0xe000) return false;
  if (cp <= 0xfffd) return true;
  return cp >= 0x10000 && cp <= 0x10ffff;
}
