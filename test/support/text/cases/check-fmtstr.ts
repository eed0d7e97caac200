// dislab's answer to a gen_fmtstr.py case: str.format / format_map / formatter_parser, and str % args,
// with a host that plays the VM's part for ints, floats, strs, None and one list.
import { PyError } from "../../../../src/support/py-error.ts";
import { parseFloatHex } from "../../../../src/support/float-hex.ts";
import { bytesRepr, floatRepr, strRepr } from "../../../../src/support/repr.ts";
import * as T from "../../../../src/support/text/index.ts";

type Obj = { t: "int"; v: T.IntValue } | { t: "float"; v: number } | { t: "str"; v: string } | { t: "none" } | { t: "list"; v: Obj[] } | { t: "dict"; v: Map<string, Obj> } | { t: "bytes"; v: string };
const int = (v: T.IntValue): Obj => ({ t: "int", v });
const ARGS: Obj[] = [int(12), { t: "str", v: "ab" }, { t: "float", v: 3.5 }, { t: "list", v: [int(1), int(2)] }, int(-7)];
const KWARGS = new Map<string, Obj>([["a", { t: "str", v: "A" }], ["x", int(7)], ["f", { t: "float", v: -0.25 }]]);

const typeName = (o: Obj) => (o.t === "none" ? "NoneType" : o.t);
function repr(o: Obj): string {
  switch (o.t) {
    case "int": return String(o.v);
    case "float": return floatRepr(o.v);
    case "str": return strRepr(o.v);
    case "none": return "None";
    case "list": return "[" + o.v.map(repr).join(", ") + "]";
    case "dict": return "{" + [...o.v].map(([k, v]) => strRepr(k) + ": " + repr(v)).join(", ") + "}";
    case "bytes": return bytesRepr(T.fromLatin1(o.v));
  }
}
const str = (o: Obj) => (o.t === "str" ? o.v : repr(o));

function format(o: Obj, spec: string): string {
  switch (o.t) {
    case "int": return T.formatInt(o.v, spec);
    case "float": return T.formatFloat(o.v, spec);
    case "str": return T.formatStr(o.v, spec);
    default:
      if (spec) throw new PyError("TypeError", `unsupported format string passed to ${typeName(o)}.__format__`);
      return str(o);
  }
}

const host: T.FormatHost<Obj> = {
  hasPositional: true,
  positional: (i) => ARGS[i],
  keyword: (k) => {
    const v = KWARGS.get(k);
    if (!v) throw new PyError("KeyError", strRepr(k));
    return v;
  },
  getAttr: (o, name) => {
    if ((o.t === "int" || o.t === "float") && (name === "real" || name === "imag")) return name === "real" ? o : o.t === "int" ? int(0) : { t: "float", v: 0 };
    throw new PyError("AttributeError", `'${typeName(o)}' object has no attribute '${name}'`);
  },
  getItem: (o, key) => {
    if (o.t === "list") {
      if (typeof key !== "number") throw new PyError("TypeError", "list indices must be integers or slices, not str");
      if (key >= o.v.length) throw new PyError("IndexError", "list index out of range");
      return o.v[key];
    }
    if (o.t === "str" && typeof key === "number") {
      if (key >= T.cpLength(o.v)) throw new PyError("IndexError", "string index out of range");
      return { t: "str", v: T.cpCharAt(o.v, key) };
    }
    throw new PyError("TypeError", `'${typeName(o)}' object is not subscriptable`);
  },
  convert: (o, c) => ({ t: "str", v: c === "s" ? str(o) : c === "r" ? repr(o) : T.asciiEscape(repr(o)) }),
  format,
};

function decode(e: any): Obj {
  if (e.t === "int") return int(T.normInt(BigInt(e.v)));
  if (e.t === "float") return { t: "float", v: e.v === "nan" ? NaN : e.v === "inf" ? Infinity : e.v === "-inf" ? -Infinity : parseFloatHex(e.v) };
  return e;
}

/** PyNumber_Long / index / float conversions for %-formatting, as the VM does them. */
function pctConvert(o: Obj, conv: T.PercentConversion): T.PercentValue {
  const ch = conv.ch;
  switch (ch) {
    case "s": return { kind: "str", value: str(o) };
    case "r": return { kind: "str", value: repr(o) };
    case "a": return { kind: "str", value: T.asciiEscape(repr(o)) };
    case "c":
      if (o.t === "int") return { kind: "char", value: T.percentCharFromInt(o.v) };
      if (o.t === "str" && T.cpLength(o.v) === 1) return { kind: "char", value: o.v.codePointAt(0)! };
      throw new PyError("TypeError", "%c requires int or char");
    case "d": case "i": case "u":
      if (o.t === "int") return { kind: "int", value: o.v };
      if (o.t === "float") return { kind: "int", value: T.floatToInt(o.v) };
      throw new PyError("TypeError", `%${ch} format: a real number is required, not ${typeName(o)}`);
    case "o": case "x": case "X":
      if (o.t === "int") return { kind: "int", value: o.v };
      throw new PyError("TypeError", `%${ch} format: an integer is required, not ${typeName(o)}`);
    default:
      if (o.t === "float") return { kind: "float", value: o.v };
      if (o.t === "int") return { kind: "float", value: T.intToFloat(o.v) };
      throw new PyError("TypeError", `must be real number, not ${typeName(o)}`);
  }
}

/** bytes % args conversions (_PyBytes_FormatEx's), texts as Latin-1. */
function bytesConvert(o: Obj, conv: T.PercentConversion): T.PercentValue {
  const ch = conv.ch;
  switch (ch) {
    case "b": case "s":
      if (o.t === "bytes") return { kind: "str", value: o.v };
      throw new PyError("TypeError", `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(o)}'`);
    case "r": case "a": return { kind: "str", value: T.asciiEscape(repr(o)) };
    case "c":
      if (o.t === "int") {
        if (o.v < 0 || o.v > 255) throw new PyError("OverflowError", "%c arg not in range(256)");
        return { kind: "char", value: Number(o.v) };
      }
      if (o.t === "bytes" && o.v.length === 1) return { kind: "char", value: o.v.charCodeAt(0) };
      throw new PyError("TypeError", "%c requires an integer in range(256) or a single byte");
    case "e": case "E": case "f": case "F": case "g": case "G":
      if (o.t !== "int" && o.t !== "float") throw new PyError("TypeError", `float argument required, not ${typeName(o)}`);
      return pctConvert(o, conv);
    default:
      return pctConvert(o, conv);
  }
}

/** The result of one case, as {out} or {err}. */
export function run(c: any): { out?: unknown; err?: unknown } {
  try {
    switch (c.k) {
      case "format": return { out: T.strFormat(c.s, host) };
      case "map": return { out: T.strFormat(c.s, { ...host, hasPositional: false }) };
      case "parser": return { out: [...T.formatterParser(c.s)] };
      case "bpct": {
        const tuple = (c.args as any[]).map(decode);
        return { out: T.percentFormat<Obj>(c.s, { tuple, args: { t: "none" }, mapping: false, getItem: () => { throw new Error("no mapping"); }, starArg: (v) => {
          if (v.t !== "int") throw new PyError("TypeError", "* wants int");
          return v.v;
        }, convert: bytesConvert }, true) };
      }
      default: {
        const mapping = c.k === "pctmap";
        const tuple = c.k === "pcttuple" ? (c.args as any[]).map(decode) : null;
        const dict = mapping ? new Map(Object.entries(c.args).map(([k, v]) => [k, decode(v)])) : null;
        const args: Obj = c.k === "pctone" ? decode(c.args) : dict ? { t: "dict", v: dict } : { t: "none" };
        return {
          out: T.percentFormat<Obj>(c.s, {
            tuple,
            args,
            mapping,
            getItem: (k) => {
              const v = dict!.get(k);
              if (!v) throw new PyError("KeyError", strRepr(k));
              return v;
            },
            starArg: (v) => {
              if (v.t !== "int") throw new PyError("TypeError", "* wants int");
              return v.v;
            },
            convert: pctConvert,
          }),
        };
      }
    }
  } catch (e) {
    return e instanceof PyError ? { err: [e.type, e.pyMessage] } : { err: ["JS", String(e)] };
  }
}
