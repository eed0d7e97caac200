// Re-exports for builtins/index.ts.
export * from "../objects/index.ts";
export { MemoryError as MemoryErrorT } from "../objects/index.ts";
