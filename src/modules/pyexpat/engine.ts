// The XML parser behind pyexpat, modelled on expat 2.4.1's xmlparse.c: text arrives in pieces
// (Parse(data, isfinal)), each complete token is processed and its handlers called, and a token cut
// by the end of a piece waits for the next one. Processors: the prolog (XML declaration, DOCTYPE
// and internal subset, see prolog.ts), the content of the root element (tags, attributes with
// defaults and normalisation, namespaces, character and entity references, internal entities
// expanded in place), CDATA sections, and the epilog. Errors carry expat's codes and the position
// expat reports (the token's start, or the offending character of an invalid token).
import { Tokenizer, T } from "./tokenizer.ts";
import { C, charClass, isXmlChar } from "./chars.ts";
import { E, E_AMPLIFICATION_LIMIT_BREACH } from "./errors.ts";
import { Dtd, PREDEFINED, type Entity, type ElementType } from "./dtd.ts";
import { H, type Sink } from "./sink.ts";
import { Prolog } from "./prolog.ts";
import { Namespaces } from "./namespaces.ts";

/** A parse error: expat's code and the absolute position it reports. */
export class XmlFail {
  constructor(readonly code: number, readonly pos: number) {}
}

const enum P {
  PROLOG, ENTITY_START, CONTENT, CDATA, EPILOG, ERROR, FINISHED,
}

/**
 * What a parser reads: a document, an external parsed entity (content, after an optional text
 * declaration; ExternalEntityParserCreate(context)), or an external DTD subset or parameter entity
 * (declarations; ExternalEntityParserCreate(None)).
 */
export const enum Mode {
  DOCUMENT, ENTITY, DTD,
}


export interface Tag {
  rawName: string;
  name: string;
  /** Prefixes bound by this element: [prefix, previous uri or undefined]. */
  bindings: [string | null, string | undefined][];
}

/** How the source text is measured in bytes (CurrentByteIndex): UTF-8, UTF-16 or one byte per character. */
export const enum ByteWidth {
  UTF8, UTF16, SINGLE,
}

export class Engine {
  readonly on = new Uint8Array(H.COUNT);
  /** The default handler is DefaultHandlerExpand (internal entities are expanded, not reported). */
  defaultExpand = false;
  /** namespace_separator, or null without namespace processing. */
  nsSep: string | null;
  returnTriplet = false;
  base: string | null = null;
  paramEntityParsing = 0;
  useForeignDtd = false;
  byteWidth = ByteWidth.UTF8;
  /** Called after the XML declaration with its encoding name: an error code, or 0; may add text. */
  onDeclaredEncoding: ((name: string | null) => number) | null = null;
  /** Characters of entity text expanded so far (the amplification limit). */
  private expanded = 0;
  /** The input is neither UTF-8 nor ASCII (expat converts it for the handlers). */
  mustConvert = false;
  /** Whether the input ended inside a character. */
  truncatedChar: (() => boolean) | null = null;
  /** Whether the decoder holds the first bytes of a character (null: text input, never). */
  partialChar: (() => boolean) | null = null;
  /** More decoded text after an encoding switch. */
  pullText: (() => string) | null = null;

  dtd = new Dtd();
  prolog: Prolog;
  private state = P.PROLOG;
  private tags: Tag[] = [];
  /** Prefix bindings in scope (with namespace processing). */
  ns: Namespaces;
  private sawRoot = false;
  started = false;
  /** Some input arrived (before it, expat has no event position: byte index -1). */
  sawInput = false;
  errorCode = 0;

  // The unconsumed text and where it starts in the whole document.
  private buf = "";
  private bufBase = 0;
  private final = false;
  private tk = new Tokenizer("");
  /** Expanding an entity: events keep the position of the outermost reference. */
  private entityDepth = 0;
  /** Where the start tag being processed begins (attribute value errors expat reports there). */
  tagStart = 0;

  /** Event position (absolute), and the position tracker's state at `trackIdx`. */
  eventPos = -1;
  private eventEnd = 0;
  private trackIdx = 0;
  private line = 0;
  private col = 0;
  private bytes = 0;
  private afterCr = false;

  constructor(readonly sink: Sink, nsSep: string | null, readonly mode = Mode.DOCUMENT) {
    this.nsSep = nsSep;
    this.prolog = new Prolog(this, mode === Mode.DTD);
    this.ns = new Namespaces(this);
    if (mode === Mode.ENTITY) this.state = P.ENTITY_START;
  }

  /** A parser for an external entity referred to from this one's current position (shared DTD, bindings). */
  externalParser(sink: Sink, mode: Mode): Engine {
    const sub = new Engine(sink, this.nsSep, mode);
    sub.dtd = this.dtd;
    sub.returnTriplet = this.returnTriplet;
    sub.base = this.base;
    sub.paramEntityParsing = this.paramEntityParsing;
    sub.ns.inherit(this.ns);
    if (mode === Mode.DTD) this.dtd.paramEntityRead = true;
    return sub;
  }


  // ---- positions ----

  /** Moves the tracker to absolute position `to` (>= trackIdx), counting lines, columns and bytes. */
  private track(to: number): void {
    const s = this.buf, base = this.bufBase;
    let i = this.trackIdx;
    let { line, col, bytes } = this;
    let afterCr = this.afterCr;
    const w = this.byteWidth;
    while (i < to) {
      const c = s.charCodeAt(i - base);
      if (c === 0x0a) {
        if (!afterCr) {
          line++;
          col = 0;
        }
        afterCr = false;
        bytes += w === ByteWidth.UTF16 ? 2 : 1;
        i++;
        continue;
      }
      afterCr = c === 0x0d;
      if (afterCr) {
        line++;
        col = 0;
      } else col++;
      if (w === ByteWidth.UTF16) bytes += 2;
      else if (w === ByteWidth.SINGLE) bytes += 1;
      else bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : c >= 0xdc00 && c < 0xe000 ? 0 : 3;
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < to && (s.charCodeAt(i + 1 - base) & 0xfc00) === 0xdc00) {
        if (w === ByteWidth.UTF16) bytes += 2;
        i++;
      }
      i++;
    }
    this.trackIdx = i;
    this.line = line;
    this.col = col;
    this.bytes = bytes;
    this.afterCr = afterCr;
  }

  /** The position handlers see (XML_GetCurrentLineNumber and friends): [line (1-based), column, byte index]. */
  position(): [number, number, number] {
    if (this.eventPos >= this.trackIdx) this.track(this.eventPos);
    // no text at all yet: expat's event pointer is still NULL (byte index -1)
    return [this.line + 1, this.col, this.eventPos < 0 || !this.sawInput ? -1 : this.bytes];
  }

  /** The current event's text (GetInputContext), or null outside the buffer. */
  inputContext(): string | null {
    const i = this.eventPos - this.bufBase;
    return i >= 0 && i <= this.buf.length ? this.buf.slice(i) : null;
  }

  // ---- the main loop ----

  /** XML_Parse: processes text; an expat error code (0 when fine). */
  parse(text: string, final: boolean): number {
    if (this.state === P.ERROR) return this.errorCode;
    if (this.state === P.FINISHED) {
      this.errorCode = E.FINISHED;
      return E.FINISHED;
    }
    this.started = true;
    if (text.length > 0) this.sawInput = true;
    this.buf += text;
    this.final = final;
    // Bytes of a character cut by the end of this piece: expat's tokenizer sees them (as a partial
    // character), so "]" or CR before them is not at the end; a lone high surrogate stands for them.
    const cut = !final && this.partialChar !== null && this.partialChar();
    if (cut) this.buf += "\ud800";
    let p = 0;
    try {
      p = this.run();
      if (cut) this.buf = this.buf.slice(0, -1);
    } catch (e) {
      if (e instanceof XmlFail) {
        this.state = P.ERROR;
        this.errorCode = e.code;
        // an empty document has no event position (expat's eventPtr stays NULL: byte index -1)
        if (this.bufBase + this.buf.length > 0) this.eventPos = e.pos;
        this.entityDepth = 0;
        return e.code;
      }
      // a handler raised: pyexpat stops the parser (XML_StopParser), which ends the token being
      // processed; a later Parse finds the parser finished
      this.state = P.FINISHED;
      this.errorCode = E.ABORTED;
      this.entityDepth = 0;
      this.eventPos = this.eventEnd;
      throw e;
    }
    const abs = this.bufBase + p;
    this.track(abs);
    this.eventPos = abs;
    this.buf = this.buf.slice(p);
    this.bufBase = abs;
    if (final) this.state = P.FINISHED;
    return 0;
  }

  /** Runs the processors over the buffer; the relative position where unconsumed text starts. */
  private run(): number {
    let p = 0;
    for (;;) {
      const tk = this.tk;
      tk.s = this.buf;
      tk.final = this.final;
      tk.ns = this.nsSep !== null;
      let r: number;
      switch (this.state) {
        case P.PROLOG:
          r = this.prolog.run(tk, p);
          break;
        case P.ENTITY_START:
          r = this.entityStart(tk, p);
          break;
        case P.CONTENT:
          r = this.content(tk, p, null);
          break;
        case P.CDATA:
          r = this.cdata(tk, p);
          break;
        case P.EPILOG:
          r = this.epilog(tk, p);
          break;
        default:
          return p;
      }
      if (r < 0) return -r - 1;
      p = r;
    }
  }

  /** Absolute position of a buffer offset (events inside an entity's text stay at the reference). */
  private at(rel: number): number {
    return this.entityDepth > 0 ? this.eventPos : this.bufBase + rel;
  }

  fail(code: number, rel: number): never {
    throw new XmlFail(code, this.at(rel));
  }

  /** Sets the event position to a token's start, and notes its end (not inside entities). */
  event(rel: number, end: number): void {
    if (this.entityDepth === 0) {
      this.eventPos = this.bufBase + rel;
      this.eventEnd = this.bufBase + end;
    }
  }

  /** Between the first Parse call and the final one (expat refuses some settings then). */
  get parsing(): boolean {
    return this.started && this.state !== P.FINISHED;
  }

  /** An external entity's start: its text declaration if it has one, then content. */
  private entityStart(tk: Tokenizer, p: number): number {
    const tok = tk.content(p);
    if (tok === T.PARTIAL && !this.final) return -(p + 1);
    if (tok === T.XML_DECL) {
      this.event(p, tk.end);
      this.prolog.xmlDecl(tk, tk.s, p, tk.end, true);
      tk.s = this.pull();
      p = tk.end;
    }
    this.state = P.CONTENT;
    return p;
  }

  /** Reading an entity's text: events keep the reference's position. */
  enterEntity(): void {
    this.entityDepth++;
  }
  leaveEntity(): void {
    this.entityDepth--;
  }

  /**
   * Expat's protection against exponential entity expansion ("billion laughs"): once entities have
   * expanded to more than 8 MiB, their text may not exceed 100 times the document's own.
   */
  private amplify(n: number, at: number): void {
    this.expanded += n;
    if (this.expanded > 8 * 1024 * 1024 && this.expanded > 100 * (this.bufBase + this.buf.length)) this.fail(E_AMPLIFICATION_LIMIT_BREACH, at);
  }

  /** The error for a token the end of the input cuts: a partial character if a character was cut. */
  unclosed(): number {
    return this.truncated() ? E.PARTIAL_CHAR : E.UNCLOSED_TOKEN;
  }
  private truncated(): boolean {
    return this.final && this.truncatedChar !== null && this.truncatedChar();
  }

  /** A tokenizer for a text of its own (an entity's, a reference in a value). */
  tokenizer(s: string): Tokenizer {
    const tk = new Tokenizer(s);
    tk.ns = this.nsSep !== null;
    return tk;
  }

  /** Is a buffer offset the very start of the document? */
  atDocStart(rel: number): boolean {
    return this.bufBase + rel === 0;
  }

  /** The prolog ends at the root element's '<'. */
  startContent(): void {
    this.state = P.CONTENT;
  }

  /** Adds the text the decoder has after an encoding switch; the new buffer. */
  pull(): string {
    if (this.pullText !== null) this.buf += this.pullText();
    return this.buf;
  }

  reportDefault(s: string, a: number, b: number): void {
    if (!this.on[H.Default]) return;
    if (this.converting()) this.inPieces(s, a, b, (t) => this.sink.default(t));
    else this.sink.default(s.slice(a, b));
  }

  /**
   * Input that is not UTF-8 (or ASCII) reaches expat's handlers through its 1024-byte conversion
   * buffer: text longer than that comes in pieces of at most 1024 UTF-8 bytes, each an event at
   * its own position.
   */
  private converting(): boolean {
    return this.entityDepth === 0 && this.mustConvert;
  }

  private inPieces(s: string, a: number, b: number, deliver: (t: string) => void): void {
    let i = a;
    while (i < b) {
      let bytes = 0, j = i;
      while (j < b) {
        const c = s.charCodeAt(j);
        const pair = c >= 0xd800 && c < 0xdc00 && j + 1 < b;
        const n = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
        if (bytes + n > 1024) break;
        bytes += n;
        j += pair ? 2 : 1;
      }
      if (i > a) this.eventPos = this.bufBase + i;
      deliver(s.slice(i, j));
      i = j;
    }
  }

  /** A PI token at [a, b): its handler, or the default handler. */
  pi(tk: Tokenizer, a: number, b: number): void {
    const s = tk.s;
    if (!this.on[H.ProcessingInstruction]) return this.reportDefault(s, a, b);
    const target = s.slice(tk.nameStart, tk.nameEnd);
    let d = tk.nameEnd;
    while (d < b - 2 && charClass(s.charCodeAt(d)) >= C.CR && charClass(s.charCodeAt(d)) <= C.LF) d++;
    while (d < b - 2 && isSpace(s.charCodeAt(d))) d++;
    this.sink.processingInstruction(target, normalizeNewlines(s.slice(d, b - 2)));
  }

  comment(s: string, a: number, b: number): void {
    if (!this.on[H.Comment]) return this.reportDefault(s, a, b);
    this.sink.comment(normalizeNewlines(s.slice(a + 4, b - 3)));
  }

  // ---- content ----

  /**
   * Content tokens from p until the root element ends (then the epilog), the text ends (-(p+1): wait
   * for more), or, for an entity's text, its end (returns the end).
   */
  private content(tk: Tokenizer, p: number, entity: Entity | null): number {
    const s = tk.s;
    const startLevel = this.tags.length;
    for (;;) {
      const tok = tk.content(p);
      const next = tk.end;
      if (entity === null) this.event(p, next);
      switch (tok) {
        case T.NONE:
          if (entity !== null) {
            if (this.tags.length !== startLevel) this.fail(E.ASYNC_ENTITY, p);
            return p;
          }
          if (!this.final) return -(p + 1);
          if (this.mode === Mode.ENTITY) {
            if (this.tags.length > 0) this.fail(E.ASYNC_ENTITY, p);
            return -(p + 1);
          }
          this.fail(E.NO_ELEMENTS, p);
        // falls through (fail throws)
        case T.PARTIAL:
          if (entity === null && !this.final) return -(p + 1);
          this.fail(this.unclosed(), p);
        // falls through
        case T.INVALID:
          this.fail(E.INVALID_TOKEN, next);
        // falls through
        case T.TRAILING_CR:
          if (entity === null && !this.final) return -(p + 1);
          this.charData("\n", s, p, p + 1);
          // the document ends inside the root element: expat reports it at the CR
          if (entity === null && this.mode === Mode.DOCUMENT) this.fail(E.NO_ELEMENTS, p);
          p++;
          continue;
        case T.TRAILING_RSQB:
          if (entity === null && !this.final) return -(p + 1);
          this.charData(s.slice(p), s, p, s.length);
          if (entity === null && this.mode === Mode.DOCUMENT) this.fail(E.NO_ELEMENTS, s.length);
          p = s.length;
          continue;
        case T.DATA_CHARS:
          this.charData(s.slice(p, next), s, p, next);
          break;
        case T.DATA_NEWLINE:
          this.charData("\n", s, p, next);
          break;
        case T.CHAR_REF: {
          const cp = charRefValue(s, tk.nameStart, tk.nameEnd);
          if (cp < 0) this.fail(E.BAD_CHAR_REF, p);
          if (this.on[H.CharacterData]) this.sink.characterData(String.fromCodePoint(cp));
          else this.reportDefault(s, p, next);
          break;
        }
        case T.ENTITY_REF:
          this.entityRef(tk, s.slice(tk.nameStart, tk.nameEnd), p, next);
          tk.s = s;
          break;
        case T.START_TAG:
        case T.EMPTY_ELEMENT: {
          const rawName = s.slice(tk.nameStart, tk.nameEnd);
          const tag = this.startTag(tk, rawName, p, next, tok === T.EMPTY_ELEMENT);
          if (tok === T.EMPTY_ELEMENT) {
            this.endTag(tag, s, p, next, true);
            if (this.tags.length === 0 && entity === null && this.mode === Mode.DOCUMENT) {
              this.state = P.EPILOG;
              return next;
            }
          }
          break;
        }
        case T.END_TAG: {
          if ((entity !== null || this.mode === Mode.ENTITY) && this.tags.length === startLevel) this.fail(E.ASYNC_ENTITY, p);
          const rawName = s.slice(tk.nameStart, tk.nameEnd);
          const tag = this.tags[this.tags.length - 1];
          if (tag.rawName !== rawName) this.fail(E.TAG_MISMATCH, tk.nameStart);
          this.tags.pop();
          this.endTag(tag, s, p, next, false);
          if (this.tags.length === 0 && entity === null && this.mode === Mode.DOCUMENT) {
            this.state = P.EPILOG;
            return next;
          }
          break;
        }
        case T.CDATA_SECT_OPEN:
          if (this.on[H.StartCdataSection]) this.sink.startCdataSection();
          else this.reportDefault(s, p, next);
          if (entity === null) {
            this.state = P.CDATA;
            return next;
          }
          p = this.cdataIn(tk, next, true);
          continue;
        case T.PI:
          this.pi(tk, p, next);
          break;
        case T.XML_DECL:
          this.fail(E.MISPLACED_XML_PI, p);
        // falls through
        case T.COMMENT:
          this.comment(s, p, next);
          break;
        default:
          this.fail(E.UNEXPECTED_STATE, p);
      }
      p = next;
    }
  }

  private charData(text: string, s: string, a: number, b: number): void {
    if (!this.on[H.CharacterData]) this.reportDefault(s, a, b);
    else if (b - a > 256 && this.converting()) this.inPieces(s, a, b, (t) => this.sink.characterData(t));
    else this.sink.characterData(text);
  }

  /** A CDATA section's text after `<![CDATA[`: the position after `]]>`, or -(p+1) to wait (main text only). */
  private cdataIn(tk: Tokenizer, p: number, inEntity: boolean): number {
    const s = tk.s;
    for (;;) {
      const tok = tk.cdata(p);
      const next = tk.end;
      if (!inEntity) this.event(p, next);
      switch (tok) {
        case T.CDATA_SECT_CLOSE:
          if (this.on[H.EndCdataSection]) this.sink.endCdataSection();
          else this.reportDefault(s, p, next);
          return next;
        case T.DATA_CHARS:
          this.charData(s.slice(p, next), s, p, next);
          break;
        case T.DATA_NEWLINE:
          this.charData("\n", s, p, next);
          break;
        case T.INVALID:
          this.fail(E.INVALID_TOKEN, next);
        // falls through
        case T.PARTIAL:
        case T.NONE:
          if (!inEntity && !this.final) return -(p + 1);
          this.fail(this.truncated() ? E.PARTIAL_CHAR : E.UNCLOSED_CDATA_SECTION, p);
        // falls through
        default:
          this.fail(E.UNEXPECTED_STATE, p);
      }
      p = next;
    }
  }

  private cdata(tk: Tokenizer, p: number): number {
    const r = this.cdataIn(tk, p, false);
    if (r >= 0) this.state = P.CONTENT;
    return r;
  }

  private epilog(tk: Tokenizer, p: number): number {
    const s = tk.s;
    // A token the end of the text may continue (a name, a literal) is junk here already, as
    // expat's epilog takes its "maybe longer" tokens as they are.
    tk.final = true;
    for (;;) {
      const tok = tk.prolog(p);
      const next = tk.end;
      this.event(p, next);
      switch (tok) {
        case T.NONE:
          return -(p + 1);
        case T.PROLOG_S:
          this.reportDefault(s, p, next);
          break;
        case T.PARTIAL:
          if (!this.final) {
            // whitespace at the end is taken now, as expat's epilog takes a trailing S token
            let e = p;
            while (e < s.length && isSpace(s.charCodeAt(e))) e++;
            if (e === s.length && e > p) {
              this.reportDefault(s, p, e);
              return -(e + 1);
            }
            return -(p + 1);
          }
          this.fail(this.unclosed(), p);
        // falls through
        case T.INVALID:
          this.fail(E.INVALID_TOKEN, next);
        // falls through
        case T.PI:
          this.pi(tk, p, next);
          break;
        case T.COMMENT:
          this.comment(s, p, next);
          break;
        default:
          // (an XML declaration here is junk too)
          this.fail(E.JUNK_AFTER_DOC_ELEMENT, p);
      }
      p = next;
    }
  }

  // ---- references ----

  private entityRef(tk: Tokenizer, name: string, a: number, b: number): void {
    const s = tk.s;
    const pre = PREDEFINED.get(name);
    if (pre !== undefined) {
      if (this.on[H.CharacterData]) this.sink.characterData(pre);
      else this.reportDefault(s, a, b);
      return;
    }
    const dtd = this.dtd;
    const ent = dtd.generalEntities.get(name);
    if (!dtd.hasParamEntityRefs || dtd.standalone) {
      if (ent === undefined) this.fail(E.UNDEFINED_ENTITY, a);
    } else if (ent === undefined) {
      if (this.on[H.SkippedEntity]) this.sink.skippedEntity(name, false);
      else this.reportDefault(s, a, b);
      return;
    }
    const e = ent!;
    if (e.open) this.fail(E.RECURSIVE_ENTITY_REF, a);
    if (e.notation !== null) this.fail(E.BINARY_ENTITY_REF, a);
    if (e.text !== null) {
      if (this.on[H.Default] && !this.defaultExpand) {
        if (this.on[H.SkippedEntity]) this.sink.skippedEntity(name, false);
        else this.reportDefault(s, a, b);
        return;
      }
      this.amplify(e.text.length, a);
      e.open = true;
      this.entityDepth++;
      try {
        const sub = this.tokenizer(e.text);
        sub.final = true;
        this.content(sub, 0, e);
      } finally {
        this.entityDepth--;
        e.open = false;
      }
      return;
    }
    if (this.on[H.ExternalEntityRef]) {
      e.open = true;
      let r: number;
      try {
        r = this.sink.externalEntityRef(this.ns.context(name), e.base, e.systemId, e.publicId);
      } finally {
        e.open = false;
      }
      if (r === 0) this.fail(E.EXTERNAL_ENTITY_HANDLING, a);
    } else this.reportDefault(s, a, b);
  }

  /**
   * An attribute value's text with references replaced and white space normalised (expat's
   * storeAttributeValue): spaces for white space characters; without CDATA type, runs of spaces
   * collapsed and the ends trimmed. `outerRef` >= 0 means the text is an entity's (errors there are
   * reported at that position).
   */
  attributeValue(s: string, a: number, b: number, isCdata: boolean, outerRef: number): string {
    // most values hold no reference and nothing to normalise
    let plain = true;
    for (let i = a; i < b; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x26 || c === 0x09 || c === 0x0a || c === 0x0d || (c === 0x20 && !isCdata)) {
        plain = false;
        break;
      }
    }
    if (plain) return s.slice(a, b);
    const acc = { v: "" };
    this.appendAttributeValue(s, a, b, isCdata, outerRef, acc);
    let v = acc.v;
    if (!isCdata && v.endsWith(" ")) v = v.slice(0, -1);
    return v;
  }

  private appendAttributeValue(s: string, a: number, b: number, isCdata: boolean, outerRef: number, acc: { v: string }): void {
    const inEntity = outerRef >= 0;
    const at = (pos: number) => (inEntity ? outerRef : pos);
    const space = () => {
      if (isCdata || (acc.v.length > 0 && !acc.v.endsWith(" "))) acc.v += " ";
    };
    let i = a;
    while (i < b) {
      const c = s.charCodeAt(i);
      if (c === 0x26) {
        const tk = this.tokenizer(s);
        const tok = tk.ref(i + 1);
        if (tok === T.CHAR_REF) {
          const cp = charRefValue(s, tk.nameStart, tk.nameEnd);
          if (cp < 0) this.fail(E.BAD_CHAR_REF, at(i));
          if (cp === 0x20) space();
          else acc.v += String.fromCodePoint(cp);
        } else if (tok === T.ENTITY_REF) {
          const name = s.slice(tk.nameStart, tk.nameEnd);
          const pre = PREDEFINED.get(name);
          if (pre !== undefined) acc.v += pre;
          else {
            const ent = this.dtd.generalEntities.get(name);
            if (ent === undefined) {
              // expat reports this one at the start tag (its event position), not at the reference
              if (!this.dtd.hasParamEntityRefs || this.dtd.standalone) this.fail(E.UNDEFINED_ENTITY, inEntity ? outerRef : this.tagStart);
            } else {
              if (ent.open) this.fail(E.RECURSIVE_ENTITY_REF, at(i));
              if (ent.notation !== null) this.fail(E.BINARY_ENTITY_REF, at(i));
              if (ent.text === null) this.fail(E.ATTRIBUTE_EXTERNAL_ENTITY_REF, at(i));
              ent.open = true;
              try {
                const t = ent.text!;
                this.amplify(t.length, at(i));
                // errors inside the replacement text are reported at the start tag (expat does
                // not move its event position into an entity's text)
                const where = inEntity ? outerRef : this.tagStart;
                for (let j = 0; j < t.length; j++) if (t.charCodeAt(j) === 0x3c) this.fail(E.INVALID_TOKEN, where);
                this.appendAttributeValue(t, 0, t.length, isCdata, where, acc);
              } finally {
                ent.open = false;
              }
            }
          }
        } else this.fail(E.INVALID_TOKEN, at(tk.end));
        i = tk.end;
        continue;
      }
      if (c === 0x0d || c === 0x0a || c === 0x09 || c === 0x20) {
        if (c === 0x0d && !inEntity && i + 1 < b && s.charCodeAt(i + 1) === 0x0a) i++;
        space();
        i++;
        continue;
      }
      acc.v += s[i];
      i++;
    }
  }

  // ---- tags ----

  /** A start tag: attributes (specified, then defaults), namespaces, the handler. */
  private startTag(tk: Tokenizer, rawName: string, a: number, b: number, empty: boolean): Tag {
    const s = tk.s;
    this.tagStart = a;
    const raw = tk.atts.slice();
    const et: ElementType | undefined = this.dtd.elementTypes.get(rawName);
    const names: string[] = [];
    const values: string[] = [];
    for (let i = 0; i < raw.length; i += 4) {
      const name = s.slice(raw[i], raw[i + 1]);
      if (names.length > 0 && names.indexOf(name) >= 0) this.fail(E.DUPLICATE_ATTRIBUTE, raw[i]);
      const def = et?.atts.get(name);
      const isCdata = def === undefined || def.isCdata;
      names.push(name);
      values.push(this.attributeValue(s, raw[i + 2], raw[i + 3], isCdata, -1));
    }
    let specified = names.length;
    if (et !== undefined) {
      for (const d of et.defaults) {
        if (d.value === null || names.indexOf(d.name) >= 0) continue;
        names.push(d.name);
        values.push(d.value);
      }
    }
    const tag: Tag = { rawName, name: rawName, bindings: [] };
    if (this.nsSep !== null) specified = this.ns.startTag(tag, names, values, specified, a);
    this.tags.push(tag);
    if (this.on[H.StartElement]) {
      const flat: string[] = [];
      for (let i = 0; i < names.length; i++) flat.push(names[i], values[i]);
      this.sink.startElement(tag.name, flat, specified * 2);
    } else if (!empty) this.reportDefault(s, a, b);
    return tag;
  }

  /**
   * An end tag, or the end of an empty element: its handler (an empty element's end event is
   * at the tag's end when its start was reported), or the default handler when neither ran.
   */
  private endTag(tag: Tag, s: string, a: number, b: number, empty: boolean): void {
    if (empty) this.tags.pop();
    if (this.on[H.EndElement]) {
      if (empty && this.on[H.StartElement] && this.entityDepth === 0) this.eventPos = this.bufBase + b;
      this.sink.endElement(tag.name);
    } else if (!empty || !this.on[H.StartElement]) this.reportDefault(s, a, b);
    this.ns.unbind(tag);
  }
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** CR LF and lone CR become LF (what expat does to PI, comment and entity texts). */
export function normalizeNewlines(s: string): string {
  return s.indexOf("\r") < 0 ? s : s.replace(/\r\n?/g, "\n");
}

/** The code point of a character reference's digits [a, b) (after "&#" or "&#x"), or -1 when XML forbids it. */
export function charRefValue(s: string, a: number, b: number): number {
  const hex = s.charCodeAt(a - 1) === 0x78;
  let v = 0;
  for (let i = a; i < b; i++) {
    v = v * (hex ? 16 : 10) + parseInt(s[i], 16);
    if (v > 0x10ffff) return -1;
  }
  return isXmlChar(v) ? v : -1;
}
