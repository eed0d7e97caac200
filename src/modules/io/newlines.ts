// Universal newlines (Modules/_io/textio.c): IncrementalNewlineDecoder, which wraps a decoder (or
// none, for StringIO), holds back a trailing '\r' until it knows whether '\n' follows, records the
// kinds of line ending seen (the `newlines` attribute) and optionally translates them all to '\n';
// and findLineEnding (_PyIO_find_line_ending), which readline uses in its three modes.
import {
  type PyObj, PyObject, PyType, TypeType, ObjectType, None, PyTuple, PyBytesObj, tuple, defMethods, defGetters, bindArgs, callMethod, asStr, typeOf, truthy,
  typeError, valueError, asInt, ownNew, newExc, SystemError, IntType, byArity,
} from "../../objects/index.ts";
import { inModule } from "../util.ts";

const SEEN_LF = 1;
const SEEN_CR = 2;
const SEEN_CRLF = 4;

/** The state of universal-newline decoding, usable without a Python object around it. */
export class NewlineState {
  pendingCR = false;
  seen = 0;
  constructor(public translate: boolean) {}

  /** Translates decoded text (what the inner decoder produced). */
  feed(text: string, final: boolean): string {
    let out = text;
    if (this.pendingCR && (final || out.length > 0)) {
      out = "\r" + out;
      this.pendingCR = false;
    }
    if (!final && out.length > 0 && out.charCodeAt(out.length - 1) === 13) {
      out = out.slice(0, -1);
      this.pendingCR = true;
    }
    const cr = out.indexOf("\r");
    if (cr < 0) {
      if (this.seen !== SEEN_LF && out.indexOf("\n") >= 0) this.seen |= SEEN_LF;
      return out;
    }
    this.seen |= scanNewlines(out);
    if (this.translate) out = out.replace(/\r\n?/g, "\n");
    return out;
  }

  get newlines(): PyObj {
    switch (this.seen) {
      case 0: return None;
      case SEEN_LF: return "\n";
      case SEEN_CR: return "\r";
      case SEEN_CRLF: return "\r\n";
      case SEEN_LF | SEEN_CR: return tuple(["\r", "\n"]);
      case SEEN_CR | SEEN_CRLF: return tuple(["\r", "\r\n"]);
      case SEEN_LF | SEEN_CRLF: return tuple(["\n", "\r\n"]);
      default: return tuple(["\r", "\n", "\r\n"]);
    }
  }
}

function scanNewlines(s: string): number {
  let seen = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) seen |= SEEN_LF;
    else if (c === 13) {
      if (s.charCodeAt(i + 1) === 10) {
        seen |= SEEN_CRLF;
        i++;
      } else seen |= SEEN_CR;
    }
  }
  return seen;
}

/**
 * Where the first line of text[start:] ends (the index just past its terminator), or -1 with
 * `consumed` telling how far a later search may skip. Modes as TextIOWrapper's readline:
 * translated (only '\n'), universal (any of '\r', '\n', '\r\n') or a fixed terminator.
 */
export function findLineEnding(text: string, start: number, translated: boolean, universal: boolean, readnl: string | null): number {
  if (translated) {
    const i = text.indexOf("\n", start);
    return i < 0 ? -1 : i + 1;
  }
  if (universal) {
    for (let i = start; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) return i + 1;
      if (c === 13) {
        if (i + 1 < text.length && text.charCodeAt(i + 1) === 10) return i + 2;
        if (i + 1 === text.length) return -2 - i; // '\r' at the very end: maybe '\r\n' split
        return i + 1;
      }
    }
    return -1;
  }
  const i = text.indexOf(readnl!, start);
  return i < 0 ? -1 : i + readnl!.length;
}

// ---- the Python type ------------------------------------------------------------------------------

export const IncrementalNewlineDecoderType = inModule(new PyType(TypeType, "IncrementalNewlineDecoder", [ObjectType]), "_io");
IncrementalNewlineDecoderType.solid = IncrementalNewlineDecoderType;
IncrementalNewlineDecoderType.hasDict = false;

export class PyNewlineDecoder extends PyObject {
  state = new NewlineState(false);
  decoder: PyObj = None;
  errors: PyObj = "strict";
  ready = false;
}
IncrementalNewlineDecoderType.factory = (cls) => new PyNewlineDecoder(cls);
ownNew(IncrementalNewlineDecoderType);
const ND = (x: PyObj): PyNewlineDecoder => {
  const d = x as PyNewlineDecoder;
  if (!d.ready) throw valueError("IncrementalNewlineDecoder.__init__ not called");
  return d;
};

/** decode(input, final) for a Python-level IncrementalNewlineDecoder (also used by TextIOWrapper). */
export function newlineDecode(d: PyNewlineDecoder, input: PyObj, final: boolean): string {
  const r = d.decoder === None ? input : final ? callMethodFinal(d.decoder, input) : callMethod(d.decoder, "decode", [input]);
  const text = asStr(r);
  if (text === null) throw typeError(`decoder should return a string result, not '${typeOf(r).name}'`);
  return d.state.feed(text, final);
}
// decode(input, final=True) on the inner decoder (kept apart so the common non-final call is one call).
function callMethodFinal(decoder: PyObj, input: PyObj): PyObj {
  return callMethod(decoder, "decode", [input, true], ["final"]);
}

defMethods(IncrementalNewlineDecoderType, [
  ["__init__", (s, args, kw) => {
    const [decoder, translate, errors] = bindArgs("IncrementalNewlineDecoder", args, kw, ["decoder", "translate", "errors"], 2);
    const d = s as PyNewlineDecoder;
    d.decoder = decoder!;
    d.state = new NewlineState(truthy(translate!));
    d.errors = errors ?? "strict";
    d.ready = true;
    return None;
  }],
  ["decode", (s, args, kw) => {
    const [input, final] = bindArgs("decode", args, kw, ["input", "final"], 1);
    return newlineDecode(ND(s), input!, final !== undefined && truthy(final));
  }],
  // (3.10.2's getstate() and reset() of a decoder never initialised call a method on its NULL inner
  // decoder: a crash natively, an AttributeError about a type named '' in the oracle's WebAssembly
  // build. They raise ValueError here, as later 3.10 releases do.)
  ["getstate", (s) => {
    const d = ND(s);
    let buffer: PyObj = new PyBytesObj(new Uint8Array(0));
    let flag = 0;
    if (d.decoder !== None) {
      const st = callMethod(d.decoder, "getstate", []);
      if (!(st instanceof PyTuple) || st.items.length !== 2) throw typeError("illegal decoder state");
      buffer = st.items[0];
      const f = asInt(st.items[1]);
      if (f === null) throw typeError("illegal decoder state");
      flag = Number(f);
    }
    flag = flag * 2 + (d.state.pendingCR ? 1 : 0);
    return tuple([buffer, flag]);
  }, 0, 0],
  byArity("setstate", (s, state) => {
    const d = s as PyNewlineDecoder;
    if (!(state instanceof PyTuple)) throw typeError("state argument must be a tuple");
    const [buffer, flagObj] = state.items;
    // (PyArg_ParseTuple "OK": the flag any int, taken modulo 2**64)
    const fi = state.items.length === 2 && typeOf(flagObj).isSubtype(IntType) ? asInt(flagObj) : null;
    if (fi === null) throw typeError("setstate(): illegal state argument");
    const flag = BigInt.asUintN(64, BigInt(fi));
    d.state.pendingCR = (flag & 1n) === 1n;
    // (uninitialised, the inner decoder is NULL: the call's own check)
    if (!d.ready) throw newExc(SystemError, "null argument to internal routine");
    if (d.decoder !== None) callMethod(d.decoder, "setstate", [tuple([buffer, flag >> 1n])]);
    return None;
  }),
  ["reset", (s) => {
    const d = ND(s);
    d.state.seen = 0;
    d.state.pendingCR = false;
    if (d.decoder !== None) callMethod(d.decoder, "reset", []);
    return None;
  }, 0, 0],
]);
// (its getter reads the newline kinds seen, none before __init__)
defGetters(IncrementalNewlineDecoderType, [["newlines", (s) => (s as PyNewlineDecoder).state.newlines]]);
