// Namespace processing of start tags (expat's storeAtts with a namespace separator): xmlns
// attributes bind prefixes for the element's scope (StartNamespaceDeclHandler, then
// EndNamespaceDeclHandler latest first when it ends), element and attribute names become
// "uri<sep>local" (with "<sep>prefix" for namespace_prefixes), and expat's namespace errors.
import { E, E_RESERVED_PREFIX_XML, E_RESERVED_PREFIX_XMLNS, E_RESERVED_NAMESPACE_URI } from "./errors.ts";
import { H } from "./sink.ts";
import type { Engine, Tag } from "./engine.ts";

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

export class Namespaces {
  /** Prefix (null: the default namespace) to URI. */
  private map = new Map<string | null, string>();

  constructor(private e: Engine) {
    if (e.nsSep !== null) this.map.set("xml", XML_NS);
  }

  /** An external entity's parser starts with the bindings in scope at the reference. */
  inherit(from: Namespaces): void {
    this.map = new Map(from.map);
  }

  /**
   * The context string expat passes to ExternalEntityRefHandler: with namespaces, the bindings in
   * scope ("=uri" for the default one, "prefix=uri"), then the entity's name, separated by form feeds.
   */
  context(name: string): string {
    if (this.e.nsSep === null) return name;
    const parts: string[] = [];
    const dflt = this.map.get(null);
    if (dflt !== undefined) parts.push("=" + dflt);
    for (const [prefix, uri] of this.map) if (prefix !== null && prefix !== "xml") parts.push(prefix + "=" + uri);
    parts.push("xml=" + XML_NS, name);
    return parts.join("\f");
  }

  /** The bindings a tag made end (EndNamespaceDeclHandler, latest first). */
  unbind(tag: Tag): void {
    const e = this.e;
    for (let i = tag.bindings.length - 1; i >= 0; i--) {
      const [prefix, prev] = tag.bindings[i];
      if (e.on[H.EndNamespaceDecl]) e.sink.endNamespaceDecl(prefix);
      if (prev === undefined) this.map.delete(prefix);
      else this.map.set(prefix, prev);
    }
    tag.bindings.length = 0;
  }

  /** Namespace processing of a start tag: bindings, expanded names; returns the specified count. */
  startTag(tag: Tag, names: string[], values: string[], specified: number, a: number): number {
    const e = this.e;
    const sep = e.nsSep!;
    const keepN: string[] = [], keepV: string[] = [];
    let keptSpecified = 0;
    for (let i = 0; i < names.length; i++) {
      const n = names[i];
      let prefix: string | null | undefined;
      if (n === "xmlns") prefix = null;
      else if (n.startsWith("xmlns:")) prefix = n.slice(6);
      if (prefix === undefined) {
        keepN.push(n);
        keepV.push(values[i]);
        if (i < specified) keptSpecified++;
        continue;
      }
      const uri = values[i];
      if (prefix === "xmlns") this.failTag(tag, E_RESERVED_PREFIX_XMLNS, a);
      if (prefix === "xml" ? uri !== XML_NS : uri === XML_NS || uri === XMLNS_NS) this.failTag(tag, prefix === "xml" ? E_RESERVED_PREFIX_XML : E_RESERVED_NAMESPACE_URI, a);
      if (prefix !== null && uri === "") this.failTag(tag, E.UNDECLARING_PREFIX, a);
      tag.bindings.push([prefix, this.map.get(prefix)]);
      if (uri === "" && prefix === null) this.map.delete(null);
      else this.map.set(prefix, uri);
      if (e.on[H.StartNamespaceDecl]) e.sink.startNamespaceDecl(prefix, uri === "" ? null : uri);
    }
    const seen = new Set<string>();
    for (let i = 0; i < keepN.length; i++) {
      const n = keepN[i];
      const colon = n.indexOf(":");
      if (colon > 0) {
        const prefix = n.slice(0, colon);
        const uri = this.map.get(prefix);
        if (uri === undefined) this.failTag(tag, E.UNBOUND_PREFIX, a);
        keepN[i] = uri + sep + n.slice(colon + 1) + (e.returnTriplet ? sep + prefix : "");
      }
      if (seen.has(keepN[i])) this.failTag(tag, E.DUPLICATE_ATTRIBUTE, a);
      seen.add(keepN[i]);
    }
    names.length = 0;
    values.length = 0;
    names.push(...keepN);
    values.push(...keepV);
    const n = tag.rawName;
    const colon = n.indexOf(":");
    if (colon > 0) {
      const prefix = n.slice(0, colon);
      const uri = this.map.get(prefix);
      if (uri === undefined) this.failTag(tag, E.UNBOUND_PREFIX, a);
      tag.name = uri + sep + n.slice(colon + 1) + (e.returnTriplet ? sep + prefix : "");
    } else {
      const uri = this.map.get(null);
      if (uri !== undefined) tag.name = uri + sep + n;
    }
    return keptSpecified;
  }

  /** An error in a start tag after its bindings were made: they end first (as expat frees them). */
  private failTag(tag: Tag, code: number, a: number): never {
    this.unbind(tag);
    return this.e.fail(code, a);
  }
}
