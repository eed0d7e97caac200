// Every exception text marshal and .pyc loading raise, named once (checked against the oracle by
// test/marshal). CPython's texts come from Python/marshal.c, Objects/codeobject.c and
// Lib/importlib/_bootstrap_external.py; the "dislab" ones mark values PyConstant cannot hold.
import { PyError } from "../support/py-error.ts";

export const messages = {
  eofObject: ["EOFError", "EOF read where object expected"],
  tooShort: ["EOFError", "marshal data too short"],
  eofNotExpected: ["EOFError", "EOF read where not expected"],
  unknownType: ["ValueError", "bad marshal data (unknown type code)"],
  invalidRef: ["ValueError", "bad marshal data (invalid reference)"],
  recursion: ["ValueError", "recursion limit exceeded"],
  bytesSize: ["ValueError", "bad marshal data (bytes object size out of range)"],
  stringSize: ["ValueError", "bad marshal data (string size out of range)"],
  tupleSize: ["ValueError", "bad marshal data (tuple size out of range)"],
  listSize: ["ValueError", "bad marshal data (list size out of range)"],
  setSize: ["ValueError", "bad marshal data (set size out of range)"],
  longSize: ["ValueError", "bad marshal data (long size out of range)"],
  longDigit: ["ValueError", "bad marshal data (digit out of range in long)"],
  longUnnormalized: ["ValueError", "bad marshal data (unnormalized long data)"],
  nullObject: ["TypeError", "NULL object in marshal data for object"],
  nullTuple: ["TypeError", "NULL object in marshal data for tuple"],
  nullList: ["TypeError", "NULL object in marshal data for list"],
  nullSet: ["TypeError", "NULL object in marshal data for set"],
  codeBadArgument: ["SystemError", "Objects/codeobject.c:141: bad argument to internal function"],
  codeNonString: ["SystemError", "non-string found in code slot"],
  codeVarnames: ["ValueError", "code: varnames is too small"],
  unmarshallable: ["ValueError", "unmarshallable object"],
  tooDeep: ["ValueError", "object too deeply nested to marshal"],
} as const satisfies Record<string, readonly [string, string]>;

export type MessageName = keyof typeof messages;

export function marshalError(name: MessageName): PyError {
  const [type, msg] = messages[name];
  return new PyError(type, msg);
}

/** float(): the text CPython shows is the C string's first 200 bytes, decoded with 'replace'. */
export const floatConversion = (shown: string) => new PyError("ValueError", `could not convert string to float: '${shown}'`);

export const unhashable = (typeName: string) => new PyError("TypeError", `unhashable type: '${typeName}'`);

/** marshal data CPython loads fine but that is no code-object constant (list, dict, set, ...). */
export const unrepresentable = (what: string) =>
  new PyError("TypeError", `dislab: marshal data holds ${what}, which is not a constant a code object can hold`);
