// Re-exports for vm/index.ts.
export * from "../objects/index.ts";
export { PyError } from "../support/py-error.ts";
