// pyexpat.xmlparser (Modules/pyexpat.c, 3.10): the parser object over the engine. Handlers are
// attributes; setting one registers it with the engine, so what reaches the default handler is what
// expat would send there. Strings passed to handlers go through the `intern` dict as pyexpat's
// string_intern does; character data is gathered while buffer_text is on and flushed before any
// other handler runs and at the end of each Parse call. A handler that raises stops the parse,
// clears every handler (flag_error) and the exception propagates from Parse.
import {
  type PyObj, PyObject, PyType, PyBytesObj, PyByteArray, PyDict, PyList, PyTuple, None, TypeType, ObjectType, Exception as ExceptionT,
  RuntimeError, ValueError, OverflowError, PySplitStr, defMethods, defGetters, asStr, asIndex, typeOf, argTypeName, typeError,
  newExc, call, getattrOpt, setattr, truthy, getattr, asMembers,
} from "../../objects/index.ts";
import { otherBufferBytes } from "../../objects/memoryview.ts";
import { inModule } from "../util.ts";
import { Engine, Mode } from "./engine.ts";
import { Decoder } from "./decoder.ts";
import { anyErrorString, E } from "./errors.ts";
import { H, type Sink } from "./sink.ts";
import type { ContentModel } from "./dtd.ts";
import { addHandlerTraceback } from "./traceback.ts";

/** xml.parsers.expat.ExpatError (PyErr_NewException). */
export const ExpatError = new PyType(TypeType, "ExpatError", [ExceptionT], null);
ExpatError.staticModule = "xml.parsers.expat";
ExpatError.isException = true;
ExpatError.hasDict = true;
ExpatError.heap = true;
ExpatError.ns.set("__module__", "xml.parsers.expat");

/** The handler attributes in pyexpat's handler_info order, with the engine's handler for each. */
const HANDLERS: [string, H][] = [
  ["StartElementHandler", H.StartElement], ["EndElementHandler", H.EndElement], ["ProcessingInstructionHandler", H.ProcessingInstruction],
  ["CharacterDataHandler", H.CharacterData], ["UnparsedEntityDeclHandler", H.UnparsedEntityDecl], ["NotationDeclHandler", H.NotationDecl],
  ["StartNamespaceDeclHandler", H.StartNamespaceDecl], ["EndNamespaceDeclHandler", H.EndNamespaceDecl], ["CommentHandler", H.Comment],
  ["StartCdataSectionHandler", H.StartCdataSection], ["EndCdataSectionHandler", H.EndCdataSection], ["DefaultHandler", H.Default],
  ["DefaultHandlerExpand", H.Default], ["NotStandaloneHandler", H.NotStandalone], ["ExternalEntityRefHandler", H.ExternalEntityRef],
  ["StartDoctypeDeclHandler", H.StartDoctypeDecl], ["EndDoctypeDeclHandler", H.EndDoctypeDecl], ["EntityDeclHandler", H.EntityDecl],
  ["XmlDeclHandler", H.XmlDecl], ["ElementDeclHandler", H.ElementDecl], ["AttlistDeclHandler", H.AttlistDecl],
  ["SkippedEntityHandler", H.SkippedEntity],
];
const DEFAULT = 11, DEFAULT_EXPAND = 12;
const BUF_SIZE = 2048;

export const XmlParserType = inModule(new PyType(TypeType, "pyexpat.xmlparser", [ObjectType]), "pyexpat");
XmlParserType.qualname = "xmlparser";
XmlParserType.solid = XmlParserType;
XmlParserType.baseAllowed = false;
XmlParserType.ns.set("__doc__", "XML parser");
XmlParserType.ns.set("__module__", "pyexpat");

const utf8Length = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : c >= 0xdc00 && c < 0xe000 ? 0 : 3;
  }
  return n;
};

export class PyXmlParser extends PyObject implements Sink {
  handlers: PyObj[] = HANDLERS.map(() => None);
  engine: Engine;
  decoder: Decoder;
  intern: PyDict | null;
  orderedAttributes = false;
  specifiedAttributes = false;
  namespacePrefixes = false;
  /** buffer_text: the gathered character data, or null when off. */
  textBuffer: string[] | null = null;
  bufferUsed = 0;
  bufferSize = 8192;
  inCallback = false;
  /** Which of DefaultHandler / DefaultHandlerExpand expat's single default slot holds (-1: none). */
  defaultSlot = -1;

  /** `parent`: an external entity parser's (ExternalEntityParserCreate), reading in `mode`. */
  constructor(encoding: string | null, nsSep: string | null, intern: PyDict | null, parent: PyXmlParser | null = null, mode = Mode.DOCUMENT) {
    super(XmlParserType);
    this.engine = parent === null ? new Engine(this, nsSep) : parent.engine.externalParser(this, mode);
    this.intern = intern;
    this.decoder = new Decoder(encoding, unknownEncodingTable);
    this.engine.onDeclaredEncoding = (name) => this.decoder.declared(name);
    this.engine.partialChar = () => !this.directStr && this.decoder.pending;
    this.engine.truncatedChar = () => !this.directStr && this.decoder.truncated;
    this.engine.pullText = () => {
      const t = this.decoder.take(this.finalFeed);
      this.engine.byteWidth = this.decoder.width;
      this.engine.mustConvert = !this.decoder.isUtf8;
      return t;
    };
  }
  private finalFeed = false;
  /** The input is str text (UTF-8 by definition), appended without encoding it. */
  private directStr = false;
  private strDecided = false;

  // ---- strings ----

  private str(s: string | null): PyObj {
    if (s === null) {
      if (this.intern !== null && this.intern.get(None) === undefined) this.intern.set(None, None);
      return None;
    }
    if (this.intern === null) return s;
    const have = this.intern.get(s);
    if (have !== undefined) return have;
    this.intern.set(s, s);
    return s;
  }

  private handler(h: number): PyObj {
    return this.handlers[h];
  }

  /** Calls a Python handler (after flushing gathered text). */
  private fire(h: number, args: PyObj[]): PyObj {
    this.flush();
    return this.invoke(h, args);
  }

  /** Calls handler h; an exception gets pyexpat.c's traceback entry. */
  private invoke(h: number, args: PyObj[]): PyObj {
    const was = this.inCallback;
    this.inCallback = true;
    try {
      return call(this.handlers[h], args);
    } catch (e) {
      addHandlerTraceback(e, h);
      throw e;
    } finally {
      this.inCallback = was;
    }
  }

  flush(): void {
    const b = this.textBuffer;
    if (b === null || b.length === 0) return;
    const text = b.length === 1 ? b[0] : b.join("");
    b.length = 0;
    // (the handler still sees buffer_used as it was)
    try {
      if (this.handlers[3] !== None) this.invoke(3, [text]);
    } finally {
      this.bufferUsed = 0;
    }
  }

  // ---- Sink ----

  startElement(name: string, atts: string[], specified: number): void {
    const n = this.specifiedAttributes ? specified : atts.length;
    let a: PyObj;
    if (this.orderedAttributes) {
      const items: PyObj[] = [];
      for (let i = 0; i < n; i += 2) items.push(this.str(atts[i]), atts[i + 1]);
      a = new PyList(items);
    } else {
      const d = new PyDict();
      for (let i = 0; i < n; i += 2) d.set(this.str(atts[i]), atts[i + 1]);
      a = d;
    }
    this.fire(0, [this.str(name), a]);
  }
  endElement(name: string): void {
    this.fire(1, [this.str(name)]);
  }
  characterData(text: string): void {
    const b = this.textBuffer;
    if (b === null) return void this.invoke(3, [text]);
    const len = utf8Length(text);
    if (this.bufferUsed + len > this.bufferSize) this.flush();
    if (len > this.bufferSize) {
      this.invoke(3, [text]);
      this.bufferUsed = 0;
    } else {
      b.push(text);
      this.bufferUsed += len;
    }
  }
  processingInstruction(target: string, data: string): void {
    this.fire(2, [this.str(target), data]);
  }
  comment(text: string): void {
    this.fire(8, [text]);
  }
  startNamespaceDecl(prefix: string | null, uri: string | null): void {
    this.fire(6, [this.str(prefix), this.str(uri)]);
  }
  endNamespaceDecl(prefix: string | null): void {
    this.fire(7, [this.str(prefix)]);
  }
  startCdataSection(): void {
    this.fire(9, []);
  }
  endCdataSection(): void {
    this.fire(10, []);
  }
  default(text: string): void {
    this.fire(this.defaultSlot, [text]);
  }
  xmlDecl(version: string | null, encoding: string | null, standalone: number): void {
    this.fire(18, [version ?? None, encoding ?? None, standalone]);
  }
  startDoctypeDecl(name: string, systemId: string | null, publicId: string | null, hasInternalSubset: boolean): void {
    this.fire(15, [this.str(name), this.str(systemId), this.str(publicId), hasInternalSubset ? 1 : 0]);
  }
  endDoctypeDecl(): void {
    this.fire(16, []);
  }
  entityDecl(name: string, isParam: boolean, value: string | null, base: string | null, systemId: string | null, publicId: string | null, notation: string | null): void {
    this.fire(17, [this.str(name), isParam ? 1 : 0, value ?? None, this.str(base), this.str(systemId), this.str(publicId), this.str(notation)]);
  }
  unparsedEntityDecl(name: string, base: string | null, systemId: string | null, publicId: string | null, notation: string): void {
    this.fire(4, [this.str(name), this.str(base), this.str(systemId), this.str(publicId), this.str(notation)]);
  }
  notationDecl(name: string, base: string | null, systemId: string | null, publicId: string | null): void {
    this.fire(5, [this.str(name), this.str(base), this.str(systemId), this.str(publicId)]);
  }
  elementDecl(name: string, model: ContentModel): void {
    const conv = (m: ContentModel): PyObj => new PyTuple([m.type, m.quant, m.name === null ? None : this.str(m.name), new PyTuple(m.children.map(conv))]);
    this.fire(19, [this.str(name), conv(model)]);
  }
  attlistDecl(element: string, name: string, type: string, dflt: string | null, required: boolean): void {
    this.fire(20, [this.str(element), this.str(name), type, dflt ?? None, required ? 1 : 0]);
  }
  skippedEntity(name: string, isParam: boolean): void {
    this.fire(21, [this.str(name), isParam ? 1 : 0]);
  }
  externalEntityRef(context: string | null, base: string | null, systemId: string | null, publicId: string | null): number {
    const r = this.fire(14, [context ?? None, this.str(base), this.str(systemId), this.str(publicId)]);
    return cLong(r);
  }
  notStandalone(): number {
    return cLong(this.fire(13, []));
  }

  // ---- parsing ----

  /** XML_Parse with pyexpat's result handling: 1, or ExpatError / the handler's exception. */
  parse(data: PyObj, isFinal: boolean): PyObj {
    let text: string;
    const s = asStr(data);
    if (s !== null) checkEncodable(data, s);
    // A str makes the input UTF-8 when it comes first (pyexpat's XML_SetEncoding(parser, "utf-8")
    // takes effect only before parsing starts); later str input is fed as its UTF-8 bytes.
    if (s !== null && !this.engine.sawInput && !this.strDecided && (s.length > 0 || isFinal)) {
      this.forceUtf8();
      this.strDecided = true;
      // (a zero first or second character still makes expat read the bytes as UTF-16)
      this.directStr = !(s.charCodeAt(0) === 0 || (s.length > 1 && s.charCodeAt(1) === 0));
    }
    if (s !== null && this.directStr) text = s;
    else {
      const bytes = s !== null ? new TextEncoder().encode(s) : bufferArg(data);
      this.finalFeed = isFinal;
      text = this.decoder.push(bytes, isFinal);
      if (bytes.length > 0) this.engine.sawInput = true;
      if (this.decoder.failed !== 0) return this.raiseError(this.decoder.failed);
      this.engine.byteWidth = this.decoder.width;
      this.engine.mustConvert = !this.decoder.isUtf8;
    }
    let code: number;
    try {
      code = this.engine.parse(text, isFinal);
    } catch (e) {
      this.clearHandlers();
      throw e;
    }
    if (code !== 0) return this.raiseError(code);
    this.flush();
    return 1;
  }

  /** A str was given: the text is UTF-8 from now on (pyexpat calls XML_SetEncoding(parser, "utf-8")). */
  private forceUtf8(): void {
    this.decoder = new Decoder("utf-8", unknownEncodingTable);
    this.engine.onDeclaredEncoding = null;
  }

  raiseError(code: number): never {
    // (gathered text is not flushed: pyexpat drops it with the error)
    const [line, col] = this.engine.position();
    const err = newExc(ExpatError, `${anyErrorString(code)}: line ${line}, column ${col}`);
    setattr(err, "code", code);
    setattr(err, "offset", col);
    setattr(err, "lineno", line);
    throw err;
  }

  private clearHandlers(): void {
    for (let i = 0; i < this.handlers.length; i++) this.setHandler(i, None);
  }

  setHandler(i: number, v: PyObj): void {
    if (i === 3 && v === None) this.flush();
    this.handlers[i] = v;
    const h = HANDLERS[i][1];
    if (i === DEFAULT || i === DEFAULT_EXPAND) {
      if (v === None) {
        this.defaultSlot = -1;
        this.engine.on[H.Default] = 0;
      } else {
        this.defaultSlot = i;
        this.engine.on[H.Default] = 1;
        this.engine.defaultExpand = i === DEFAULT_EXPAND;
      }
      return;
    }
    this.engine.on[h] = v === None ? 0 : 1;
  }

  parseFile(file: PyObj): PyObj {
    const read = getattrOpt(file, "read");
    if (read === undefined) throw typeError("argument must have 'read' attribute");
    for (;;) {
      const r = call(read, [BUF_SIZE]);
      let bytes: Uint8Array;
      if (r instanceof PyBytesObj || r instanceof PyByteArray) bytes = r.bytes;
      else throw typeError(`read() did not return a bytes object (type=${typeOf(r).name})`);
      if (bytes.length > BUF_SIZE) throw newExc(ValueError, `read() returned too much data: ${BUF_SIZE} bytes requested, ${bytes.length} returned`);
      this.parse(new PyBytesObj(bytes.slice()), bytes.length === 0);
      if (bytes.length === 0) return 1;
    }
  }
}

function cLong(r: PyObj): number {
  const v = asIndex(r);
  return typeof v === "bigint" ? Number(BigInt.asIntN(32, v)) : v;
}

function bufferArg(x: PyObj): Uint8Array {
  if (x instanceof PyBytesObj || x instanceof PyByteArray) return x.bytes;
  const b = otherBufferBytes(x);
  if (b !== null) return b;
  throw typeError(`a bytes-like object is required, not '${typeOf(x).name}'`);
}

/**
 * PyUnicode_AsUTF8AndSize's refusal of surrogates: a str holding a lone surrogate (or a false pair,
 * two surrogate code points that only look like a pair in UTF-16) raises what str.encode('utf-8')
 * raises.
 */
function checkEncodable(data: PyObj, s: string): void {
  let bad = data instanceof PySplitStr;
  for (let i = 0; i < s.length && !bad; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    else bad = true;
  }
  if (bad) call(getattr(data, "encode"), ["utf-8"]);
}

/** PyUnknownEncodingHandler: the 256 bytes decoded with the codec ('replace'); U+FFFD maps to -1. */
function unknownEncodingTable(name: string): Int32Array | null {
  const all = new Uint8Array(256);
  for (let i = 0; i < 256; i++) all[i] = i;
  // the codec's own errors (LookupError for an unknown name) propagate, as from pyexpat's handler
  const u = call(getattr(new PyBytesObj(all), "decode"), [name, "replace"]);
  const s = asStr(u);
  if (s === null || [...s].length !== 256) throw newExc(ValueError, "multi-byte encodings are not supported");
  const t = new Int32Array(256);
  const cps = [...s];
  for (let i = 0; i < 256; i++) {
    const cp = cps[i].codePointAt(0)!;
    t[i] = cp === 0xfffd ? -1 : cp;
    // expat's XmlInitUnknownEncoding refuses the map (an unknown encoding) when a byte stands for a
    // character that means something to XML other than its own ASCII self, or for one past U+FFFF
    const c = t[i];
    if (c !== i && ((i < 0x80 && !plainAscii(i)) || (c >= 0 && c < 0x80 && !plainAscii(c)))) return null;
    if (c > 0xffff) return null;
  }
  return t;
}

/** The ASCII characters of expat's BT_OTHER and BT_NONXML classes: an unknown encoding may remap them. */
function plainAscii(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || "$@\\^`{}~\x7f".includes(String.fromCharCode(c));
}

const P = (x: PyObj) => x as PyXmlParser;
const cannotDelete = () => newExc(RuntimeError, "Cannot delete attribute");

/**
 * The argument checks of a clinic method with a defining class and positional-only parameters
 * (_PyArg_UnpackKeywords): the positional arguments, or CPython's TypeError.
 */
function methodArgs(fname: string, args: PyObj[], kw: readonly string[] | null, min: number, max: number): PyObj[] {
  const nkw = kw ? kw.length : 0;
  const npos = args.length - nkw;
  if (npos > max) throw typeError(`${fname}() takes at most ${max} argument${max === 1 ? "" : "s"} (${npos} given)`);
  if (npos < min) throw typeError(`${fname}() takes ${min === max ? "exactly" : "at least"} ${min} positional argument${min === 1 ? "" : "s"} (${npos} given)`);
  if (nkw > 0) throw typeError(`'${kw![0]}' is an invalid keyword argument for ${fname}()`);
  return args;
}

defMethods(XmlParserType, [
  ["__new__", () => {
    throw typeError("cannot create 'pyexpat.xmlparser' instances");
  }],
  ["Parse", (self, args, kw) => {
    const [data, isfinal] = methodArgs("Parse", args, kw, 1, 2);
    return P(self).parse(data, isfinal === undefined ? false : cBool(isfinal));
  }],
  ["ParseFile", (self, args, kw) => {
    const [file] = methodArgs("ParseFile", args, kw, 1, 1);
    return P(self).parseFile(file);
  }],
  ["SetBase", (self, args, kw) => {
    const [base] = methodArgs("SetBase", args, kw, 1, 1);
    const s = asStr(base!);
    if (s === null) throw typeError(`SetBase() argument must be str, not ${argTypeName(base!)}`);
    P(self).engine.base = s;
    return None;
  }],
  ["GetBase", (self) => P(self).engine.base ?? None, 0, 0],
  ["GetInputContext", (self) => {
    const p = P(self);
    if (!p.inCallback) return None;
    const t = p.engine.inputContext();
    return t === null ? None : new PyBytesObj(new TextEncoder().encode(t));
  }, 0, 0],
  ["ExternalEntityParserCreate", (self, args, kw) => {
    const [context, encoding] = methodArgs("ExternalEntityParserCreate", args, kw, 1, 2);
    const ctx = context === None ? null : asStr(context!);
    if (ctx === null && context !== None) throw typeError(`ExternalEntityParserCreate() argument 1 must be str or None, not ${argTypeName(context!)}`);
    let enc: string | null = null;
    if (encoding !== undefined) {
      enc = asStr(encoding);
      if (enc === null) throw typeError(`ExternalEntityParserCreate() argument 2 must be str, not ${argTypeName(encoding)}`);
    }
    const p = P(self);
    // context None: the external DTD subset or a parameter entity; otherwise a parsed entity's content
    const sub = new PyXmlParser(enc, p.engine.nsSep, p.intern, p, ctx === null ? Mode.DTD : Mode.ENTITY);
    sub.orderedAttributes = p.orderedAttributes;
    sub.specifiedAttributes = p.specifiedAttributes;
    sub.namespacePrefixes = p.namespacePrefixes;
    sub.bufferSize = p.bufferSize;
    if (p.textBuffer !== null) sub.textBuffer = [];
    for (let i = 0; i < p.handlers.length; i++) if (p.handlers[i] !== None) sub.setHandler(i, p.handlers[i]);
    return sub;
  }],
  ["SetParamEntityParsing", (self, [flag]) => {
    const p = P(self);
    if (p.engine.parsing) return 0;
    p.engine.paramEntityParsing = cInt(flag);
    return 1;
  }, 1, 1],
  ["UseForeignDTD", (self, args, kw) => {
    const [flag] = methodArgs("UseForeignDTD", args, kw, 0, 1);
    const p = P(self);
    if (p.engine.parsing) p.raiseError(E.CANT_CHANGE_FEATURE_ONCE_PARSING);
    p.engine.useForeignDtd = flag === undefined ? true : truthy(flag);
    return None;
  }],
]);

function cBool(x: PyObj): boolean {
  return cInt(x) !== 0;
}

/** Clinic's `int` converter. */
function cInt(x: PyObj): number {
  if (typeof x === "boolean") return x ? 1 : 0;
  const v = asIndex(x);
  if (typeof v === "bigint" || v > 2147483647 || v < -2147483648) throw newExc(OverflowError, "Python int too large to convert to C int");
  return v;
}

const boolAttr = (get: (p: PyXmlParser) => boolean, set: (p: PyXmlParser, v: boolean) => void): [(s: PyObj) => PyObj, (s: PyObj, v: PyObj | undefined) => void] => [
  (s) => get(P(s)),
  (s, v) => {
    if (v === undefined) throw cannotDelete();
    set(P(s), truthy(v));
  },
];

const rows: [string, (self: PyObj) => PyObj, ((self: PyObj, v: PyObj | undefined) => void)?][] = [];
HANDLERS.forEach(([name], i) => {
  rows.push([name, (s) => P(s).handlers[i], (s, v) => {
    if (v === undefined) throw cannotDelete();
    P(s).setHandler(i, v);
  }]);
});
const posGetter = (k: 0 | 1 | 2) => (s: PyObj) => P(s).engine.position()[k];
rows.push(
  ["ErrorCode", (s) => P(s).engine.errorCode],
  ["ErrorLineNumber", posGetter(0)],
  ["ErrorColumnNumber", posGetter(1)],
  ["ErrorByteIndex", posGetter(2)],
  ["CurrentLineNumber", posGetter(0)],
  ["CurrentColumnNumber", posGetter(1)],
  ["CurrentByteIndex", posGetter(2)],
  ["buffer_size", (s) => P(s).bufferSize, (s, v) => {
    if (v === undefined) throw cannotDelete();
    if (typeof v !== "number" && typeof v !== "bigint") throw typeError("buffer_size must be an integer");
    if (typeof v === "bigint" || v > 2147483647) throw newExc(ValueError, "buffer_size must not be greater than 2147483647");
    if (v <= 0) throw newExc(ValueError, "buffer_size must be greater than zero");
    const p = P(s);
    p.flush();
    p.bufferSize = v;
  }],
  ["buffer_text", ...boolAttr((p) => p.textBuffer !== null, (p, v) => {
    if (v) {
      if (p.textBuffer === null) {
        p.textBuffer = [];
        p.bufferUsed = 0;
      }
    } else if (p.textBuffer !== null) {
      p.flush();
      p.textBuffer = null;
    }
  })],
  ["buffer_used", (s) => P(s).bufferUsed],
  ["namespace_prefixes", ...boolAttr((p) => p.namespacePrefixes, (p, v) => {
    p.namespacePrefixes = v;
    p.engine.returnTriplet = v;
  })],
  ["ordered_attributes", ...boolAttr((p) => p.orderedAttributes, (p, v) => void (p.orderedAttributes = v))],
  ["specified_attributes", ...boolAttr((p) => p.specifiedAttributes, (p, v) => void (p.specifiedAttributes = v))],
  ["intern", (s) => P(s).intern ?? None],
);
defGetters(XmlParserType, rows);
asMembers(XmlParserType, ["intern"]);
