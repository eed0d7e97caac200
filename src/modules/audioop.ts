// The audioop module (Modules/audioop.c, 3.10): operations on raw sound fragments, which are
// bytes-like objects of signed little-endian samples 1, 2, 3 or 4 bytes wide (the byte order of
// the machines CPython and the oracle run on). Results follow the C code's integer and double
// arithmetic: sums and products in doubles, conversions back to a sample rounded down and clipped
// (fbound), unsigned wrap-around in bias, and C's own truncating casts. The u-law, A-law and
// ADPCM codecs and ratecv are in audioop-codecs.ts.
import { type PyObj, PyModule, PyBytesObj, tuple } from "../objects/index.ts";
import { makeModule, posFn, asDouble, flt, type Fn } from "./util.ts";
import { AUDIOOP_DOCS } from "./audioop-docs.ts";
import { codecFunctions } from "./audioop-codecs.ts";
import {
  MAXVAL, MINVAL, newAudioopError, audioopError, fragmentArg, intArg, ssizeArg, checkSize, checkParameters, getSample, setSample, getSample32,
  setSample32, cInt, type Row,
} from "./audioop-samples.ts";

/**
 * A fragment and a width, checked: the common head of most functions. Argument clinic converts
 * every argument before the function checks any, so `more` converts those that follow first.
 */
function fragmentWidth<T = undefined>(args: PyObj[], more?: () => T): [Uint8Array, number, T] {
  const frag = fragmentArg(args[0]);
  const width = intArg(args[1]);
  const rest = more?.() as T;
  checkParameters(frag.length, width);
  return [frag, width, rest];
}

/** fbound: a double clipped to [minval, maxval] and rounded down, as a sample value. */
function fbound(val: number, minval: number, maxval: number): number {
  if (val > maxval) val = maxval;
  else if (val < minval + 1.0) val = minval;
  return cInt(Math.floor(val));
}

const bytes = (b: Uint8Array) => new PyBytesObj(b);

// ---- measurements -----------------------------------------------------------------------------------

function getsample([fragment, widthArg, indexArg]: PyObj[]): PyObj {
  const frag = fragmentArg(fragment);
  const width = intArg(widthArg);
  const index = ssizeArg(indexArg);
  checkParameters(frag.length, width);
  if (index < 0 || index >= frag.length / width) throw audioopError("Index out of range");
  return getSample(frag, index * width, width);
}

function max(args: PyObj[]): PyObj {
  const [frag, width] = fragmentWidth(args);
  let m = 0;
  for (let i = 0; i < frag.length; i += width) m = Math.max(m, Math.abs(getSample(frag, i, width)));
  return m;
}

function minmax(args: PyObj[]): PyObj {
  const [frag, width] = fragmentWidth(args);
  let lo = 0x7fffffff;
  let hi = -0x80000000;
  for (let i = 0; i < frag.length; i += width) {
    const v = getSample(frag, i, width);
    if (v > hi) hi = v;
    if (v < lo) lo = v;
  }
  return tuple([lo, hi]);
}

function avg(args: PyObj[]): PyObj {
  const [frag, width] = fragmentWidth(args);
  let sum = 0;
  for (let i = 0; i < frag.length; i += width) sum += getSample(frag, i, width);
  return frag.length === 0 ? 0 : cInt(Math.floor(sum / (frag.length / width)));
}

function rms(args: PyObj[]): PyObj {
  const [frag, width] = fragmentWidth(args);
  let squares = 0;
  for (let i = 0; i < frag.length; i += width) {
    const v = getSample(frag, i, width);
    squares += v * v;
  }
  // an unsigned int cast: the square root of a mean of squares of ints is below 2**31
  return frag.length === 0 ? 0 : Math.trunc(Math.sqrt(squares / (frag.length / width)));
}

/**
 * The peak-to-peak swings of avgpp and maxpp: each time the signal turns (the sign of its slope
 * changes, flat stretches ignored), the distance from the previous turning point.
 */
function swings(frag: Uint8Array, width: number): number[] {
  const out: number[] = [];
  if (frag.length <= width) return out;
  let prev = getSample(frag, 0, width);
  let prevFalling: boolean | null = null;
  let extreme: number | null = null;
  for (let i = width; i < frag.length; i += width) {
    const v = getSample(frag, i, width);
    if (v === prev) continue;
    const falling = v < prev;
    if (prevFalling !== null && prevFalling !== falling) {
      if (extreme !== null) out.push(Math.abs(prev - extreme));
      extreme = prev;
    }
    prev = v;
    prevFalling = falling;
  }
  return out;
}

function avgpp(args: PyObj[]): PyObj {
  const [frag, width] = fragmentWidth(args);
  const s = swings(frag, width);
  let sum = 0;
  for (const d of s) sum += d;
  return s.length === 0 ? 0 : Math.trunc(sum / s.length);
}

function maxpp(args: PyObj[]): PyObj {
  const [frag, width] = fragmentWidth(args);
  return swings(frag, width).reduce((a, b) => Math.max(a, b), 0);
}

function cross(args: PyObj[]): PyObj {
  const [frag, width] = fragmentWidth(args);
  // counts changes of sign; the first sample counts as one, hence the -1 (an empty fragment gives -1)
  let n = -1;
  let prev: boolean | null = null;
  for (let i = 0; i < frag.length; i += width) {
    const neg = getSample(frag, i, width) < 0;
    if (neg !== prev) n++;
    prev = neg;
  }
  return n;
}

// ---- 16-bit matching (findfit, findfactor, findmax) -------------------------------------------------

/** A fragment of 16-bit samples, from fragmentArg's bytes (checked once every argument is converted). */
function evenFragment(b: Uint8Array): Int16Array {
  if (b.length & 1) throw audioopError("Strings should be even-sized");
  const out = new Int16Array(b.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = b[2 * i] | (b[2 * i + 1] << 8);
  return out;
}

/** The sum of a[from+i] * b[i] over n samples, accumulated in order as _sum2 does. */
function dot(a: Int16Array, from: number, b: Int16Array, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s = s + a[from + i] * b[i];
  return s;
}

/**
 * findfit: the offset j where -f*reference best cancels fragment[j:j+n], minimising
 * (sum(A^2)*sum(R^2) - sum(A*R)^2) / sum(A^2) with a running sum of A^2; and that factor f.
 */
function findfit([f1, f2]: PyObj[]): PyObj {
  const [b1, b2] = [fragmentArg(f1), fragmentArg(f2)];
  const a = evenFragment(b1);
  const r = evenFragment(b2);
  const n = r.length;
  if (a.length < n) throw audioopError("First sample should be longer");
  const rr = dot(r, 0, r, n);
  let aa = dot(a, 0, a, n);
  let ar = dot(a, 0, r, n);
  let best = (rr * aa - ar * ar) / aa;
  let bestJ = 0;
  for (let j = 1; j <= a.length - n; j++) {
    const leaving = a[j - 1];
    const entering = a[j + n - 1];
    aa = aa + entering * entering - leaving * leaving;
    ar = dot(a, j, r, n);
    const result = (rr * aa - ar * ar) / aa;
    if (result < best) {
      best = result;
      bestJ = j;
    }
  }
  return tuple([bestJ, flt(dot(a, bestJ, r, n) / rr)]);
}

function findfactor([f1, f2]: PyObj[]): PyObj {
  const [b1, b2] = [fragmentArg(f1), fragmentArg(f2)];
  const a = evenFragment(b1);
  const r = evenFragment(b2);
  if (a.length !== r.length) throw audioopError("Samples should be same size");
  return flt(dot(a, 0, r, a.length) / dot(r, 0, r, r.length));
}

function findmax([f, lengthArg]: PyObj[]): PyObj {
  const b = fragmentArg(f);
  const n = ssizeArg(lengthArg);
  const a = evenFragment(b);
  if (n < 0 || a.length < n) throw audioopError("Input sample should be longer");
  let energy = dot(a, 0, a, n);
  let best = energy;
  let bestJ = 0;
  for (let j = 1; j <= a.length - n; j++) {
    energy = energy + a[j + n - 1] * a[j + n - 1] - a[j - 1] * a[j - 1];
    if (energy > best) {
      best = energy;
      bestJ = j;
    }
  }
  return bestJ;
}

// ---- transformations --------------------------------------------------------------------------------

function mul(args: PyObj[]): PyObj {
  const [frag, width, factor] = fragmentWidth(args, () => asDouble(args[2]));
  const out = new Uint8Array(frag.length);
  for (let i = 0; i < frag.length; i += width) setSample(out, i, width, fbound(getSample(frag, i, width) * factor, MINVAL[width], MAXVAL[width]));
  return bytes(out);
}

function tomono(args: PyObj[]): PyObj {
  const frag = fragmentArg(args[0]);
  const width = intArg(args[1]);
  const lf = asDouble(args[2]);
  const rf = asDouble(args[3]);
  checkParameters(frag.length, width);
  if ((frag.length / width) & 1) throw audioopError("not a whole number of frames");
  const out = new Uint8Array(frag.length / 2);
  for (let i = 0; i < frag.length; i += 2 * width) {
    const v = getSample(frag, i, width) * lf + getSample(frag, i + width, width) * rf;
    setSample(out, i / 2, width, fbound(v, MINVAL[width], MAXVAL[width]));
  }
  return bytes(out);
}

function tostereo(args: PyObj[]): PyObj {
  const frag = fragmentArg(args[0]);
  const width = intArg(args[1]);
  const lf = asDouble(args[2]);
  const rf = asDouble(args[3]);
  checkParameters(frag.length, width);
  const out = new Uint8Array(frag.length * 2);
  for (let i = 0; i < frag.length; i += width) {
    const v = getSample(frag, i, width);
    setSample(out, 2 * i, width, fbound(v * lf, MINVAL[width], MAXVAL[width]));
    setSample(out, 2 * i + width, width, fbound(v * rf, MINVAL[width], MAXVAL[width]));
  }
  return bytes(out);
}

function add([f1, f2, widthArg]: PyObj[]): PyObj {
  const a = fragmentArg(f1);
  const b = fragmentArg(f2);
  const width = intArg(widthArg);
  checkParameters(a.length, width);
  if (a.length !== b.length) throw audioopError("Lengths should be the same");
  const out = new Uint8Array(a.length);
  const lo = MINVAL[width];
  const hi = MAXVAL[width];
  for (let i = 0; i < a.length; i += width) {
    const sum = getSample(a, i, width) + getSample(b, i, width);
    // exact in a double for every width; 4-byte sums go through fbound, which clips the same way
    setSample(out, i, width, width < 4 ? Math.min(hi, Math.max(lo, sum)) : fbound(sum, lo, hi));
  }
  return bytes(out);
}

function bias(args: PyObj[]): PyObj {
  const [frag, width, b] = fragmentWidth(args, () => intArg(args[2]));
  const out = new Uint8Array(frag.length);
  // unsigned arithmetic: the sum wraps around within the sample's width
  for (let i = 0; i < frag.length; i += width) setSample(out, i, width, getSample(frag, i, width) + b);
  return bytes(out);
}

function reverse(args: PyObj[]): PyObj {
  const [frag, width] = fragmentWidth(args);
  const out = new Uint8Array(frag.length);
  for (let i = 0; i < frag.length; i += width) out.set(frag.subarray(i, i + width), frag.length - i - width);
  return bytes(out);
}

function byteswap(args: PyObj[]): PyObj {
  const [frag, width] = fragmentWidth(args);
  const out = new Uint8Array(frag.length);
  for (let i = 0; i < frag.length; i += width) for (let j = 0; j < width; j++) out[i + width - 1 - j] = frag[i + j];
  return bytes(out);
}

function lin2lin(args: PyObj[]): PyObj {
  const [frag, width, newWidth] = fragmentWidth(args, () => intArg(args[2]));
  checkSize(newWidth);
  const out = new Uint8Array((frag.length / width) * newWidth);
  for (let i = 0, j = 0; i < frag.length; i += width, j += newWidth) setSample32(out, j, newWidth, getSample32(frag, i, width));
  return bytes(out);
}

// ---- the module -------------------------------------------------------------------------------------

const ROWS: Row[] = [
  ["add", 3, 3, add],
  ["avg", 2, 2, avg],
  ["avgpp", 2, 2, avgpp],
  ["bias", 3, 3, bias],
  ["byteswap", 2, 2, byteswap],
  ["cross", 2, 2, cross],
  ["findfactor", 2, 2, findfactor],
  ["findfit", 2, 2, findfit],
  ["findmax", 2, 2, findmax],
  ["getsample", 3, 3, getsample],
  ["lin2lin", 3, 3, lin2lin],
  ["max", 2, 2, max],
  ["maxpp", 2, 2, maxpp],
  ["minmax", 2, 2, minmax],
  ["mul", 3, 3, mul],
  ["reverse", 2, 2, reverse],
  ["rms", 2, 2, rms],
  ["tomono", 4, 4, tomono],
  ["tostereo", 4, 4, tostereo],
];

export function makeAudioop(): PyModule {
  const error = newAudioopError();
  const rows = [...ROWS, ...codecFunctions()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const fns: [string, Fn][] = rows.map(([name, min, maxArgs, f]) => [name, posFn(`audioop.${name}`, min, maxArgs, f)]);
  return makeModule("audioop", fns, [["error", error]], undefined, AUDIOOP_DOCS);
}
