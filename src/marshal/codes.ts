// The marshal format's type codes and limits, as Python/marshal.c (3.10) defines them. A type
// code with FLAG_REF set also appends the object to the reference list that TYPE_REF indexes.

export const TYPE_NULL = 0x30; // '0'
export const TYPE_NONE = 0x4e; // 'N'
export const TYPE_FALSE = 0x46; // 'F'
export const TYPE_TRUE = 0x54; // 'T'
export const TYPE_STOPITER = 0x53; // 'S'
export const TYPE_ELLIPSIS = 0x2e; // '.'
export const TYPE_INT = 0x69; // 'i'
/** No longer written; still read. */
export const TYPE_INT64 = 0x49; // 'I'
/** Text float (versions 0 and 1). */
export const TYPE_FLOAT = 0x66; // 'f'
export const TYPE_BINARY_FLOAT = 0x67; // 'g'
/** Text complex (versions 0 and 1). */
export const TYPE_COMPLEX = 0x78; // 'x'
export const TYPE_BINARY_COMPLEX = 0x79; // 'y'
export const TYPE_LONG = 0x6c; // 'l'
/** bytes */
export const TYPE_STRING = 0x73; // 's'
export const TYPE_INTERNED = 0x74; // 't'
export const TYPE_REF = 0x72; // 'r'
export const TYPE_TUPLE = 0x28; // '('
export const TYPE_LIST = 0x5b; // '['
export const TYPE_DICT = 0x7b; // '{'
export const TYPE_CODE = 0x63; // 'c'
export const TYPE_UNICODE = 0x75; // 'u'
export const TYPE_UNKNOWN = 0x3f; // '?'
export const TYPE_SET = 0x3c; // '<'
export const TYPE_FROZENSET = 0x3e; // '>'
export const FLAG_REF = 0x80;

export const TYPE_ASCII = 0x61; // 'a'
export const TYPE_ASCII_INTERNED = 0x41; // 'A'
export const TYPE_SMALL_TUPLE = 0x29; // ')'
export const TYPE_SHORT_ASCII = 0x7a; // 'z'
export const TYPE_SHORT_ASCII_INTERNED = 0x5a; // 'Z'

/** marshal.version */
export const MARSHAL_VERSION = 4;
/** Nesting limit of both directions (2000 outside Windows). */
export const MAX_MARSHAL_STACK_DEPTH = 2000;
export const SIZE32_MAX = 0x7fffffff;
/** Ints are written in base 2**15 whatever the build's digit size. */
export const PyLong_MARSHAL_SHIFT = 15;
