// What _sre.c's getstring/state_init/getslice do with the objects a pattern is applied to: a str
// becomes its code points, bytes/bytearray/memoryview (any buffer) their bytes; slices come back as str or
// as bytes (an exact bytes object's full slice is the object itself, as getslice returns it).
import { type PyObj, PyBytesObj, PyByteArray, PyMemoryView, PyStrSubclass, PySplitStr, asStr, typeOf, typeError, textObj } from "../../objects/index.ts";
import { bufferBytes } from "../../objects/bytes.ts";
import { toCodePoints, fromCodePoints } from "../../support/text/codepoints.ts";
import { textCodePoints, textFromCodePoints } from "../../support/text/split-str.ts";

export interface Subject {
  obj: PyObj;
  isBytes: boolean;
  /** Code points (str) or bytes. */
  chars: ArrayLike<number>;
  /** A str holding a false pair (objects/boxes.ts PySplitStr): its slices are built exactly. */
  split: boolean;
  /**
   * A str whose every code point is one UTF-16 unit (no astral character), so code point offsets
   * are the text's own and a slice is `text.slice(i, j)`, not a string rebuilt from code points
   * (match.group(), findall and sub spent most of their time rebuilding); null otherwise.
   */
  text: string | null;
}

const subject = (obj: PyObj, isBytes: boolean, chars: ArrayLike<number>, split: boolean, text: string | null): Subject => ({ obj, isBytes, chars, split, text });

// The last few long strings' subjects: a tokenizer calling pattern.match(text, pos) at every
// position (json.scanner, tokenize) would otherwise convert the whole text each time. A plain
// array (of small ints), not a typed one: a typed array and its buffer cost more to make than a
// short subject's match.
const recent: Subject[] = [];

function strSubject(obj: PyObj, s: string): Subject {
  for (const r of recent) if (r.obj === s) return obj === s ? r : subject(obj, false, r.chars, false, r.text);
  const cps = codePointsOf(s);
  const subj = subject(obj, false, cps, false, cps.length === s.length ? s : null);
  if (s.length >= 64) {
    if (recent.length >= 4) recent.shift();
    // (kept as the plain str's: a str subclass instance's subject differs only in obj)
    recent.push(obj === s ? subj : subject(s, false, cps, false, subj.text));
  }
  return subj;
}

function codePointsOf(s: string): number[] {
  // (made at its size: grown by push, a short subject's array was reallocated four times)
  let cps: number[] = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xe000) {
      cps = toCodePoints(s);
      break;
    }
    cps[i] = c;
  }
  return cps;
}

/** getstring(): the characters of a str or bytes-like object, or null for anything else. */
export function subjectOrNull(obj: PyObj): Subject | null {
  if (obj instanceof PySplitStr) return subject(obj, false, textCodePoints(obj.text), true, null);
  const s = asStr(obj);
  if (s !== null) return strSubject(obj, s);
  if (obj instanceof PyBytesObj || obj instanceof PyByteArray) return subject(obj, true, obj.bytes, false, null);
  if (obj instanceof PyMemoryView) return subject(obj, true, obj.bytes(), false, null);
  // any other buffer (array.array) is matched over its bytes, as a simple buffer request gives them
  const b = bufferBytes(obj);
  return b === null ? null : subject(obj, true, b, false, null);
}

export function subjectOf(obj: PyObj): Subject {
  const s = subjectOrNull(obj);
  if (s === null) throw typeError(`expected string or bytes-like object`);
  return s;
}

/**
 * The subject's characters as a match reads them for a group (match_getslice_by_index gets the
 * buffer again): a bytearray, array or view may have changed, or been resized, since the match.
 */
export function liveChars(subj: Subject): ArrayLike<number> {
  const o = subj.obj;
  if (!subj.isBytes || o instanceof PyBytesObj) return subj.chars;
  if (o instanceof PyByteArray) return o.bytes;
  const b = o instanceof PyMemoryView ? (o.released ? null : o.span() ?? subj.chars) : bufferBytes(o);
  if (b === null) throw typeError(`expected string or bytes-like object`);
  return b;
}

/** getslice(): characters [i, j) of the subject as a new str or bytes. */
export function slice(subj: Subject, i: number, j: number): PyObj {
  if (subj.isBytes) {
    const o = subj.obj;
    if (o instanceof PyBytesObj && typeOf(o) === typeOf(EMPTY_BYTES) && i === 0 && j === subj.chars.length) return o;
    return new PyBytesObj((subj.chars as Uint8Array).slice(i, j));
  }
  if (subj.text !== null) return subj.text.slice(i, j);
  return subj.split ? textObj(textFromCodePoints(subj.chars, i, j)) : fromCodePoints(subj.chars, i, j);
}

const EMPTY_BYTES = new PyBytesObj(new Uint8Array(0));

export const isStrObj = (x: PyObj): boolean => typeof x === "string" || x instanceof PyStrSubclass;
