// dislab's text and number library: pure functions over JS values (number, bigint, string,
// Uint8Array) that the runtime's str, bytes, int, float and complex types and builtins call.
// Every function matches CPython 3.10's results and error messages; errors are thrown as PyError.
export * from "./codepoints.ts";
export * from "./split-str.ts";
export * from "./dtoa.ts";
export * from "./format-spec.ts";
export * from "./float-format.ts";
export * from "./int-format.ts";
export * from "./percent-format.ts";
export * from "./format-string.ts";
export * from "./number-parse.ts";
export * from "./float-ops.ts";
export * from "./float-pow.ts";
export * from "./int-ops.ts";
export * from "./str-search.ts";
export * from "./str-split.ts";
export * from "./str-case.ts";
export * from "./str-misc.ts";
export * from "./bytes-methods.ts";
export * from "./codecs/index.ts";
export * from "./mt19937.ts";
export { floatHex } from "../float-hex.ts";
