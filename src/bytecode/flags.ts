// Code object flags (co_flags) and compiler flags, as Include/code.h and Include/compile.h define them
// in CPython 3.10. dis.pretty_flags() prints the CO_* names in COMPILER_FLAG_NAMES order.

export const CO_OPTIMIZED = 0x0001;
export const CO_NEWLOCALS = 0x0002;
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_NESTED = 0x0010;
export const CO_GENERATOR = 0x0020;
/** No free or cell variables. */
export const CO_NOFREE = 0x0040;
export const CO_COROUTINE = 0x0080;
export const CO_ITERABLE_COROUTINE = 0x0100;
export const CO_ASYNC_GENERATOR = 0x0200;

// `from __future__ import ...` features, kept in co_flags and in compile()'s flags argument.
export const CO_FUTURE_DIVISION = 0x20000;
export const CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
export const CO_FUTURE_WITH_STATEMENT = 0x80000;
export const CO_FUTURE_PRINT_FUNCTION = 0x100000;
export const CO_FUTURE_UNICODE_LITERALS = 0x200000;
export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
export const CO_FUTURE_GENERATOR_STOP = 0x800000;
export const CO_FUTURE_ANNOTATIONS = 0x1000000;

/** The future flags compile() accepts and code objects inherit. */
export const PyCF_MASK =
  CO_FUTURE_DIVISION | CO_FUTURE_ABSOLUTE_IMPORT | CO_FUTURE_WITH_STATEMENT | CO_FUTURE_PRINT_FUNCTION |
  CO_FUTURE_UNICODE_LITERALS | CO_FUTURE_BARRY_AS_BDFL | CO_FUTURE_GENERATOR_STOP | CO_FUTURE_ANNOTATIONS;

// compile() flags that are not future features.
export const PyCF_SOURCE_IS_UTF8 = 0x0100;
export const PyCF_DONT_IMPLY_DEDENT = 0x0200;
export const PyCF_ONLY_AST = 0x0400;
export const PyCF_IGNORE_COOKIE = 0x0800;
export const PyCF_TYPE_COMMENTS = 0x1000;
export const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

/** dis.COMPILER_FLAG_NAMES, in the order pretty_flags() prints them. */
export const COMPILER_FLAG_NAMES: readonly (readonly [number, string])[] = [
  [CO_OPTIMIZED, "OPTIMIZED"],
  [CO_NEWLOCALS, "NEWLOCALS"],
  [CO_VARARGS, "VARARGS"],
  [CO_VARKEYWORDS, "VARKEYWORDS"],
  [CO_NESTED, "NESTED"],
  [CO_GENERATOR, "GENERATOR"],
  [CO_NOFREE, "NOFREE"],
  [CO_COROUTINE, "COROUTINE"],
  [CO_ITERABLE_COROUTINE, "ITERABLE_COROUTINE"],
  [CO_ASYNC_GENERATOR, "ASYNC_GENERATOR"],
];
