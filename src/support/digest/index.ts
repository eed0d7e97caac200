// Message digests for hashlib's builtin modules (_md5, _sha1, _sha256, _sha512, _sha3, _blake2)
// and random.seed's SHA-512.
export type { Digest } from "./block.ts";
export { Md5 } from "./md5.ts";
export { Sha1 } from "./sha1.ts";
export { Sha256 } from "./sha256.ts";
export { Sha512 } from "./sha512.ts";
export { Keccak } from "./keccak.ts";
export { Blake2, BLAKE2B, BLAKE2S, type Blake2Params, type Blake2Variant } from "./blake2.ts";
