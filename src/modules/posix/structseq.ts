// Struct sequences (Objects/structseq.c): tuples whose items also have names, like os.stat_result,
// os.terminal_size, sys.float_info. The first n_sequence_fields items are the tuple; the others
// (stat_result's st_atime, st_blksize, ...) are reachable only by name. repr shows the visible
// fields as "module.name(field=value, ...)"; __reduce__ pickles both parts.
import {
  type PyObj, PyTuple, PyType, PyDict, None, TypeType, TupleType, tuple, typeError, defMethods, PyGetSetDescr, toArray, repr, asStr,
  MemberDescrType, PyList, iter, isTypeError,
} from "../../objects/index.ts";

/** structseq_new's PySequence_Fast: a list or tuple as is, else any iterable's items; a TypeError getting the iterator becomes `message`. */
export function structSeqItems(seq: PyObj, message = "constructor requires a sequence"): PyObj[] {
  if (seq instanceof PyList || seq instanceof PyTuple) return seq.items.slice();
  let it: PyObj;
  try {
    it = iter(seq);
  } catch (e) {
    if (isTypeError(e)) throw typeError(message);
    throw e;
  }
  return toArray(it);
}

export class PyStructSeq extends PyTuple {
  /** The values of the fields after the visible ones. */
  hidden: PyObj[] = [];
}

export interface StructSeqType extends PyType {
  visible: readonly string[];
  hiddenNames: readonly string[];
}

/**
 * A struct sequence type. `qualified` is what repr and error messages call it ("os.stat_result");
 * `module` its __module__.
 */
export function structSeqType(module: string, name: string, visible: readonly string[], hidden: readonly string[] = [], doc?: string): StructSeqType {
  const t = new PyType(TypeType, name, [TupleType]) as StructSeqType;
  t.staticModule = module;
  t.baseAllowed = false;
  t.visible = visible;
  t.hiddenNames = hidden;
  t.factory = (cls) => new PyStructSeq([], cls);
  const qualified = module === "builtins" ? name : `${module}.${name}`;
  visible.forEach((f, i) => t.ns.set(f, new PyGetSetDescr(t, f, (s) => (s as PyTuple).items[i])));
  hidden.forEach((f, i) => t.ns.set(f, new PyGetSetDescr(t, f, (s) => (s as PyStructSeq).hidden[i] ?? None)));
  // the fields are read-only members in CPython (PyMemberDef): assigning says "readonly attribute"
  for (const f of [...visible, ...hidden]) (t.ns.get(f) as PyGetSetDescr).cls = MemberDescrType;
  t.ns.set("n_sequence_fields", visible.length);
  t.ns.set("n_fields", visible.length + hidden.length);
  t.ns.set("n_unnamed_fields", 0);
  t.ns.set("__match_args__", tuple(visible.slice()));
  if (doc !== undefined) t.ns.set("__doc__", doc);
  const min = visible.length;
  const max = visible.length + hidden.length;
  defMethods(t, [
    // structseq_new(type, sequence, dict=NULL): an explicit None is not a dict either
    ["__new__", (cls, args, kw) => {
      const nkw = kw ? kw.length : 0;
      const npos = args.length - nkw;
      let seq: PyObj | undefined = npos > 0 ? args[0] : undefined;
      let dict: PyObj | undefined = npos > 1 ? args[1] : undefined;
      for (let i = 0; i < nkw; i++) {
        if (kw![i] === "sequence" && seq === undefined) seq = args[npos + i];
        else if (kw![i] === "dict" && npos < 2) dict = args[npos + i];
        else throw typeError(`'${kw![i]}' is an invalid keyword argument for structseq()`);
      }
      if (npos > 2) throw typeError(`structseq() takes at most 2 arguments (${npos} given)`);
      if (seq === undefined) throw typeError(`structseq() missing required argument 'sequence' (pos 1)`);
      const items = structSeqItems(seq);
      if (items.length < min) {
        if (min === max) throw typeError(`${qualified}() takes a ${min}-sequence (${items.length}-sequence given)`);
        throw typeError(`${qualified}() takes an at least ${min}-sequence (${items.length}-sequence given)`);
      }
      if (items.length > max) {
        if (min === max) throw typeError(`${qualified}() takes a ${min}-sequence (${items.length}-sequence given)`);
        throw typeError(`${qualified}() takes an at most ${max}-sequence (${items.length}-sequence given)`);
      }
      if (dict !== undefined && !(dict instanceof PyDict)) throw typeError(`${qualified}() takes a dict as second arg, if any`);
      const r = new PyStructSeq(items.slice(0, min), cls as PyType);
      r.hidden = hidden.map((f, i) => {
        if (min + i < items.length) return items[min + i];
        return dict instanceof PyDict ? dict.getStr(f) ?? None : None;
      });
      return r;
    }],
    ["__repr__", (s) => `${qualified}(${visible.map((f, i) => `${f}=${repr((s as PyTuple).items[i])}`).join(", ")})`, 0, 0],
    ["__reduce__", (s) => {
      const st = s as PyStructSeq;
      const d = new PyDict();
      hidden.forEach((f, i) => d.setStr(f, st.hidden[i] ?? None));
      return tuple([t, tuple([tuple(st.items.slice()), d])]);
    }, 0, 0],
  ]);
  return t;
}

/** An instance with all its fields, visible then hidden. */
export function structSeq(t: StructSeqType, values: PyObj[]): PyStructSeq {
  const r = new PyStructSeq(values.slice(0, t.visible.length), t);
  r.hidden = values.slice(t.visible.length);
  return r;
}

/** A field's value by name (for native code reading a struct sequence it was given). */
export function structSeqField(s: PyObj, name: string): PyObj | undefined {
  if (!(s instanceof PyTuple)) return undefined;
  const t = s.cls as StructSeqType;
  const i = t.visible?.indexOf(name) ?? -1;
  if (i >= 0) return s.items[i];
  const j = t.hiddenNames?.indexOf(name) ?? -1;
  return j >= 0 && s instanceof PyStructSeq ? s.hidden[j] : undefined;
}
void asStr;
