// The prolog: the XML declaration, comments and PIs, and the document type declaration with its
// internal subset, read as expat's role state machine (xmlrole.c) reads them: each token is
// accepted or refused ("syntax error" at its start) by the state, and declarations are handed to
// their handlers as they complete. Tokens no handler takes go to the default handler one by one
// (ElementTree's doctype() support reads them that way).
import { Tokenizer, T } from "./tokenizer.ts";
import { E } from "./errors.ts";
import { type Entity, type ContentModel, CType, CQuant, PREDEFINED } from "./dtd.ts";
import { H } from "./sink.ts";
import { normalizeNewlines, charRefValue, type Engine } from "./engine.ts";

const enum S {
  Prolog0, Prolog1, Prolog2, Doctype0, Doctype1, Doctype2, Doctype3, Doctype4, Doctype5, Subset,
  Entity0, Entity1, Entity2, Entity3, Entity4, Entity5, Entity6, Entity7, Entity8, Entity9, Entity10,
  Notation0, Notation1, Notation2, Notation3, Notation4,
  Attlist0, Attlist1, Attlist2, Attlist3, Attlist4, Attlist5, Attlist6, Attlist7, Attlist8, Attlist9,
  Element0, Element1, Element2, Element3, Element4, Element5, Element6, Element7, DeclClose,
}

const ATT_TYPES = new Set(["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"]);

interface Group {
  node: ContentModel;
  /** ',' or '|' once the group has one. */
  connector: string;
}

export class Prolog {
  private state = S.Prolog0;
  // the DOCTYPE being read
  private docName = "";
  private docSys: string | null = null;
  private docPub: string | null = null;
  private doctypeReported = false;
  // the declaration being read
  private entity: Entity | null = null;
  private declName = "";
  private declPub: string | null = null;
  private attElement = "";
  private attName = "";
  private attType = "";
  private groups: Group[] = [];
  private model: ContentModel | null = null;
  /** The handler whose declaration is being read: its tokens go to the default handler only without it. */
  private declH = H.StartDoctypeDecl;

  /** `external`: reading an external DTD subset or parameter entity (declarations only, no ']'). */
  constructor(private e: Engine, private external = false) {
    if (external) this.state = S.Subset;
  }

  /** Prolog tokens from p until the root element starts (returns its '<' position) or the text ends (-(p+1)). */
  run(tk: Tokenizer, p: number): number {
    const e = this.e;
    // a byte order mark (U+FEFF first in the document) is skipped, though it counts as a column
    if (this.state === S.Prolog0 && e.atDocStart(p) && tk.s.charCodeAt(p) === 0xfeff) p++;
    for (;;) {
      const s = tk.s;
      const tok = tk.prolog(p);
      const next = tk.end;
      e.event(p, next);
      switch (tok) {
        case T.NONE:
          if (!tk.final || (this.external && this.state === S.Subset)) return -(p + 1);
          return this.e.fail(this.external ? E.SYNTAX : E.NO_ELEMENTS, p);
        case T.PARTIAL:
          if (!tk.final) return -(p + 1);
          return this.e.fail(this.e.unclosed(), p);
        case T.INVALID:
          return this.e.fail(E.INVALID_TOKEN, next);
        default:
          break;
      }
      if (tok === T.INSTANCE_START && (this.state === S.Prolog0 || this.state === S.Prolog1 || this.state === S.Prolog2)) {
        // UseForeignDTD without a DOCTYPE: the external subset is asked for now
        if (e.useForeignDtd) this.externalSubset(p, null, null, true);
        e.startContent();
        return next;
      }
      if (tok === T.XML_DECL && this.external && e.atDocStart(p)) {
        this.xmlDecl(tk, s, p, next, true);
        tk.s = e.pull();
        p = next;
        continue;
      }
      this.token(tk, tok, s, p, next);
      if (tok === T.XML_DECL) tk.s = e.pull();
      p = next;
    }
  }

  private syntax(tok: T, p: number): never {
    if (tok === T.PARAM_ENTITY_REF) this.e.fail(E.PARAM_ENTITY_REF, p);
    if (tok === T.XML_DECL) this.e.fail(E.MISPLACED_XML_PI, p);
    this.e.fail(E.SYNTAX, p);
  }

  /** One token in the current state. */
  private token(tk: Tokenizer, tok: T, s: string, a: number, b: number): void {
    const e = this.e;
    const sink = e.sink;
    const on = e.on;
    const name = () => s.slice(tk.nameStart, tk.nameEnd);
    const lit = () => s.slice(a + 1, b - 1);
    let handled = false;
    /** The token has its own rule for the default handler (not its declaration's). */
    let specific = false;
    if (this.state === S.Prolog0 && (tok === T.PROLOG_S || tok === T.COMMENT || tok === T.PI)) this.state = S.Prolog1;
    const before = this.state;
    if (tok === T.PROLOG_S) {
      if (inDecl(before) && this.quiet()) return;
      return e.reportDefault(s, a, b);
    }
    if (tok === T.COMMENT && (this.state <= S.Prolog2 || this.state === S.Subset)) return e.comment(s, a, b);
    if (tok === T.PI && (this.state <= S.Prolog2 || this.state === S.Subset)) return e.pi(tk, a, b);
    const bad = () => this.syntax(tok, a);
    switch (this.state) {
      case S.Prolog0:
      case S.Prolog1:
      case S.Prolog2:
        if (tok === T.XML_DECL && this.state === S.Prolog0) {
          this.xmlDecl(tk, s, a, b);
          this.state = S.Prolog1;
          return;
        }
        if (tok === T.DECL_OPEN && this.state !== S.Prolog2 && name() === "DOCTYPE") {
          this.state = S.Doctype0;
          this.declH = H.StartDoctypeDecl;
          if (on[H.StartDoctypeDecl]) handled = true;
          break;
        }
        return bad();
      case S.Doctype0:
        if (tok !== T.NAME) return bad();
        this.docName = name();
        this.docSys = this.docPub = null;
        this.doctypeReported = false;
        this.state = S.Doctype1;
        if (on[H.StartDoctypeDecl]) handled = true;
        break;
      case S.Doctype1:
        if (tok === T.OPEN_BRACKET) return this.openSubset(s, a, b);
        if (tok === T.DECL_CLOSE) return this.closeDoctype(s, a, b);
        if (tok === T.NAME && name() === "SYSTEM") this.state = S.Doctype3;
        else if (tok === T.NAME && name() === "PUBLIC") this.state = S.Doctype2;
        else return bad();
        if (on[H.StartDoctypeDecl]) handled = true;
        break;
      case S.Doctype2:
        if (tok !== T.LITERAL) return bad();
        this.docPub = this.publicId(lit(), a);
        e.dtd.hasParamEntityRefs = true;
        this.state = S.Doctype3;
        if (on[H.StartDoctypeDecl]) handled = true;
        break;
      case S.Doctype3:
        if (tok !== T.LITERAL) return bad();
        this.docSys = lit();
        this.state = S.Doctype4;
        if (on[H.StartDoctypeDecl]) handled = true;
        if (!e.dtd.standalone && e.paramEntityParsing === 0 && on[H.NotStandalone] && sink.notStandalone() === 0) this.e.fail(E.NOT_STANDALONE, a);
        break;
      case S.Doctype4:
        if (tok === T.OPEN_BRACKET) return this.openSubset(s, a, b);
        if (tok === T.DECL_CLOSE) return this.closeDoctype(s, a, b);
        return bad();
      case S.Doctype5:
        if (tok === T.DECL_CLOSE) return this.closeDoctype(s, a, b);
        return bad();
      case S.Subset:
        if (tok === T.DECL_OPEN) {
          const n = name();
          if (n === "ENTITY") [this.state, this.declH] = [S.Entity0, H.EntityDecl];
          else if (n === "ATTLIST") [this.state, this.declH] = [S.Attlist0, H.AttlistDecl];
          else if (n === "ELEMENT") [this.state, this.declH] = [S.Element0, H.ElementDecl];
          else if (n === "NOTATION") [this.state, this.declH] = [S.Notation0, H.NotationDecl];
          else return bad();
          break;
        }
        if (tok === T.CLOSE_BRACKET && !this.external) {
          this.state = S.Doctype5;
          this.declH = H.StartDoctypeDecl;
          if (on[H.StartDoctypeDecl]) handled = true;
          break;
        }
        if (tok === T.PARAM_ENTITY_REF) {
          // Parameter entities are not read. Without parameter entity parsing, what follows the
          // reference is not processed (it may depend on the entity) unless the document is
          // standalone; with it, an undeclared one is a skipped entity.
          const dtd = e.dtd;
          dtd.hasParamEntityRefs = true;
          specific = true;
          if (e.paramEntityParsing === 0) {
            dtd.keepProcessing = dtd.standalone;
            this.notStandalone(a);
            break;
          }
          const pe = dtd.paramEntities.get(name());
          if (pe === undefined) {
            dtd.keepProcessing = dtd.standalone;
            if (on[H.SkippedEntity]) {
              sink.skippedEntity(name(), true);
              handled = true;
            }
            break;
          }
          if (pe.open) this.e.fail(E.RECURSIVE_ENTITY_REF, a);
          handled = true;
          if (pe.text !== null) {
            this.declarationsIn(pe);
            break;
          }
          if (!on[H.ExternalEntityRef]) {
            handled = false;
            dtd.keepProcessing = dtd.standalone;
            break;
          }
          dtd.paramEntityRead = false;
          pe.open = true;
          let r: number;
          try {
            r = sink.externalEntityRef(null, pe.base, pe.systemId, pe.publicId);
          } finally {
            pe.open = false;
          }
          if (r === 0) this.e.fail(E.EXTERNAL_ENTITY_HANDLING, a);
          if (!dtd.paramEntityRead) dtd.keepProcessing = dtd.standalone;
          else this.notStandalone(a);
          break;
        }
        return bad();
      // <!ENTITY
      case S.Entity0:
        if (tok === T.PERCENT) {
          this.state = S.Entity1;
          break;
        }
        if (tok !== T.NAME || tk.prefixed) return bad();
        handled = this.newEntity(name(), false);
        specific = true;
        this.state = S.Entity2;
        break;
      case S.Entity1:
        if (tok !== T.NAME || tk.prefixed) return bad();
        handled = this.newEntity(name(), true);
        specific = true;
        this.state = S.Entity7;
        break;
      case S.Entity2:
      case S.Entity7:
        if (tok === T.NAME && name() === "SYSTEM") this.state = this.state === S.Entity2 ? S.Entity4 : S.Entity9;
        else if (tok === T.NAME && name() === "PUBLIC") this.state = this.state === S.Entity2 ? S.Entity3 : S.Entity8;
        else if (tok === T.LITERAL) {
          specific = true;
          this.state = S.DeclClose;
          if (!e.dtd.keepProcessing) break;
          // the value up to an error is still declared and reported, then the error is raised
          const v = this.entityValue(s, a + 1, b - 1);
          if (v.error !== 0) e.event(v.at, b); // expat moved its event position to the error
          const ent = this.entity;
          if (ent !== null) {
            ent.text = v.text;
            if (on[H.EntityDecl]) {
              sink.entityDecl(ent.name, ent.isParam, ent.text, e.base, null, null, null);
              handled = true;
            }
          }
          if (v.error !== 0) this.e.fail(v.error, v.at);
        } else return bad();
        break;
      case S.Entity3:
      case S.Entity8:
        if (tok !== T.LITERAL) return bad();
        {
          const pub = this.publicId(lit(), a);
          if (this.entity !== null) this.entity.publicId = pub;
        }
        specific = true;
        handled = this.entity !== null && on[H.EntityDecl] === 1;
        this.state = this.state === S.Entity3 ? S.Entity4 : S.Entity9;
        break;
      case S.Entity4:
      case S.Entity9:
        if (tok !== T.LITERAL) return bad();
        if (this.entity !== null) {
          this.entity.systemId = lit();
          this.entity.base = e.base;
        }
        specific = true;
        handled = this.entity !== null && on[H.EntityDecl] === 1;
        this.state = this.state === S.Entity4 ? S.Entity5 : S.Entity10;
        break;
      case S.Entity5:
      case S.Entity10:
        if (tok === T.DECL_CLOSE) {
          const ent = this.entity;
          if (ent !== null && on[H.EntityDecl]) {
            sink.entityDecl(ent.name, ent.isParam, null, ent.base, ent.systemId, ent.publicId, null);
            handled = true;
          }
          specific = true;
          this.state = S.Subset;
          break;
        }
        if (this.state === S.Entity5 && tok === T.NAME && name() === "NDATA") {
          this.state = S.Entity6;
          break;
        }
        return bad();
      case S.Entity6: {
        if (tok !== T.NAME || tk.prefixed) return bad();
        const ent = this.entity;
        specific = true;
        if (ent !== null) {
          ent.notation = name();
          if (on[H.UnparsedEntityDecl]) {
            sink.unparsedEntityDecl(ent.name, ent.base, ent.systemId, ent.publicId, ent.notation);
            handled = true;
          } else if (on[H.EntityDecl]) {
            sink.entityDecl(ent.name, false, null, ent.base, ent.systemId, ent.publicId, ent.notation);
            handled = true;
          }
        }
        this.state = S.DeclClose;
        break;
      }
      // <!NOTATION
      case S.Notation0:
        if (tok !== T.NAME || tk.prefixed) return bad();
        this.declName = name();
        this.declPub = null;
        this.state = S.Notation1;
        break;
      case S.Notation1:
        if (tok === T.NAME && name() === "SYSTEM") this.state = S.Notation3;
        else if (tok === T.NAME && name() === "PUBLIC") this.state = S.Notation2;
        else return bad();
        break;
      case S.Notation2:
        if (tok !== T.LITERAL) return bad();
        this.declPub = this.publicId(lit(), a);
        this.state = S.Notation4;
        break;
      case S.Notation3:
      case S.Notation4:
        if (tok === T.LITERAL) {
          if (on[H.NotationDecl]) {
            sink.notationDecl(this.declName, e.base, lit(), this.declPub);
            handled = true;
          }
          this.state = S.DeclClose;
          break;
        }
        if (this.state === S.Notation4 && tok === T.DECL_CLOSE) {
          if (on[H.NotationDecl]) {
            sink.notationDecl(this.declName, e.base, null, this.declPub);
            handled = true;
          }
          this.state = S.Subset;
          break;
        }
        return bad();
      // <!ATTLIST
      case S.Attlist0:
        if (tok !== T.NAME) return bad();
        this.attElement = name();
        this.state = S.Attlist1;
        break;
      case S.Attlist1:
        if (tok === T.DECL_CLOSE) {
          this.state = S.Subset;
          break;
        }
        if (tok !== T.NAME) return bad();
        this.attName = name();
        this.state = S.Attlist2;
        break;
      case S.Attlist2:
        if (tok === T.NAME && ATT_TYPES.has(name())) {
          this.attType = name();
          this.state = S.Attlist8;
        } else if (tok === T.NAME && name() === "NOTATION") {
          this.attType = "NOTATION";
          this.state = S.Attlist5;
        } else if (tok === T.OPEN_PAREN) {
          this.attType = "(";
          this.state = S.Attlist3;
        } else return bad();
        break;
      case S.Attlist3:
      case S.Attlist6:
        if (tok !== T.NAME && !(tok === T.NMTOKEN && this.state === S.Attlist3)) return bad();
        this.attType += name();
        this.state = this.state === S.Attlist3 ? S.Attlist4 : S.Attlist7;
        break;
      case S.Attlist4:
      case S.Attlist7:
        if (tok === T.CLOSE_PAREN) {
          this.attType += ")";
          this.state = S.Attlist8;
        } else if (tok === T.OR) {
          this.attType += "|";
          this.state = this.state === S.Attlist4 ? S.Attlist3 : S.Attlist6;
        } else return bad();
        break;
      case S.Attlist5:
        if (tok !== T.OPEN_PAREN) return bad();
        this.attType += "(";
        this.state = S.Attlist6;
        break;
      case S.Attlist8:
        if (tok === T.POUND_NAME) {
          const n = name();
          if (n === "IMPLIED" || n === "REQUIRED") {
            handled = this.attDef(null, n === "REQUIRED");
            this.state = S.Attlist1;
            break;
          }
          if (n === "FIXED") {
            this.state = S.Attlist9;
            break;
          }
          return bad();
        }
        if (tok === T.LITERAL) {
          handled = this.attDef(this.defaultValue(s, a + 1, b - 1), false);
          this.state = S.Attlist1;
          break;
        }
        return bad();
      case S.Attlist9:
        if (tok !== T.LITERAL) return bad();
        handled = this.attDef(this.defaultValue(s, a + 1, b - 1), true);
        this.state = S.Attlist1;
        break;
      // <!ELEMENT
      case S.Element0:
        if (tok !== T.NAME) return bad();
        this.declName = name();
        this.state = S.Element1;
        break;
      case S.Element1:
        if (tok === T.NAME && (name() === "EMPTY" || name() === "ANY")) {
          handled = this.elementDecl({ type: name() === "EMPTY" ? CType.EMPTY : CType.ANY, quant: CQuant.NONE, name: null, children: [] });
          this.state = S.DeclClose;
          break;
        }
        if (tok !== T.OPEN_PAREN) return bad();
        this.model = { type: CType.SEQ, quant: CQuant.NONE, name: null, children: [] };
        this.groups = [{ node: this.model, connector: "" }];
        this.state = S.Element2;
        break;
      case S.Element2:
        if (tok === T.POUND_NAME && name() === "PCDATA") {
          this.model!.type = CType.MIXED;
          this.state = S.Element3;
          break;
        }
        this.state = S.Element6;
        return this.token(tk, tok, s, a, b);
      case S.Element6:
        if (tok === T.OPEN_PAREN) {
          const g: ContentModel = { type: CType.SEQ, quant: CQuant.NONE, name: null, children: [] };
          this.groups[this.groups.length - 1].node.children.push(g);
          this.groups.push({ node: g, connector: "" });
          this.state = S.Element6;
          break;
        }
        if (tok === T.NAME || tok === T.NAME_QUESTION || tok === T.NAME_ASTERISK || tok === T.NAME_PLUS) {
          this.groups[this.groups.length - 1].node.children.push({ type: CType.NAME, quant: quantOf(tok), name: name(), children: [] });
          this.state = S.Element7;
          break;
        }
        return bad();
      case S.Element3:
        if (tok === T.CLOSE_PAREN || tok === T.CLOSE_PAREN_ASTERISK) {
          if (tok === T.CLOSE_PAREN_ASTERISK) this.model!.quant = CQuant.REP;
          handled = this.elementDecl(this.model!);
          this.state = S.DeclClose;
          break;
        }
        if (tok === T.OR) {
          this.state = S.Element4;
          break;
        }
        return bad();
      case S.Element4:
        if (tok !== T.NAME) return bad();
        this.model!.children.push({ type: CType.NAME, quant: CQuant.NONE, name: name(), children: [] });
        this.state = S.Element5;
        break;
      case S.Element5:
        if (tok === T.CLOSE_PAREN_ASTERISK) {
          this.model!.quant = CQuant.REP;
          handled = this.elementDecl(this.model!);
          this.state = S.DeclClose;
          break;
        }
        if (tok === T.OR) {
          this.state = S.Element4;
          break;
        }
        return bad();
      case S.Element7: {
        const g = this.groups[this.groups.length - 1];
        if (tok === T.COMMA || tok === T.OR) {
          const c = tok === T.COMMA ? "," : "|";
          if (g.connector !== "" && g.connector !== c) return bad();
          g.connector = c;
          g.node.type = c === "," ? CType.SEQ : CType.CHOICE;
          this.state = S.Element6;
          break;
        }
        if (tok === T.CLOSE_PAREN || tok === T.CLOSE_PAREN_QUESTION || tok === T.CLOSE_PAREN_ASTERISK || tok === T.CLOSE_PAREN_PLUS) {
          g.node.quant = tok === T.CLOSE_PAREN ? CQuant.NONE : tok === T.CLOSE_PAREN_QUESTION ? CQuant.OPT : tok === T.CLOSE_PAREN_ASTERISK ? CQuant.REP : CQuant.PLUS;
          this.groups.pop();
          if (this.groups.length === 0) {
            handled = this.elementDecl(this.model!);
            this.state = S.DeclClose;
          }
          break;
        }
        return bad();
      }
      case S.DeclClose:
        if (tok !== T.DECL_CLOSE) return bad();
        this.state = S.Subset;
        break;
      default:
        return bad();
    }
    if (!handled && !specific && (inDecl(before) || inDecl(this.state)) && this.quiet()) handled = true;
    if (!handled) e.reportDefault(s, a, b);
  }

  /**
   * Does the declaration being read keep its plain tokens (keywords, white space, '>') from the
   * default handler? When its handler is set (and, for entities and attribute lists, while
   * declarations are processed).
   */
  private quiet(): boolean {
    const e = this.e;
    const h = this.declH;
    if (h === H.EntityDecl || h === H.AttlistDecl) return e.dtd.keepProcessing && e.on[h] === 1;
    return e.on[h] === 1;
  }

  private openSubset(s: string, a: number, b: number): void {
    const e = this.e;
    this.reportDoctype(true);
    this.state = S.Subset;
    if (!e.on[H.StartDoctypeDecl]) e.reportDefault(s, a, b);
  }

  /**
   * The DOCTYPE's '>': the start handler if still due (no internal subset), the external subset
   * (asked of the ExternalEntityRefHandler with parameter entity parsing on), the end handler.
   */
  private closeDoctype(s: string, a: number, b: number): void {
    const e = this.e;
    let handled = !this.doctypeReported && e.on[H.StartDoctypeDecl] === 1;
    this.reportDoctype(false);
    this.state = S.Prolog2;
    if (this.docSys !== null || e.useForeignDtd) this.externalSubset(a, this.docSys, this.docPub, this.docSys === null);
    if (e.on[H.EndDoctypeDecl]) {
      e.sink.endDoctypeDecl();
      handled = true;
    }
    if (!handled) e.reportDefault(s, a, b);
  }

  /**
   * An external DTD subset (a DOCTYPE's system id, or UseForeignDTD's): undeclared entities become
   * skipped ones; with parameter entity parsing the ExternalEntityRefHandler is asked to read it
   * (context None), and if it did not, a foreign DTD counts as absent.
   */
  private externalSubset(a: number, systemId: string | null, publicId: string | null, foreign: boolean): void {
    const e = this.e;
    const dtd = e.dtd;
    const had = dtd.hasParamEntityRefs;
    dtd.hasParamEntityRefs = true;
    if (e.paramEntityParsing !== 0 && e.on[H.ExternalEntityRef]) {
      dtd.paramEntityRead = false;
      if (e.sink.externalEntityRef(null, e.base, systemId, publicId) === 0) e.fail(E.EXTERNAL_ENTITY_HANDLING, a);
      if (dtd.paramEntityRead) {
        if (!dtd.standalone && e.on[H.NotStandalone] && e.sink.notStandalone() === 0) e.fail(E.NOT_STANDALONE, a);
      } else if (foreign) dtd.hasParamEntityRefs = had;
    }
    e.useForeignDtd = false;
  }

  /** A document that is not standalone depends on unread declarations: the NotStandaloneHandler may refuse it. */
  private notStandalone(a: number): void {
    const e = this.e;
    if (!e.dtd.standalone && e.on[H.NotStandalone] && e.sink.notStandalone() === 0) this.e.fail(E.NOT_STANDALONE, a);
  }

  /** An internal parameter entity's text read as declarations (parameter entity parsing on). */
  private declarationsIn(pe: Entity): void {
    const e = this.e;
    const tk = this.e.tokenizer(pe.text!);
    tk.final = true;
    pe.open = true;
    e.enterEntity();
    try {
      let p = 0;
      for (;;) {
        const tok = tk.prolog(p);
        if (tok === T.NONE) return;
        if (tok === T.PARTIAL) e.fail(E.INCOMPLETE_PE, p);
        if (tok === T.INVALID) e.fail(E.INVALID_TOKEN, tk.end);
        const next = tk.end;
        this.token(tk, tok, tk.s, p, next);
        p = next;
      }
    } finally {
      e.leaveEntity();
      pe.open = false;
    }
  }

  private reportDoctype(internalSubset: boolean): void {
    if (this.doctypeReported) return;
    this.doctypeReported = true;
    if (this.e.on[H.StartDoctypeDecl]) this.e.sink.startDoctypeDecl(this.docName, this.docSys, this.docPub, internalSubset);
  }

  /**
   * Starts an entity declaration; whether its name token is handled. A name declared before (the
   * first declaration binds), a predefined one, or any while declarations are not processed
   * declares nothing.
   */
  private newEntity(name: string, isParam: boolean): boolean {
    const dtd = this.e.dtd;
    const map = isParam ? dtd.paramEntities : dtd.generalEntities;
    this.entity = null;
    if (!dtd.keepProcessing || map.has(name) || (!isParam && PREDEFINED.has(name))) return false;
    this.entity = { name, text: null, systemId: null, publicId: null, base: null, notation: null, isParam, open: false };
    map.set(name, this.entity);
    return this.e.on[H.EntityDecl] === 1;
  }

  /**
   * An entity value literal: character references replaced, newlines normalised, other references
   * kept; a parameter entity reference is not allowed in the internal subset. The value stops at an
   * error, which is returned with it.
   */
  private entityValue(s: string, a: number, b: number): { text: string; error: number; at: number } {
    let out = "";
    for (let i = a; i < b; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x25) return { text: out, error: E.PARAM_ENTITY_REF, at: i };
      if (c === 0x26) {
        const tk = this.e.tokenizer(s);
        const tok = tk.ref(i + 1);
        if (tok === T.CHAR_REF) {
          const cp = charRefValue(s, tk.nameStart, tk.nameEnd);
          if (cp < 0) return { text: out, error: E.BAD_CHAR_REF, at: i };
          out += String.fromCodePoint(cp);
          i = tk.end - 1;
          continue;
        }
        if (tok !== T.ENTITY_REF) return { text: out, error: E.INVALID_TOKEN, at: tk.end };
      }
      if (c === 0x0d) {
        out += "\n";
        if (s.charCodeAt(i + 1) === 0x0a) i++;
        continue;
      }
      out += s[i];
    }
    return { text: out, error: 0, at: 0 };
  }

  /** A default attribute value, normalised as an attribute value of its declared type. */
  private defaultValue(s: string, a: number, b: number): string {
    this.e.tagStart = a - 1;
    return this.e.attributeValue(s, a, b, this.attType === "CDATA", -1);
  }

  private attDef(value: string | null, required: boolean): boolean {
    const e = this.e;
    if (!e.dtd.keepProcessing) return false;
    const et = e.dtd.elementType(this.attElement);
    if (!et.atts.has(this.attName)) {
      const def = { name: this.attName, value, isCdata: this.attType === "CDATA" };
      et.atts.set(this.attName, def);
      if (value !== null) et.defaults.push(def);
    }
    if (!e.on[H.AttlistDecl]) return false;
    e.sink.attlistDecl(this.attElement, this.attName, this.attType, value, required);
    return true;
  }

  private elementDecl(model: ContentModel): boolean {
    if (!this.e.on[H.ElementDecl]) return false;
    this.e.sink.elementDecl(this.declName, model);
    return true;
  }

  /** A public id: its characters checked, white space normalised. */
  private publicId(v: string, a: number): string {
    const bad = /[^\x20\x0d\x0aa-zA-Z0-9\-'()+,./:=?;!*#@$_%]/.exec(v);
    if (bad !== null) this.e.fail(E.PUBLICID, a + 1 + bad.index);
    return v.replace(/[\x20\x0d\x0a]+/g, " ").trim();
  }

  /**
   * The XML declaration: version, encoding and standalone pseudo-attributes, in that order
   * (doParseXmlDecl); or an external entity's text declaration (`isText`: version optional,
   * encoding required, no standalone).
   */
  xmlDecl(tk: Tokenizer, s: string, a: number, b: number, isText = false): void {
    const BAD = isText ? E.TEXT_DECL : E.XML_DECL;
    const e = this.e;
    const end = b - 2;
    let p = tk.nameEnd;
    const attrs: [string, string, number, number][] = [];
    const space = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
    for (;;) {
      if (p >= end) break;
      if (!space(s.charCodeAt(p))) this.e.fail(BAD, p);
      while (p < end && space(s.charCodeAt(p))) p++;
      if (p >= end) break;
      const n0 = p;
      while (p < end && !space(s.charCodeAt(p)) && s[p] !== "=") p++;
      const name = s.slice(n0, p);
      if (p === n0) this.e.fail(BAD, n0);
      while (p < end && space(s.charCodeAt(p))) p++;
      if (s[p] !== "=") this.e.fail(BAD, n0);
      p++;
      while (p < end && space(s.charCodeAt(p))) p++;
      const q = s[p];
      if (q !== '"' && q !== "'") this.e.fail(BAD, n0);
      const v0 = ++p;
      while (p < end && s[p] !== q) {
        if (!/[A-Za-z0-9._-]/.test(s[p])) this.e.fail(BAD, p);
        p++;
      }
      if (p >= end) this.e.fail(BAD, n0);
      attrs.push([name, s.slice(v0, p), n0, v0]);
      p++;
    }
    let i = 0;
    let version: string | null = null;
    if (attrs.length > 0 && attrs[0][0] === "version") version = attrs[i++][1];
    else if (!isText) this.e.fail(BAD, attrs.length > 0 ? attrs[0][2] : a);
    let encoding: string | null = null, encPos = a;
    if (i < attrs.length && attrs[i][0] === "encoding") {
      encoding = attrs[i][1];
      encPos = attrs[i][3];
      if (!/^[A-Za-z]/.test(encoding)) this.e.fail(BAD, encPos);
      i++;
    }
    if (isText && encoding === null) this.e.fail(BAD, i < attrs.length ? attrs[i][2] : b - 2);
    let standalone = -1;
    if (!isText && i < attrs.length && attrs[i][0] === "standalone") {
      const v = attrs[i][1];
      if (v !== "yes" && v !== "no") this.e.fail(BAD, attrs[i][3]);
      standalone = v === "yes" ? 1 : 0;
      if (standalone === 1) e.dtd.standalone = true;
      i++;
    }
    if (i < attrs.length) this.e.fail(BAD, attrs[i][2]);
    if (e.on[H.XmlDecl]) e.sink.xmlDecl(version, encoding, standalone);
    else e.reportDefault(s, a, b);
    if (e.onDeclaredEncoding !== null) {
      const code = e.onDeclaredEncoding(encoding);
      if (code !== 0) this.e.fail(code, encPos);
    }
  }
}

/** Inside a declaration (not between them)? */
const inDecl = (st: S): boolean => st !== S.Prolog0 && st !== S.Prolog1 && st !== S.Prolog2 && st !== S.Subset;

function quantOf(tok: T): number {
  return tok === T.NAME_QUESTION ? CQuant.OPT : tok === T.NAME_ASTERISK ? CQuant.REP : tok === T.NAME_PLUS ? CQuant.PLUS : CQuant.NONE;
}
