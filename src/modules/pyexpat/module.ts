// The pyexpat module (Modules/pyexpat.c, 3.10, over expat 2.4.1 as the oracle links it):
// ParserCreate, ErrorString, ExpatError (also `error`), the xmlparser type, the errors and model
// submodules (registered in sys.modules as pyexpat.errors and pyexpat.model, which
// xml/parsers/expat.py re-exports), version_info, EXPAT_VERSION and features.
import { type PyObj, PyModule, PyDict, PyList, PyTuple, None, OverflowError, asStr, asIndex, newExc, typeOf, argTypeName, typeError, valueError, bindArgs } from "../../objects/index.ts";
import { interp } from "../../vm/interp.ts";
import { PyCapsule } from "../capsule.ts";
import { makeModule, posFn, type Fn } from "../util.ts";
import { ERROR_NAMES, anyErrorString } from "./errors.ts";
import { ExpatError, XmlParserType, PyXmlParser } from "./xmlparser.ts";

function makeErrors(): PyModule {
  const m = new PyModule("pyexpat.errors");
  m.dict.setStr("__doc__", "Constants used to describe error conditions.");
  const codes = new PyDict(), messages = new PyDict();
  ERROR_NAMES.forEach(([name, text], i) => {
    m.dict.setStr(name, text);
    codes.set(text, i + 1);
    messages.set(i + 1, text);
  });
  m.dict.setStr("codes", codes);
  m.dict.setStr("messages", messages);
  return m;
}

function makeModel(): PyModule {
  const m = new PyModule("pyexpat.model");
  m.dict.setStr("__doc__", "Constants used to interpret content model information.");
  const rows: [string, number][] = [
    ["XML_CTYPE_EMPTY", 1], ["XML_CTYPE_ANY", 2], ["XML_CTYPE_MIXED", 3], ["XML_CTYPE_NAME", 4], ["XML_CTYPE_CHOICE", 5], ["XML_CTYPE_SEQ", 6],
    ["XML_CQUANT_NONE", 0], ["XML_CQUANT_OPT", 1], ["XML_CQUANT_REP", 2], ["XML_CQUANT_PLUS", 3],
  ];
  for (const [n, v] of rows) m.dict.setStr(n, v);
  return m;
}

const DOCS = new Map([
  ["ParserCreate", "ParserCreate($module, /, encoding=None, namespace_separator=None,\n             intern=<unrepresentable>)\n--\n\nReturn a new XML parser object."],
  ["ErrorString", "ErrorString($module, code, /)\n--\n\nReturns string error for given number."],
]);

export function makePyexpat(): PyModule {
  const fns: [string, Fn][] = [
    ["ParserCreate", (args, kw) => {
      const [enc, sep, intern] = bindArgs("ParserCreate", args, kw, ["encoding", "namespace_separator", "intern"], 0);
      const strOrNone = (x: PyObj | undefined, arg: string): string | null => {
        if (x === undefined || x === None) return null;
        const s = asStr(x);
        if (s === null) throw typeError(`ParserCreate() argument '${arg}' must be str or None, not ${argTypeName(x)}`);
        return s;
      };
      const encoding = strOrNone(enc, "encoding");
      const nsSep = strOrNone(sep, "namespace_separator");
      if (nsSep !== null && [...nsSep].length > 1) throw valueError("namespace_separator must be at most one character, omitted, or None");
      let dict: PyDict | null;
      if (intern === undefined) dict = new PyDict();
      else if (intern === None) dict = null;
      else if (intern instanceof PyDict) dict = intern;
      else throw typeError("intern must be a dictionary");
      return new PyXmlParser(encoding, nsSep, dict);
    }],
    ["ErrorString", posFn("pyexpat.ErrorString", 1, 1, ([code]) => {
      const v = asIndex(code);
      if (typeof v === "bigint" || v > 2147483647 || v < -2147483648) throw newExc(OverflowError, "Python int too large to convert to C long");
      return anyErrorString(v) ?? None;
    })],
  ];
  const features = new PyList([
    ["sizeof(XML_Char)", 1], ["sizeof(XML_LChar)", 1], ["XML_DTD", 0], ["XML_CONTEXT_BYTES", 1024], ["XML_NS", 0],
    ["XML_BLAP_MAX_AMP", 100], ["XML_BLAP_ACT_THRES", 8388608],
  ].map(([n, v]) => new PyTuple([n, v])));
  const errors = makeErrors(), model = makeModel();
  interp.modules.setStr("pyexpat.errors", errors);
  interp.modules.setStr("pyexpat.model", model);
  return makeModule("pyexpat", fns, [
    ["__doc__", "Python wrapper for Expat parser."],
    ["XMLParserType", XmlParserType],
    ["ExpatError", ExpatError],
    ["error", ExpatError],
    ["errors", errors],
    ["model", model],
    ["EXPAT_VERSION", "expat_2.4.1"],
    ["version_info", new PyTuple([2, 4, 1])],
    ["native_encoding", "UTF-8"],
    ["features", features],
    ["XML_PARAM_ENTITY_PARSING_NEVER", 0],
    ["XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE", 1],
    ["XML_PARAM_ENTITY_PARSING_ALWAYS", 2],
    ["expat_CAPI", new PyCapsule("pyexpat.expat_CAPI")],
  ], undefined, DOCS);
}
