// Re-exports for the builtins layer: the object model plus the support helpers it formats with.
export * from "../objects/index.ts";
export { intToBase, normInt, chr, codePointAt, cpLength } from "../support/text/index.ts";
export { calculateMetaOf } from "./meta.ts";
