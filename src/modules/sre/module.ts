// The _sre module (Modules/_sre.c, 3.10): compile() makes a re.Pattern from sre_compile's code
// list, plus the constants and case helpers sre_compile.py and sre_parse.py import. CPython's
// pure-Python re, sre_compile, sre_parse and sre_constants run unchanged on top of it.
// MAXREPEAT and MAXGROUPS are 64-bit CPython's, as everything in dislab.
import {
  type PyObj, PyDict, PyList, PyTuple, PyModule, None, typeError, overflowError, runtimeError, asInt, bindArgs, typeOf, argTypeName,
} from "../../objects/index.ts";
import { asCInt, asClinicSize } from "../../objects/slice.ts";
import { makeModule, posFn } from "../util.ts";
import { MAGIC, CODESIZE, MAXREPEAT, MAXGROUPS, asciiIsCased, unicodeIsCased, lowerAscii, lowerUnicode } from "./charset.ts";
import { subjectOrNull } from "./subject.ts";
import { validateCode } from "./validate.ts";
import { PyPattern } from "./pattern.ts";

function compile(args: PyObj[], kw: readonly string[] | null): PyObj {
  const [pattern, flags, code, groups, groupindex, indexgroup] = bindArgs("compile", args, kw, ["pattern", "flags", "code", "groups", "groupindex", "indexgroup"], 6);
  // the clinic converts every argument (in order) before the body reads the code words
  const f = asCInt(flags!);
  if (!(code instanceof PyList)) throw typeError(`compile() argument 'code' must be list, not ${argTypeName(code!)}`);
  const ngroups = asClinicSize(groups!);
  if (!(groupindex instanceof PyDict)) throw typeError(`compile() argument 'groupindex' must be dict, not ${argTypeName(groupindex!)}`);
  if (!(indexgroup instanceof PyTuple)) throw typeError(`compile() argument 'indexgroup' must be tuple, not ${argTypeName(indexgroup!)}`);
  const items = code.items;
  const words = new Uint32Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const v = asInt(items[i]);
    if (v === null) throw typeError(`an integer is required`);
    // PyLong_AsUnsignedLong (64-bit), then the check that the word fits an SRE_CODE
    if (v < 0) throw overflowError("can't convert negative value to unsigned int");
    if (BigInt(v) >= 1n << 64n) throw overflowError("Python int too large to convert to C unsigned long");
    if (v > 0xffffffff) throw overflowError("regular expression code size limit exceeded");
    words[i] = Number(v);
  }
  let isbytes = -1;
  if (pattern !== None) {
    const s = subjectOrNull(pattern!);
    if (s === null) throw typeError("expected string or bytes-like object");
    isbytes = s.isBytes ? 1 : 0;
  }
  if (!validateCode(words, ngroups)) throw runtimeError("invalid SRE code");
  return new PyPattern(pattern!, f, words, ngroups, groupindex, indexgroup, isbytes);
}

const charArg = (name: string, f: (ch: number) => PyObj) =>
  posFn(name, 1, 1, ([c]) => {
    const v = asInt(c);
    if (v === null) throw typeError(`'${typeOf(c).name}' object cannot be interpreted as an integer`);
    if (typeof v === "bigint" || v > 0x7fffffff || v < -0x80000000) throw overflowError("Python int too large to convert to C int");
    return f(v);
  });

// The functions' docstrings (signatures only, no text), from CPython 3.10.2's own.
const SRE_DOCS: ReadonlyMap<string, string> = new Map([
  ["compile", "compile($module, /, pattern, flags, code, groups, groupindex,\n        indexgroup)\n--\n\n"],
  ["getcodesize", "getcodesize($module, /)\n--\n\n"],
  ...["ascii_iscased", "unicode_iscased", "ascii_tolower", "unicode_tolower"].map((n): [string, string] => [n, `${n}($module, character, /)\n--\n\n`]),
]);

export function makeSre(): PyModule {
  return makeModule(
    "_sre",
    [
      ["compile", compile],
      ["getcodesize", posFn("getcodesize", 0, 0, () => CODESIZE)],
      ["ascii_iscased", charArg("ascii_iscased", (c) => c >= 0 && asciiIsCased(c))],
      ["unicode_iscased", charArg("unicode_iscased", (c) => c >= 0 && unicodeIsCased(c))],
      ["ascii_tolower", charArg("ascii_tolower", (c) => (c >= 0 && c < 128 ? lowerAscii(c) : c))],
      ["unicode_tolower", charArg("unicode_tolower", (c) => (c >= 0 && c <= 0x10ffff ? lowerUnicode(c) : c))],
    ],
    [
      ["MAGIC", MAGIC],
      ["CODESIZE", CODESIZE],
      ["MAXREPEAT", MAXREPEAT],
      ["MAXGROUPS", MAXGROUPS],
      ["copyright", " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "],
    ],
    undefined,
    SRE_DOCS,
  );
}
