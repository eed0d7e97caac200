// \N{...} escapes: the code point of a character name or alias, from the one names table that
// unicodedata and the namereplace handler also use (src/support/unicode-names.ts).
import { codePointOfName } from "../support/unicode-names.ts";

/** The code point \N{name} stands for (names and aliases, as CPython's _getcode), or null. */
export const lookupUnicodeName = (name: string): number | null => codePointOfName(name, true);
