// The XML tokenizer: the next token of a text from a position, in the manner of expat's
// xmltok_impl.c. A token is complete, PARTIAL (the text ends inside it: wait for more input), or
// INVALID, with `end` at the offending character (that is where expat reports "not well-formed").
// Content, CDATA sections and the prolog/DTD each have their own scanner; a start tag's attributes
// are collected while it is scanned (names and quoted values as offsets into the text).
import { C, charClass, nameStart, nameChar } from "./chars.ts";

export const enum T {
  NONE, PARTIAL, INVALID, DATA_CHARS, DATA_NEWLINE, TRAILING_CR, TRAILING_RSQB, START_TAG, EMPTY_ELEMENT, END_TAG,
  ENTITY_REF, CHAR_REF, COMMENT, PI, XML_DECL, CDATA_SECT_OPEN, CDATA_SECT_CLOSE,
  // prolog and DTD
  PROLOG_S, DECL_OPEN, DECL_CLOSE, NAME, NMTOKEN, POUND_NAME, OR, PERCENT, OPEN_PAREN, CLOSE_PAREN, OPEN_BRACKET,
  CLOSE_BRACKET, LITERAL, PARAM_ENTITY_REF, INSTANCE_START, NAME_QUESTION, NAME_ASTERISK, NAME_PLUS, COND_SECT_OPEN,
  COND_SECT_CLOSE, CLOSE_PAREN_QUESTION, CLOSE_PAREN_ASTERISK, CLOSE_PAREN_PLUS, COMMA,
}

const cls = (s: string, i: number): C => charClass(s.charCodeAt(i));
const isS = (k: C): boolean => k === C.S || k === C.CR || k === C.LF;

/** A scanner over one text; the results of the last scan are in its fields. */
export class Tokenizer {
  /** Where the last token ends (or the offending character of an INVALID one). */
  end = 0;
  /** Name of a tag, reference, PI target or declaration: [nameStart, nameEnd). */
  nameStart = 0;
  nameEnd = 0;
  /** The attributes of the last start tag: name start/end and value start/end (inside the quotes), flat. */
  atts: number[] = [];
  /** No more text will come: a prolog token that reaches the end ends there (expat's negative tokens). */
  final = false;
  /**
   * Namespace processing (expat's NS tokenizer): ':' is not a name character; a tag's or an
   * attribute's name may hold one, followed by a name, and a prolog name with one is prefixed.
   */
  ns = false;
  /** The last prolog NAME held a colon (NS mode), which ENTITY and NOTATION names may not. */
  prefixed = false;
  /** Where qname found a colon not followed by a name (-1: none). */
  private qbad = -1;
  constructor(public s: string) {}

  /** A prolog token that reaches the end of the text: complete only when the input is final. */
  private atEnd(tok: T): T {
    if (!this.final) return T.PARTIAL;
    this.end = this.s.length;
    return tok;
  }

  /** May the class start a name (a colon only without namespaces)? */
  private st(k: C): boolean {
    return k === C.COLON ? !this.ns : nameStart(k);
  }

  /** Skips a name's characters from i. */
  private name(i: number): number {
    const s = this.s;
    const ns = this.ns;
    for (; i < s.length; i++) {
      const k = cls(s, i);
      if (!nameChar(k) || (ns && k === C.COLON)) break;
    }
    return i;
  }

  /** A tag's or attribute's name from i: with namespaces, one colon followed by a name (else qbad is set). */
  private qname(i: number): number {
    const s = this.s;
    this.qbad = -1;
    let e = this.name(i);
    if (this.ns && e < s.length && s.charCodeAt(e) === 0x3a) {
      if (e + 1 < s.length && !this.st(cls(s, e + 1))) this.qbad = e + 1;
      else if (e + 1 < s.length) {
        e = this.name(e + 1);
        if (e < s.length && s.charCodeAt(e) === 0x3a) this.qbad = e;
      } else e++;
    }
    return e;
  }

  /** The token is not well-formed at `at`, unless that is the first half of a character the text cuts. */
  private invalid(at: number): T {
    const s = this.s;
    if (at === s.length - 1 && charClass(s.charCodeAt(at)) === C.LEAD) return T.PARTIAL;
    this.end = at;
    return T.INVALID;
  }

  // ---- content ----

  /** The next content token from p. */
  content(p: number): T {
    const s = this.s, n = s.length;
    if (p >= n) return T.NONE;
    switch (cls(s, p)) {
      case C.LT:
        return this.lt(p + 1);
      case C.AMP:
        return this.ref(p + 1);
      case C.CR:
        if (p + 1 >= n) return T.TRAILING_CR;
        this.end = s.charCodeAt(p + 1) === 0x0a ? p + 2 : p + 1;
        return T.DATA_NEWLINE;
      case C.LF:
        this.end = p + 1;
        return T.DATA_NEWLINE;
      case C.RSQB:
        if (p + 1 >= n) return T.TRAILING_RSQB;
        if (s.charCodeAt(p + 1) === 0x5d) {
          if (p + 2 >= n) return T.TRAILING_RSQB;
          if (s.charCodeAt(p + 2) === 0x3e) return this.invalid(p + 2);
        }
        p++;
        break;
      case C.NONXML:
      case C.TRAIL:
        return this.invalid(p);
      case C.LEAD:
        if (p + 1 >= n) return T.PARTIAL;
        if (cls(s, p + 1) !== C.TRAIL) return this.invalid(p);
        p += 2;
        break;
      default:
        p++;
    }
    while (p < n) {
      const k = cls(s, p);
      if (k === C.LT || k === C.AMP || k === C.CR || k === C.LF || k === C.NONXML || k === C.TRAIL) break;
      if (k === C.RSQB) {
        if (p + 1 < n && s.charCodeAt(p + 1) !== 0x5d) {
          p++;
          continue;
        }
        if (p + 2 < n && s.charCodeAt(p + 1) === 0x5d) {
          // "]]>" ends the token as invalid, without the data before it
          if (s.charCodeAt(p + 2) === 0x3e) return this.invalid(p + 2);
          p++;
          continue;
        }
        break;
      }
      if (k === C.LEAD) {
        if (p + 1 >= n || cls(s, p + 1) !== C.TRAIL) break;
        p += 2;
        continue;
      }
      p++;
    }
    this.end = p;
    return T.DATA_CHARS;
  }

  /** After '<' in content. */
  private lt(p: number): T {
    const s = this.s, n = s.length;
    if (p >= n) return T.PARTIAL;
    const k = cls(s, p);
    if (this.st(k)) return this.startTag(p);
    if (k === C.EXCL) {
      if (p + 1 >= n) return T.PARTIAL;
      const c = s.charCodeAt(p + 1);
      if (c === 0x2d) return this.comment(p + 2);
      if (c === 0x5b) return this.cdataOpen(p + 2);
      return this.invalid(p + 1);
    }
    if (k === C.QUEST) return this.pi(p + 1);
    if (k === C.SOL) return this.endTag(p + 1);
    return this.invalid(p);
  }

  /** `<![` then "CDATA[". */
  private cdataOpen(p: number): T {
    const s = this.s, want = "CDATA[";
    for (let i = 0; i < want.length; i++, p++) {
      if (p >= s.length) return T.PARTIAL;
      if (s[p] !== want[i]) return this.invalid(p);
    }
    this.end = p;
    return T.CDATA_SECT_OPEN;
  }

  /** After "<!-": "-", then the comment up to "-->". */
  comment(p: number): T {
    const s = this.s, n = s.length;
    if (p >= n) return T.PARTIAL;
    if (s.charCodeAt(p) !== 0x2d) return this.invalid(p);
    p++;
    while (p < n) {
      const k = cls(s, p);
      if (k === C.NONXML || k === C.TRAIL) return this.invalid(p);
      if (k === C.LEAD) {
        if (p + 1 >= n) return T.PARTIAL;
        if (cls(s, p + 1) !== C.TRAIL) return this.invalid(p);
        p += 2;
        continue;
      }
      if (k === C.MINUS) {
        if (p + 1 >= n) return T.PARTIAL;
        if (s.charCodeAt(p + 1) === 0x2d) {
          if (p + 2 >= n) return T.PARTIAL;
          if (s.charCodeAt(p + 2) !== 0x3e) return this.invalid(p + 2);
          this.end = p + 3;
          return T.COMMENT;
        }
      }
      p++;
    }
    return T.PARTIAL;
  }

  /** After "<?": the target, then text up to "?>". XML_DECL when the target is "xml". */
  pi(p: number): T {
    const s = this.s, n = s.length;
    if (p >= n) return T.PARTIAL;
    if (!this.st(cls(s, p))) return this.invalid(p);
    const t0 = p;
    p = this.name(p);
    if (p >= n) return T.PARTIAL;
    this.nameStart = t0;
    this.nameEnd = p;
    const target = s.slice(t0, p);
    let tok = T.PI;
    if (target.length === 3 && target.toLowerCase() === "xml") {
      if (target !== "xml") return this.invalid(p);
      tok = T.XML_DECL;
    }
    const k = cls(s, p);
    if (k === C.QUEST) {
      if (p + 1 >= n) return T.PARTIAL;
      if (s.charCodeAt(p + 1) !== 0x3e) return this.invalid(p + 1);
      this.end = p + 2;
      return tok;
    }
    if (!isS(k)) return this.invalid(p);
    p++;
    while (p < n) {
      const c = cls(s, p);
      if (c === C.NONXML || c === C.TRAIL) return this.invalid(p);
      if (c === C.LEAD) {
        if (p + 1 >= n) return T.PARTIAL;
        if (cls(s, p + 1) !== C.TRAIL) return this.invalid(p);
        p += 2;
        continue;
      }
      if (c === C.QUEST) {
        if (p + 1 >= n) return T.PARTIAL;
        if (s.charCodeAt(p + 1) === 0x3e) {
          this.end = p + 2;
          return tok;
        }
      }
      p++;
    }
    return T.PARTIAL;
  }

  /** After "</". */
  private endTag(p: number): T {
    const s = this.s, n = s.length;
    if (p >= n) return T.PARTIAL;
    if (!this.st(cls(s, p))) return this.invalid(p);
    this.nameStart = p;
    p = this.qname(p);
    if (this.qbad >= 0) return this.invalid(this.qbad);
    this.nameEnd = p;
    while (p < n && isS(cls(s, p))) p++;
    if (p >= n) return T.PARTIAL;
    if (s.charCodeAt(p) !== 0x3e) return this.invalid(p);
    this.end = p + 1;
    return T.END_TAG;
  }

  /** A start tag from its name; collects the attributes. */
  private startTag(p: number): T {
    const s = this.s, n = s.length;
    const atts = this.atts;
    atts.length = 0;
    this.nameStart = p;
    p = this.qname(p);
    if (this.qbad >= 0) return this.invalid(this.qbad);
    this.nameEnd = p;
    for (;;) {
      if (p >= n) return T.PARTIAL;
      let k = cls(s, p);
      if (isS(k)) {
        while (p < n && isS(cls(s, p))) p++;
        if (p >= n) return T.PARTIAL;
        k = cls(s, p);
        if (this.st(k)) {
          const ns = this.nameStart, ne = this.nameEnd;
          const r = this.attribute(p);
          this.nameStart = ns;
          this.nameEnd = ne;
          if (r < 0) return r === -1 ? T.PARTIAL : T.INVALID;
          p = r;
          if (p >= n) return T.PARTIAL;
          k = cls(s, p);
          if (!isS(k) && k !== C.GT && k !== C.SOL) return this.invalid(p);
          continue;
        }
      }
      if (k === C.GT) {
        this.end = p + 1;
        return T.START_TAG;
      }
      if (k === C.SOL) {
        if (p + 1 >= n) return T.PARTIAL;
        if (s.charCodeAt(p + 1) !== 0x3e) return this.invalid(p + 1);
        this.end = p + 2;
        return T.EMPTY_ELEMENT;
      }
      return this.invalid(p);
    }
  }

  /** One attribute from its name: the position after its closing quote; -1 partial, -2 invalid. */
  private attribute(p: number): number {
    const s = this.s, n = s.length;
    const n0 = p;
    p = this.qname(p);
    if (this.qbad >= 0) return this.invalid(this.qbad) === T.PARTIAL ? -1 : -2;
    const n1 = p;
    if (p >= n) return -1;
    while (p < n && isS(cls(s, p))) p++;
    if (p >= n) return -1;
    if (s.charCodeAt(p) !== 0x3d) {
      return this.invalid(p) === T.PARTIAL ? -1 : -2;
    }
    p++;
    while (p < n && isS(cls(s, p))) p++;
    if (p >= n) return -1;
    const q = s.charCodeAt(p);
    if (q !== 0x22 && q !== 0x27) {
      return this.invalid(p) === T.PARTIAL ? -1 : -2;
    }
    const v0 = ++p;
    for (;;) {
      if (p >= n) return -1;
      const c = s.charCodeAt(p);
      if (c === q) break;
      const k = charClass(c);
      if (k === C.LT || k === C.NONXML || k === C.TRAIL) {
        return this.invalid(p) === T.PARTIAL ? -1 : -2;
      }
      if (k === C.LEAD) {
        if (p + 1 >= n) return -1;
        if (cls(s, p + 1) !== C.TRAIL) {
          return this.invalid(p) === T.PARTIAL ? -1 : -2;
        }
        p += 2;
        continue;
      }
      if (k === C.AMP) {
        const t = this.ref(p + 1);
        if (t === T.PARTIAL) return -1;
        if (t === T.INVALID) return -2;
        p = this.end;
        continue;
      }
      p++;
    }
    this.atts.push(n0, n1, v0, p);
    return p + 1;
  }

  /** After '&': an entity reference (name in nameStart/nameEnd) or a character reference. */
  ref(p: number): T {
    const s = this.s, n = s.length;
    if (p >= n) return T.PARTIAL;
    const k = cls(s, p);
    if (k === C.NUM) return this.charRef(p + 1);
    if (!this.st(k)) return this.invalid(p);
    this.nameStart = p;
    p = this.name(p);
    this.nameEnd = p;
    if (p >= n) return T.PARTIAL;
    if (s.charCodeAt(p) !== 0x3b) return this.invalid(p);
    this.end = p + 1;
    return T.ENTITY_REF;
  }

  /** After "&#": digits (or x and hex digits) and ';'. */
  private charRef(p: number): T {
    const s = this.s, n = s.length;
    if (p >= n) return T.PARTIAL;
    let hex = false;
    if (s.charCodeAt(p) === 0x78) {
      hex = true;
      p++;
      if (p >= n) return T.PARTIAL;
    }
    const ok = (k: C) => k === C.DIGIT || (hex && k === C.HEX);
    if (!ok(cls(s, p))) return this.invalid(p);
    this.nameStart = p;
    while (p < n && ok(cls(s, p))) p++;
    if (p >= n) return T.PARTIAL;
    if (s.charCodeAt(p) !== 0x3b) return this.invalid(p);
    this.nameEnd = p;
    this.end = p + 1;
    return T.CHAR_REF;
  }

  // ---- CDATA sections ----

  cdata(p: number): T {
    const s = this.s, n = s.length;
    if (p >= n) return T.NONE;
    const k = cls(s, p);
    if (k === C.RSQB) {
      if (p + 1 >= n) return T.PARTIAL;
      if (s.charCodeAt(p + 1) === 0x5d) {
        if (p + 2 >= n) return T.PARTIAL;
        if (s.charCodeAt(p + 2) === 0x3e) {
          this.end = p + 3;
          return T.CDATA_SECT_CLOSE;
        }
      }
    } else if (k === C.CR) {
      if (p + 1 >= n) return T.PARTIAL;
      this.end = s.charCodeAt(p + 1) === 0x0a ? p + 2 : p + 1;
      return T.DATA_NEWLINE;
    } else if (k === C.LF) {
      this.end = p + 1;
      return T.DATA_NEWLINE;
    } else if (k === C.NONXML || k === C.TRAIL) return this.invalid(p);
    if (k === C.LEAD) {
      if (p + 1 >= n) return T.PARTIAL;
      if (cls(s, p + 1) !== C.TRAIL) return this.invalid(p);
      p += 2;
    } else p++;
    while (p < n) {
      const c = cls(s, p);
      if (c === C.RSQB || c === C.CR || c === C.LF || c === C.NONXML || c === C.TRAIL) break;
      if (c === C.LEAD) {
        if (p + 1 >= n || cls(s, p + 1) !== C.TRAIL) break;
        p += 2;
        continue;
      }
      p++;
    }
    this.end = p;
    return T.DATA_CHARS;
  }

  // ---- prolog and DTD ----

  /** The next prolog token from p; a token that may continue past the text's end is PARTIAL. */
  prolog(p: number): T {
    const s = this.s, n = s.length;
    if (p >= n) return T.NONE;
    const k = cls(s, p);
    switch (k) {
      case C.LT: {
        if (p + 1 >= n) return T.PARTIAL;
        const k1 = cls(s, p + 1);
        if (k1 === C.EXCL) {
          if (p + 2 >= n) return T.PARTIAL;
          const k2 = cls(s, p + 2);
          if (k2 === C.MINUS) return this.comment(p + 3);
          if (k2 === C.LSQB) {
            this.end = p + 3;
            return T.COND_SECT_OPEN;
          }
          if (this.st(k2)) {
            const e = this.name(p + 2);
            this.nameStart = p + 2;
            this.nameEnd = e;
            if (e >= n) return this.atEnd(T.DECL_OPEN);
            const ke = cls(s, e);
            if (!isS(ke) && ke !== C.PERCNT) return this.invalid(e);
            this.nameStart = p + 2;
            this.nameEnd = e;
            this.end = e;
            return T.DECL_OPEN;
          }
          return this.invalid(p + 2);
        }
        if (k1 === C.QUEST) return this.pi(p + 2);
        // any non-ASCII character may start the root's name here (checked when it is scanned)
        if (this.st(k1) || s.charCodeAt(p + 1) >= 0x80) {
          this.end = p;
          return T.INSTANCE_START;
        }
        return this.invalid(p + 1);
      }
      case C.S:
      case C.CR:
      case C.LF: {
        let e = p + 1;
        while (e < n && isS(cls(s, e))) e++;
        // white space reaching the end is a whole token, unless a CR there may start a CR LF pair
        if (e >= n && s.charCodeAt(n - 1) === 0x0d) return this.atEnd(T.PROLOG_S);
        this.end = e;
        return T.PROLOG_S;
      }
      case C.PERCNT: {
        if (p + 1 >= n) return this.atEnd(T.PERCENT);
        const k1 = cls(s, p + 1);
        if (isS(k1) || k1 === C.PERCNT) {
          this.end = p + 1;
          return T.PERCENT;
        }
        if (!this.st(k1)) return this.invalid(p + 1);
        const e = this.name(p + 1);
        if (e >= n) return T.PARTIAL;
        if (s.charCodeAt(e) !== 0x3b) return this.invalid(e);
        this.nameStart = p + 1;
        this.nameEnd = e;
        this.end = e + 1;
        return T.PARAM_ENTITY_REF;
      }
      case C.QUOT:
      case C.APOS:
        return this.literal(p, s.charCodeAt(p));
      case C.LSQB:
        this.end = p + 1;
        return T.OPEN_BRACKET;
      case C.RSQB:
        if (p + 1 >= n) return T.PARTIAL;
        if (s.charCodeAt(p + 1) === 0x5d) {
          if (p + 2 >= n) return T.PARTIAL;
          if (s.charCodeAt(p + 2) === 0x3e) {
            this.end = p + 3;
            return T.COND_SECT_CLOSE;
          }
        }
        this.end = p + 1;
        return T.CLOSE_BRACKET;
      case C.LPAR:
        this.end = p + 1;
        return T.OPEN_PAREN;
      case C.RPAR: {
        if (p + 1 >= n) return this.atEnd(T.CLOSE_PAREN);
        const c = s.charCodeAt(p + 1);
        this.end = p + 2;
        if (c === 0x3f) return T.CLOSE_PAREN_QUESTION;
        if (c === 0x2a) return T.CLOSE_PAREN_ASTERISK;
        if (c === 0x2b) return T.CLOSE_PAREN_PLUS;
        const k1 = charClass(c);
        if (isS(k1) || k1 === C.GT || k1 === C.COMMA || k1 === C.VERBAR || k1 === C.RPAR) {
          this.end = p + 1;
          return T.CLOSE_PAREN;
        }
        return this.invalid(p + 1);
      }
      case C.VERBAR:
        this.end = p + 1;
        return T.OR;
      case C.COMMA:
        this.end = p + 1;
        return T.COMMA;
      case C.GT:
        this.end = p + 1;
        return T.DECL_CLOSE;
      case C.NUM: {
        if (p + 1 >= n) return T.PARTIAL;
        if (!this.st(cls(s, p + 1))) return this.invalid(p + 1);
        const e = this.name(p + 1);
        this.nameStart = p + 1;
        this.nameEnd = e;
        if (e >= n) return this.atEnd(T.POUND_NAME);
        const ke = cls(s, e);
        if (!isS(ke) && ke !== C.RPAR && ke !== C.GT && ke !== C.PERCNT && ke !== C.VERBAR) return this.invalid(e);
        this.nameStart = p + 1;
        this.nameEnd = e;
        this.end = e;
        return T.POUND_NAME;
      }
      default:
        break;
    }
    let tok: T;
    if (this.st(k)) tok = T.NAME;
    else if (nameChar(k)) tok = T.NMTOKEN;
    else return this.invalid(p);
    let e = this.name(p + 1);
    this.prefixed = false;
    // with namespaces: one colon followed by a name makes a prefixed name, more an NMTOKEN
    while (this.ns && e < n && s.charCodeAt(e) === 0x3a) {
      if (tok === T.NAME && !this.prefixed && e + 1 < n && this.st(cls(s, e + 1))) this.prefixed = true;
      else tok = T.NMTOKEN;
      e = this.name(e + 1);
    }
    this.nameStart = p;
    this.nameEnd = e;
    if (e >= n) return this.atEnd(tok);
    const ke = cls(s, e);
    if (ke === C.QUEST || ke === C.AST || ke === C.PLUS) {
      if (tok === T.NMTOKEN) return this.invalid(e);
      this.end = e + 1;
      return ke === C.QUEST ? T.NAME_QUESTION : ke === C.AST ? T.NAME_ASTERISK : T.NAME_PLUS;
    }
    if (isS(ke) || ke === C.GT || ke === C.RPAR || ke === C.COMMA || ke === C.VERBAR || ke === C.LSQB || ke === C.PERCNT) {
      this.end = e;
      return tok;
    }
    return this.invalid(e);
  }

  /** A quoted literal from its opening quote; the value is [p+1, end-1). */
  private literal(p: number, q: number): T {
    const s = this.s, n = s.length;
    let i = p + 1;
    for (;;) {
      if (i >= n) return T.PARTIAL;
      const c = s.charCodeAt(i);
      if (c === q) break;
      const k = charClass(c);
      if (k === C.NONXML || k === C.TRAIL) return this.invalid(i);
      if (k === C.LEAD) {
        if (i + 1 >= n) return T.PARTIAL;
        if (cls(s, i + 1) !== C.TRAIL) return this.invalid(i);
        i++;
      }
      i++;
    }
    i++;
    if (i >= n) return this.atEnd(T.LITERAL);
    const k = cls(s, i);
    if (!isS(k) && k !== C.GT && k !== C.PERCNT && k !== C.LSQB) return this.invalid(i);
    this.end = i;
    return T.LITERAL;
  }
}
