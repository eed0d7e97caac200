// .pyc files as CPython 3.10 writes and reads them (PEP 552): a 16-byte header, then the marshalled
// module code object. The header is the magic number (3439 for 3.10, then \r\n), a flags word, and
// either the source's mtime and size (flags 0) or an 8-byte SipHash of the source (flags bit 0;
// bit 1 asks the importer to check it against the source). Same layout and errors as
// importlib._bootstrap_external's _code_to_timestamp_pyc, _code_to_hash_pyc and _classify_pyc.
import { CodeObject } from "../bytecode/code.ts";
import { concatBytes } from "../support/concat-bytes.ts";
import { siphash24 } from "../support/hash.ts";
import { PyError } from "../support/py-error.ts";
import { bytesRepr, strRepr } from "../support/repr.ts";
import { loads } from "./read.ts";
import { dumps } from "./write.ts";

/** importlib.util.MAGIC_NUMBER */
export const MAGIC_NUMBER = Uint8Array.of(0x6f, 0x0d, 0x0d, 0x0a);
const RAW_MAGIC_NUMBER = 0x0a0d0d6fn;

export const FLAG_HASH_BASED = 0b01;
export const FLAG_CHECK_SOURCE = 0b10;

export type PycOptions = { mtime: number; sourceSize: number } | { hash: Uint8Array; checkSource: boolean };

export interface PycContents {
  /** The magic number (3439). */
  magic: number;
  flags: number;
  mtime?: number;
  sourceSize?: number;
  hash?: Uint8Array;
  checkSource?: boolean;
  code: CodeObject;
}

/** importlib.util.source_hash(source): SipHash-2-4 keyed with the magic number, little-endian. */
export function sourceHash(source: Uint8Array): Uint8Array {
  const h = siphash24(RAW_MAGIC_NUMBER, 0n, source);
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, h, true);
  return out;
}

const uint32 = (x: number) => {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, Number(BigInt.asUintN(32, BigInt(Math.trunc(x)))), true);
  return b;
};

/** The bytes of a .pyc holding `code`, timestamp-based or hash-based. */
export function writePyc(code: CodeObject, o: PycOptions): Uint8Array {
  let header: Uint8Array[];
  if ("hash" in o) {
    if (o.hash.length !== 8) throw new PyError("ValueError", "a .pyc source hash is 8 bytes");
    header = [uint32(FLAG_HASH_BASED | (o.checkSource ? FLAG_CHECK_SOURCE : 0)), o.hash];
  } else {
    header = [uint32(0), uint32(o.mtime), uint32(o.sourceSize)];
  }
  const body = dumps(code);
  return concatBytes([MAGIC_NUMBER, ...header, body]);
}

/** A .pyc's 16-byte header: its flags and either the source's mtime and size or its hash. */
export type PycHeader = Omit<PycContents, "code">;

/**
 * The header of a .pyc (importlib's _classify_pyc): ImportError for a bad magic number or unknown
 * flags, EOFError when shorter than 16 bytes. `name` is what the messages call the module.
 */
export function readPycHeader(bytes: Uint8Array, name = "<pyc>"): PycHeader {
  const magic = bytes.subarray(0, 4);
  if (magic.length !== 4 || magic.some((b, i) => b !== MAGIC_NUMBER[i])) {
    throw new PyError("ImportError", `bad magic number in ${strRepr(name)}: ${bytesRepr(magic)}`);
  }
  if (bytes.length < 16) throw new PyError("EOFError", `reached EOF while reading pyc header of ${strRepr(name)}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const flags = view.getUint32(4, true);
  if (flags & ~0b11) throw new PyError("ImportError", `invalid flags ${flags} in ${strRepr(name)}`);
  const header: PycHeader = { magic: view.getUint16(0, true), flags };
  if (flags & FLAG_HASH_BASED) {
    header.hash = bytes.slice(8, 16);
    header.checkSource = (flags & FLAG_CHECK_SOURCE) !== 0;
  } else {
    header.mtime = view.getUint32(8, true);
    header.sourceSize = view.getUint32(12, true);
  }
  return header;
}

/** The code object of a .pyc whose header is read (importlib's _compile_bytecode): marshal's errors for a corrupt body. */
export function pycCode(bytes: Uint8Array, name = "<pyc>"): CodeObject {
  const code = loads(bytes.subarray(16));
  if (!(code instanceof CodeObject)) throw new PyError("ImportError", `Non-code object in ${strRepr(name)}`);
  return code;
}

/**
 * Reads a .pyc: the header fields and the code object. `name` is what importlib's messages call
 * the module; errors are its ImportError / EOFError, or marshal's for a corrupt body.
 */
export function readPyc(bytes: Uint8Array, name = "<pyc>"): PycContents {
  const header = readPycHeader(bytes, name);
  return { ...header, code: pycCode(bytes, name) };
}
