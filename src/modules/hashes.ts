// hashlib's builtin hash modules (Modules/md5module.c, sha1module.c, sha256module.c,
// sha512module.c, _sha3/sha3module.c, _blake2/, 3.10): hash objects over src/support/digest.
// hashlib.py falls back to these because there is no _hashlib (OpenSSL); random.py seeds from
// _sha512. The MD and SHA-2 constructors are functions (`_md5.md5`), SHA-3 and BLAKE2 constructors
// are the types themselves (whose __new__ replaces the one that refuses); none can be subclassed. Argument errors follow each module's clinic
// declarations, including 3.10's sha3 constructors all calling themselves "sha3_224()".
import {
  type PyObj, PyObject, PyType, PyBytesObj, PyByteArray, PyModule, None, TypeType, ObjectType, OverflowError,
  typeOf, asStr, asInt, asIndex, typeError, valueError, newExc, truthy, bindArgs, defMethods, defGetters, byArity,
} from "../objects/index.ts";
import { otherBufferBytes } from "../objects/memoryview.ts";
import { Md5, Sha1, Sha256, Sha512, Keccak, Blake2, BLAKE2B, BLAKE2S, type Digest, type Blake2Variant } from "../support/digest/index.ts";
import { makeModule, inModule, type Fn } from "./util.ts";

class PyHash extends PyObject {
  constructor(cls: PyType, public h: Digest) {
    super(cls);
  }
}
const H = (x: PyObj) => (x as PyHash).h;
const hex = (b: Uint8Array) => Array.from(b, (v) => v.toString(16).padStart(2, "0")).join("");

/** GET_BUFFER_VIEW_OR_ERROUT: the bytes of data to hash. */
function dataOf(x: PyObj): Uint8Array {
  if (x instanceof PyBytesObj || x instanceof PyByteArray) return x.bytes;
  const b = otherBufferBytes(x);
  if (b !== null) return b;
  if (asStr(x) !== null) throw typeError("Strings must be encoded before hashing");
  throw typeError("object supporting the buffer API required");
}

/** A hash type: update/digest/hexdigest/copy and the name/digest_size/block_size getters. */
function hashType(module: string, name: string, md: boolean, shake = false): PyType {
  const t = inModule(new PyType(TypeType, `${module}.${name}`, [ObjectType]), module);
  t.qualname = name;
  t.solid = t;
  t.baseAllowed = false;
  defMethods(t, [
    ["__new__", () => {
      throw typeError(`cannot create '${t.name}' instances`);
    }],
    byArity("update", (s, d) => {
      H(s).update(dataOf(d));
      return None;
    }),
    shake ? ["digest", (s, [n]) => new PyBytesObj(H(s).digest(shakeLength(n))), 1, 1] : ["digest", (s) => new PyBytesObj(H(s).digest()), 0, 0],
    shake ? ["hexdigest", (s, [n]) => hex(H(s).digest(shakeLength(n))), 1, 1] : ["hexdigest", (s) => hex(H(s).digest()), 0, 0],
  ]);
  defMethods(t, [md ? ["copy", mdCopy] : ["copy", (s) => new PyHash(typeOf(s), H(s).copy()), 0, 0]]);
  defGetters(t, [
    ["name", () => name],
    ["digest_size", (s) => H(s).digestSize],
    ["block_size", (s) => H(s).blockSize],
  ]);
  return t;
}

/** The MD5/SHA-1/SHA-2 copy(), a clinic method with a defining class and no parameters. */
function mdCopy(s: PyObj, args: PyObj[], kw: readonly string[] | null): PyObj {
  const nkw = kw ? kw.length : 0;
  if (args.length > nkw) throw typeError(`copy() takes at most 0 arguments (${args.length - nkw} given)`);
  if (nkw > 0) throw typeError(`copy() takes at most 0 keyword arguments (${nkw} given)`);
  return new PyHash(typeOf(s), H(s).copy());
}

/** A constructor function of the MD5/SHA-1/SHA-2 modules: f(string=b'', *, usedforsecurity=True). */
function mdConstructor(t: PyType, fname: string, make: () => Digest): Fn {
  return (args, kw) => {
    const [data] = bindArgs(fname, args, kw, ["string", "usedforsecurity"], 0, 0, 1);
    const h = make();
    if (data !== undefined) h.update(dataOf(data));
    return new PyHash(t, h);
  };
}

function mdModule(module: string, rows: [typeAttr: string, name: string, make: () => Digest][]): PyModule {
  const fns: [string, Fn][] = [];
  const values: [string, PyObj][] = [];
  for (const [typeAttr, name, make] of rows) {
    const t = hashType(module, name, true);
    fns.push([name, mdConstructor(t, name, make)]);
    values.push([typeAttr, t]);
  }
  return makeModule(module, fns, values);
}

export const makeMd5 = () => mdModule("_md5", [["MD5Type", "md5", () => new Md5()]]);
export const makeSha1 = () => mdModule("_sha1", [["SHA1Type", "sha1", () => new Sha1()]]);
export const makeSha256 = () => mdModule("_sha256", [["SHA224Type", "sha224", () => new Sha256(28)], ["SHA256Type", "sha256", () => new Sha256(32)]]);
// 3.10 registers both of _sha512's types under the name SHA384Type (the last one, sha384, wins).
export const makeSha512 = () => mdModule("_sha512", [["SHA384Type", "sha512", () => new Sha512(64)], ["SHA384Type", "sha384", () => new Sha512(48)]]);

/** _PyLong_UnsignedLong_Converter for SHAKE's digest length, then its own limit. */
function shakeLength(n: PyObj): number {
  const v = unsignedArg(n, "unsigned long");
  if (v >= 2n ** 29n) throw valueError("length is too large");
  return Number(v);
}

/** An unsigned C integer argument (PyLong_AsUnsignedLong / AsUnsignedLongLong, old converters). */
function unsignedArg(x: PyObj, cType: "unsigned long" | "unsigned long long"): bigint {
  const v = asInt(x);
  if (v === null) throw typeError("an integer is required");
  if (v < 0) throw valueError("value must be positive");
  if (BigInt(v) >= 2n ** 64n) throw newExc(OverflowError, cType === "unsigned long" ? "Python int too large to convert to C unsigned long" : "int too big to convert");
  return BigInt(v);
}

/** Clinic's `int` converter (_PyLong_AsInt). */
function cIntArg(x: PyObj): number {
  const v = asIndex(x);
  if (typeof v === "bigint" || v > 2147483647 || v < -2147483648) throw newExc(OverflowError, "Python int too large to convert to C int");
  return v;
}

/** A bytes-like keyword argument (Py_buffer converter). */
function bufferArg(x: PyObj): Uint8Array {
  if (x instanceof PyBytesObj || x instanceof PyByteArray) return x.bytes;
  const b = otherBufferBytes(x);
  if (b !== null) return b;
  throw typeError(`a bytes-like object is required, not '${typeOf(x).name}'`);
}

const SHA3: [name: string, rate: number, digestSize: number, suffix: number][] = [
  ["sha3_224", 144, 28, 0x06], ["sha3_256", 136, 32, 0x06], ["sha3_384", 104, 48, 0x06], ["sha3_512", 72, 64, 0x06],
  ["shake_128", 168, 0, 0x1f], ["shake_256", 136, 0, 0x1f],
];

export function makeSha3(): PyModule {
  const values: [string, PyObj][] = [["keccakopt", 64], ["implementation", "generic 64-bit optimized implementation (lane complementing, all rounds unrolled)"]];
  for (const [name, rate, size, suffix] of SHA3) {
    const t = hashType("_sha3", name, false, size === 0);
    defGetters(t, [
      ["_capacity_bits", () => 1600 - rate * 8],
      ["_rate_bits", () => rate * 8],
      ["_suffix", () => new PyBytesObj(Uint8Array.of(suffix))],
    ]);
    defMethods(t, [["__new__", (cls, args, kw) => {
      const [data] = bindArgs("sha3_224", args, kw, ["", "usedforsecurity"], 0, 1, 1);
      const h = new Keccak(rate, size, suffix);
      if (data !== undefined) h.update(dataOf(data));
      return new PyHash(cls as PyType, h);
    }]]);
    values.push([name, t]);
  }
  return makeModule("_sha3", [], values);
}

const BLAKE2_ARGS = ["", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"];

function blake2New(variant: Blake2Variant, cls: PyType, args: PyObj[], kw: readonly string[] | null): PyHash {
  const a = bindArgs(variant.name, args, kw, BLAKE2_ARGS, 0, 1, 1);
  const opt = <T>(i: number, conv: (x: PyObj) => T, dflt: T): T => (a[i] === undefined ? dflt : conv(a[i]!));
  const empty = new Uint8Array(0);
  // Clinic converts every argument before the implementation checks ranges, in this order.
  const digestSize = opt(1, cIntArg, variant.maxDigest);
  const key = opt(2, bufferArg, empty);
  const salt = opt(3, bufferArg, empty);
  const person = opt(4, bufferArg, empty);
  const fanout = opt(5, cIntArg, 1);
  const depth = opt(6, cIntArg, 1);
  const leafSize = opt(7, (x) => unsignedArg(x, "unsigned long"), 0n);
  const nodeOffset = opt(8, (x) => unsignedArg(x, "unsigned long long"), 0n);
  const nodeDepth = opt(9, cIntArg, 0);
  const innerSize = opt(10, cIntArg, 0);
  const lastNode = opt(11, truthy, false);
  if (a[12] !== undefined) truthy(a[12]);
  const max = variant.maxDigest;
  if (digestSize <= 0 || digestSize > max) throw valueError(`digest_size must be between 1 and ${max} bytes`);
  if (salt.length > variant.saltSize) throw valueError(`maximum salt length is ${variant.saltSize} bytes`);
  if (person.length > variant.saltSize) throw valueError(`maximum person length is ${variant.saltSize} bytes`);
  if (fanout < 0 || fanout > 255) throw valueError("fanout must be between 0 and 255");
  if (depth <= 0 || depth > 255) throw valueError("depth must be between 1 and 255");
  if (leafSize > 0xffffffffn) throw newExc(OverflowError, "leaf_size is too large");
  if (nodeOffset >= 1n << BigInt(8 * variant.nodeOffsetBytes)) throw newExc(OverflowError, "node_offset is too large");
  if (nodeDepth < 0 || nodeDepth > 255) throw valueError("node_depth must be between 0 and 255");
  if (innerSize < 0 || innerSize > max) throw valueError(`inner_size must be between 0 and is ${max}`);
  if (key.length > max) throw valueError(`maximum key length is ${max} bytes`);
  const h = new Blake2(variant, { digestSize, key, salt, person, fanout, depth, leafSize: Number(leafSize), nodeOffset, nodeDepth, innerSize, lastNode });
  if (a[0] !== undefined) h.update(dataOf(a[0]));
  return new PyHash(cls, h);
}

export function makeBlake2(): PyModule {
  const values: [string, PyObj][] = [];
  for (const v of [BLAKE2B, BLAKE2S]) {
    const t = hashType("_blake2", v.name, false);
    defMethods(t, [["__new__", (cls, args, kw) => blake2New(v, cls as PyType, args, kw)]]);
    const upper = v.name.toUpperCase();
    const consts: [string, number][] = [["SALT_SIZE", v.saltSize], ["PERSON_SIZE", v.saltSize], ["MAX_KEY_SIZE", v.maxDigest], ["MAX_DIGEST_SIZE", v.maxDigest]];
    for (const [n, x] of consts) {
      t.ns.set(n, x);
      values.push([`${upper}_${n}`, x]);
    }
    values.push([v.name, t]);
  }
  return makeModule("_blake2", [], values);
}
