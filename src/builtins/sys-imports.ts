// Re-exports for sys.ts: the object model and the codec functions the standard streams use.
export * from "../objects/index.ts";
export { encode, decode, hasSurrogates, normInt } from "../support/text/index.ts";
