// Expat's error codes and their texts (XML_ErrorString of expat 2.4.1, the version the oracle's
// pyexpat links), in code order: the codes are the index + 1. pyexpat.errors exposes them as
// XML_ERROR_* attributes holding the texts, and as the `codes`/`messages` dicts.
export const ERROR_NAMES: readonly [string, string][] = [
  ["XML_ERROR_NO_MEMORY", "out of memory"],
  ["XML_ERROR_SYNTAX", "syntax error"],
  ["XML_ERROR_NO_ELEMENTS", "no element found"],
  ["XML_ERROR_INVALID_TOKEN", "not well-formed (invalid token)"],
  ["XML_ERROR_UNCLOSED_TOKEN", "unclosed token"],
  ["XML_ERROR_PARTIAL_CHAR", "partial character"],
  ["XML_ERROR_TAG_MISMATCH", "mismatched tag"],
  ["XML_ERROR_DUPLICATE_ATTRIBUTE", "duplicate attribute"],
  ["XML_ERROR_JUNK_AFTER_DOC_ELEMENT", "junk after document element"],
  ["XML_ERROR_PARAM_ENTITY_REF", "illegal parameter entity reference"],
  ["XML_ERROR_UNDEFINED_ENTITY", "undefined entity"],
  ["XML_ERROR_RECURSIVE_ENTITY_REF", "recursive entity reference"],
  ["XML_ERROR_ASYNC_ENTITY", "asynchronous entity"],
  ["XML_ERROR_BAD_CHAR_REF", "reference to invalid character number"],
  ["XML_ERROR_BINARY_ENTITY_REF", "reference to binary entity"],
  ["XML_ERROR_ATTRIBUTE_EXTERNAL_ENTITY_REF", "reference to external entity in attribute"],
  ["XML_ERROR_MISPLACED_XML_PI", "XML or text declaration not at start of entity"],
  ["XML_ERROR_UNKNOWN_ENCODING", "unknown encoding"],
  ["XML_ERROR_INCORRECT_ENCODING", "encoding specified in XML declaration is incorrect"],
  ["XML_ERROR_UNCLOSED_CDATA_SECTION", "unclosed CDATA section"],
  ["XML_ERROR_EXTERNAL_ENTITY_HANDLING", "error in processing external entity reference"],
  ["XML_ERROR_NOT_STANDALONE", "document is not standalone"],
  ["XML_ERROR_UNEXPECTED_STATE", "unexpected parser state - please send a bug report"],
  ["XML_ERROR_ENTITY_DECLARED_IN_PE", "entity declared in parameter entity"],
  ["XML_ERROR_FEATURE_REQUIRES_XML_DTD", "requested feature requires XML_DTD support in Expat"],
  ["XML_ERROR_CANT_CHANGE_FEATURE_ONCE_PARSING", "cannot change setting once parsing has begun"],
  ["XML_ERROR_UNBOUND_PREFIX", "unbound prefix"],
  ["XML_ERROR_UNDECLARING_PREFIX", "must not undeclare prefix"],
  ["XML_ERROR_INCOMPLETE_PE", "incomplete markup in parameter entity"],
  ["XML_ERROR_XML_DECL", "XML declaration not well-formed"],
  ["XML_ERROR_TEXT_DECL", "text declaration not well-formed"],
  ["XML_ERROR_PUBLICID", "illegal character(s) in public id"],
  ["XML_ERROR_SUSPENDED", "parser suspended"],
  ["XML_ERROR_NOT_SUSPENDED", "parser not suspended"],
  ["XML_ERROR_ABORTED", "parsing aborted"],
  ["XML_ERROR_FINISHED", "parsing finished"],
  ["XML_ERROR_SUSPEND_PE", "cannot suspend in external parameter entity"],
];

/** The codes the parser raises (values of enum XML_Error). */
export const enum E {
  NONE = 0, NO_MEMORY, SYNTAX, NO_ELEMENTS, INVALID_TOKEN, UNCLOSED_TOKEN, PARTIAL_CHAR, TAG_MISMATCH, DUPLICATE_ATTRIBUTE,
  JUNK_AFTER_DOC_ELEMENT, PARAM_ENTITY_REF, UNDEFINED_ENTITY, RECURSIVE_ENTITY_REF, ASYNC_ENTITY, BAD_CHAR_REF,
  BINARY_ENTITY_REF, ATTRIBUTE_EXTERNAL_ENTITY_REF, MISPLACED_XML_PI, UNKNOWN_ENCODING, INCORRECT_ENCODING,
  UNCLOSED_CDATA_SECTION, EXTERNAL_ENTITY_HANDLING, NOT_STANDALONE, UNEXPECTED_STATE, ENTITY_DECLARED_IN_PE,
  FEATURE_REQUIRES_XML_DTD, CANT_CHANGE_FEATURE_ONCE_PARSING, UNBOUND_PREFIX, UNDECLARING_PREFIX, INCOMPLETE_PE,
  XML_DECL, TEXT_DECL, PUBLICID, SUSPENDED, NOT_SUSPENDED, ABORTED, FINISHED, SUSPEND_PE,
}

/** XML_ErrorString: the text of a code, or null for a code expat does not know. */
export function errorString(code: number): string | null {
  return code >= 1 && code <= ERROR_NAMES.length ? ERROR_NAMES[code - 1][1] : null;
}

/** Codes after 37 that expat 2.4.1 knows but pyexpat.errors does not list. */
const LATER_ERRORS = [
  "reserved prefix (xml) must not be undeclared or bound to another namespace name",
  "reserved prefix (xmlns) must not be declared or undeclared",
  "prefix must not be bound to one of the reserved namespace names",
  "invalid argument",
  "a successful prior call to function XML_GetBuffer is required",
  "limit on input amplification factor (from DTD and entities) breached",
];

/** XML_ErrorString over every code of expat 2.4.1. */
export function anyErrorString(code: number): string | null {
  return errorString(code) ?? (code >= 38 && code < 38 + LATER_ERRORS.length ? LATER_ERRORS[code - 38] : null);
}
export const E_RESERVED_PREFIX_XML = 38;
export const E_RESERVED_PREFIX_XMLNS = 39;
export const E_RESERVED_NAMESPACE_URI = 40;
export const E_AMPLIFICATION_LIMIT_BREACH = 43;
