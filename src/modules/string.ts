// The _string module (Objects/unicodeobject.c's formatter_parser and formatter_field_name_split,
// over Objects/stringlib/unicode_format.h's iterators), which string.Formatter is built on. The
// parsing itself is str.format's (src/support/text/format-string.ts); here it is exposed as the two
// lazy iterator types, so errors surface while iterating, as in CPython.
import { type PyObj, PyModule, PyIter, PyType, None, tuple, asStr, typeOf, typeError, toPyExc } from "../objects/index.ts";
import { formatterParser, formatterFieldNameSplit } from "../support/text/index.ts";
import { makeModule, nativeIterType, posFn } from "./util.ts";

const noNew = (name: string) => () => {
  throw typeError(`cannot create '${name}' instances`);
};
const FormatterIteratorType = nativeIterType("builtins", "formatteriterator", noNew("formatteriterator"));
const FieldNameIteratorType = nativeIterType("builtins", "fieldnameiterator", noNew("fieldnameiterator"));

/** A JS generator as a Python iterator; PyErrors become Python exceptions when they surface. */
function genIter<T>(t: PyType, gen: Generator<T>, conv: (v: T) => PyObj): PyIter {
  return new PyIter(t, () => {
    let r: IteratorResult<T>;
    try {
      r = gen.next();
    } catch (e) {
      throw toPyExc(e);
    }
    return r.done ? undefined : conv(r.value);
  });
}

function strArg(x: PyObj): string {
  const s = asStr(x);
  if (s === null) throw typeError(`expected str, got ${typeOf(x).name}`);
  return s;
}

const orNone = (v: string | null): PyObj => (v === null ? None : v);

export function makeString(): PyModule {
  return makeModule("_string", [
    ["formatter_parser", posFn("_string.formatter_parser", 1, 1, ([s]) =>
      genIter(FormatterIteratorType, formatterParser(strArg(s)), ([lit, name, spec, conv]) => tuple([lit, orNone(name), orNone(spec), orNone(conv)])))],
    ["formatter_field_name_split", posFn("_string.formatter_field_name_split", 1, 1, ([s]) => {
      let first: string | number;
      let rest: Generator<[boolean, string | number]>;
      try {
        [first, rest] = formatterFieldNameSplit(strArg(s));
      } catch (e) {
        throw toPyExc(e);
      }
      return tuple([first, genIter(FieldNameIteratorType, rest, ([isAttr, key]) => tuple([isAttr, key]))]);
    })],
  ], [], "string helper module");
}
