// marshal (version 4) and .pyc files, as CPython 3.10 reads and writes them.
export { loads } from "./read.ts";
export { dumps } from "./write.ts";
export { readPyc, writePyc, sourceHash, MAGIC_NUMBER, type PycContents, type PycOptions } from "./pyc.ts";
export { MARSHAL_VERSION } from "./codes.ts";
