// The interface between the XML engine and its user (pyexpat's xmlparser): the handlers, which
// the engine calls only when `on[H.x]` is set (expat's "is a handler registered" checks decide
// what goes to the default handler, so presence matters, not just the calls).
import type { ContentModel } from "./dtd.ts";

export const enum H {
  StartElement, EndElement, CharacterData, ProcessingInstruction, Comment, StartNamespaceDecl, EndNamespaceDecl,
  StartCdataSection, EndCdataSection, Default, XmlDecl, StartDoctypeDecl, EndDoctypeDecl, EntityDecl,
  UnparsedEntityDecl, NotationDecl, ElementDecl, AttlistDecl, SkippedEntity, ExternalEntityRef, NotStandalone, COUNT,
}

export interface Sink {
  /** `atts` is flat (name, value, ...); the first `specified` pairs were written in the tag. */
  startElement(name: string, atts: string[], specified: number): void;
  endElement(name: string): void;
  characterData(text: string): void;
  processingInstruction(target: string, data: string): void;
  comment(text: string): void;
  startNamespaceDecl(prefix: string | null, uri: string | null): void;
  endNamespaceDecl(prefix: string | null): void;
  startCdataSection(): void;
  endCdataSection(): void;
  default(text: string): void;
  xmlDecl(version: string | null, encoding: string | null, standalone: number): void;
  startDoctypeDecl(name: string, systemId: string | null, publicId: string | null, hasInternalSubset: boolean): void;
  endDoctypeDecl(): void;
  entityDecl(name: string, isParam: boolean, value: string | null, base: string | null, systemId: string | null, publicId: string | null, notation: string | null): void;
  unparsedEntityDecl(name: string, base: string | null, systemId: string | null, publicId: string | null, notation: string): void;
  notationDecl(name: string, base: string | null, systemId: string | null, publicId: string | null): void;
  elementDecl(name: string, model: ContentModel): void;
  attlistDecl(element: string, name: string, type: string, dflt: string | null, required: boolean): void;
  skippedEntity(name: string, isParam: boolean): void;
  /** 0 means the reference failed (XML_ERROR_EXTERNAL_ENTITY_HANDLING). */
  externalEntityRef(context: string | null, base: string | null, systemId: string | null, publicId: string | null): number;
  /** 0 means the document is refused (XML_ERROR_NOT_STANDALONE). */
  notStandalone(): number;
}
