// The _sha512 module (Modules/sha512module.c, 3.10): sha512() and sha384() hash objects over the
// support library's SHA-512 (src/support/text/sha512.ts). random.py imports it to seed from str
// and bytes (version 2 seeding: the SHA-512 digest appended to the text's bytes).
import {
  type PyObj, PyObject, PyType, PyBytesObj, PyByteArray, None, TypeType, ObjectType, typeOf, asStr, typeError, defMethods, defGetters, PyModule,
} from "../objects/index.ts";
import { Sha512 } from "../support/text/index.ts";
import { makeModule, inModule, type Fn } from "./util.ts";

class PyShaObj extends PyObject {
  constructor(cls: PyType, public h: Sha512) {
    super(cls);
  }
}
const Sha512Type = inModule(new PyType(TypeType, "sha512", [ObjectType]), "_sha512");
const Sha384Type = inModule(new PyType(TypeType, "sha384", [ObjectType]), "_sha512");

/** The bytes of a bytes-like argument (str must be encoded first, as hashlib says). */
function dataOf(x: PyObj): Uint8Array {
  if (x instanceof PyBytesObj || x instanceof PyByteArray) return x.bytes;
  if (asStr(x) !== null) throw typeError("Strings must be encoded before hashing");
  throw typeError(`object supporting the buffer API required`);
}

const S = (x: PyObj) => x as PyShaObj;
const hex = (b: Uint8Array) => Array.from(b, (v) => v.toString(16).padStart(2, "0")).join("");
for (const [t, name, size] of [[Sha512Type, "sha512", 64], [Sha384Type, "sha384", 48]] as const) {
  t.solid = t;
  t.baseAllowed = false;
  defMethods(t, [
    ["update", (s, [d]) => {
      S(s).h.update(dataOf(d));
      return None;
    }, 1, 1],
    ["digest", (s) => new PyBytesObj(S(s).h.copy().digest()), 0, 0],
    ["hexdigest", (s) => hex(S(s).h.copy().digest()), 0, 0],
    ["copy", (s) => new PyShaObj(typeOf(s), S(s).h.copy()), 0, 0],
  ]);
  defGetters(t, [
    ["name", () => name],
    ["digest_size", () => size],
    ["block_size", () => 128],
  ]);
}

function ctor(t: PyType, size: 64 | 48, fname: string): Fn {
  return (args, kw) => {
    const nkw = kw ? kw.length : 0;
    const npos = args.length - nkw;
    if (npos > 1) throw typeError(`${fname}() takes at most 1 argument (${npos} given)`);
    let data: PyObj | undefined = npos === 1 ? args[0] : undefined;
    for (let i = 0; i < nkw; i++) {
      if (kw![i] === "string" && data === undefined) data = args[npos + i];
      else if (kw![i] !== "usedforsecurity") throw typeError(`${fname}() got an unexpected keyword argument '${kw![i]}'`);
    }
    const h = new Sha512(size);
    if (data !== undefined) h.update(dataOf(data));
    return new PyShaObj(t, h);
  };
}

export function makeSha512(): PyModule {
  return makeModule("_sha512", [["sha512", ctor(Sha512Type, 64, "sha512")], ["sha384", ctor(Sha384Type, 48, "sha384")]], []);
}
