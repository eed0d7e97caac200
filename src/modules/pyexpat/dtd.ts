// What the document type declaration declared: general and parameter entities, the attribute
// lists of element types (defaults and which attributes are not CDATA, whose values are
// normalised further), and whether the DTD has parts the parser did not read (an external subset
// or parameter entity references), which decides whether an undeclared entity is an error or a
// skipped entity.

export interface Entity {
  name: string;
  /** Replacement text of an internal entity; null for an external one. */
  text: string | null;
  systemId: string | null;
  publicId: string | null;
  base: string | null;
  notation: string | null;
  isParam: boolean;
  /** Set while the entity's text is being expanded (a reference to it then is recursive). */
  open: boolean;
}

export interface AttDef {
  name: string;
  /** The default value, or null for #IMPLIED / #REQUIRED. */
  value: string | null;
  isCdata: boolean;
}

export interface ElementType {
  defaults: AttDef[];
  /** Declared attributes by name (the first declaration of a name wins). */
  atts: Map<string, AttDef>;
}

/** The content model of an <!ELEMENT> declaration, as expat's XML_Content. */
export interface ContentModel {
  type: number;
  quant: number;
  name: string | null;
  children: ContentModel[];
}

export const enum CType {
  EMPTY = 1, ANY, MIXED, NAME, CHOICE, SEQ,
}
export const enum CQuant {
  NONE = 0, OPT, REP, PLUS,
}

export class Dtd {
  generalEntities = new Map<string, Entity>();
  paramEntities = new Map<string, Entity>();
  elementTypes = new Map<string, ElementType>();
  /** An external subset or a parameter entity reference was seen (expat's hasParamEntityRefs). */
  hasParamEntityRefs = false;
  standalone = false;
  keepProcessing = true;
  /** An external DTD parser was made for the last external subset or parameter entity reference. */
  paramEntityRead = false;

  elementType(name: string): ElementType {
    let t = this.elementTypes.get(name);
    if (t === undefined) {
      t = { defaults: [], atts: new Map() };
      this.elementTypes.set(name, t);
    }
    return t;
  }
}

/** The predefined entities' replacement characters. */
export const PREDEFINED = new Map([["lt", "<"], ["gt", ">"], ["amp", "&"], ["quot", '"'], ["apos", "'"]]);
