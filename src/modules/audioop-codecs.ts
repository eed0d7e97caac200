// audioop's encodings and its stateful conversions (Modules/audioop.c, 3.10): G.711 u-law and
// A-law (lin2ulaw, ulaw2lin, lin2alaw, alaw2lin), Intel/DVI ADPCM (lin2adpcm, adpcm2lin) and the
// frame-rate converter ratecv. The stateful ones take and return their state as tuples, checked
// with the same errors as the C code's PyArg_ParseTuple formats ("ii;lin2adpcm(): illegal state
// argument" and the like).
import { type PyObj, PyTuple, PyBytesObj, None, tuple, typeError, valueError, newExc, OverflowError } from "../objects/index.ts";
import { cIntArg } from "./util.ts";
import {
  type Row, audioopError, fragmentArg, intArg, checkSize, checkParameters, getSample32, setSample32, cInt,
} from "./audioop-samples.ts";

const bytes = (b: Uint8Array) => new PyBytesObj(b);

// ---- G.711 ------------------------------------------------------------------------------------------

/**
 * The segment of a magnitude: the first i with value <= top(i), where the tops double from
 * `first` (0x3F for u-law's 14-bit input biased by 33, 0x1F for A-law's 13-bit input); 8 if none.
 */
function segment(value: number, first: number): number {
  let top = first;
  for (let i = 0; i < 8; i++, top = top * 2 + 1) if (value <= top) return i;
  return 8;
}

/** A 14-bit signed sample to its u-law byte: sign, 3-bit segment, 4-bit step, all bits inverted. */
function linearToUlaw(pcm: number): number {
  let mask = 0xff;
  if (pcm < 0) {
    // int16_t arithmetic: the magnitude of the most negative 14-bit value still fits
    pcm = -pcm;
    mask = 0x7f;
  }
  if (pcm > 32635) pcm = 32635;
  pcm += 0x84 >> 2;
  const seg = segment(pcm, 0x3f);
  if (seg >= 8) return 0x7f ^ mask;
  return ((seg << 4) | ((pcm >> (seg + 1)) & 0xf)) ^ mask;
}

/** A 13-bit signed sample to its A-law byte: segment and step, even bits inverted (0x55). */
function linearToAlaw(pcm: number): number {
  let mask = 0xd5;
  if (pcm < 0) {
    mask = 0x55;
    pcm = -pcm - 1;
  }
  const seg = segment(pcm, 0x1f);
  if (seg >= 8) return 0x7f ^ mask;
  const step = (pcm >> (seg < 2 ? 1 : seg)) & 0xf;
  return ((seg << 4) | step) ^ mask;
}

/** The 16-bit value a u-law byte decodes to: the step's midpoint in its segment, less the bias. */
function ulawToLinear(u: number): number {
  u = ~u & 0xff;
  const magnitude = ((((u & 0x0f) << 3) + 0x84) << ((u & 0x70) >> 4)) - 0x84;
  return u & 0x80 ? -magnitude : magnitude;
}

/** The 16-bit value an A-law byte decodes to. */
function alawToLinear(a: number): number {
  a ^= 0x55;
  const seg = (a & 0x70) >> 4;
  let t = (a & 0x0f) << 4;
  if (seg === 0) t += 8;
  else t = (t + 0x108) << (seg - 1);
  return a & 0x80 ? t : -t;
}

const ULAW_TABLE = Int16Array.from({ length: 256 }, (_, u) => ulawToLinear(u));
const ALAW_TABLE = Int16Array.from({ length: 256 }, (_, a) => alawToLinear(a));

function encoder(shift: number, encode: (pcm: number) => number) {
  return ([fragment, widthArg]: PyObj[]): PyObj => {
    const frag = fragmentArg(fragment);
    const width = intArg(widthArg);
    checkParameters(frag.length, width);
    const out = new Uint8Array(frag.length / width);
    for (let i = 0, j = 0; i < frag.length; i += width, j++) out[j] = encode(getSample32(frag, i, width) >> shift);
    return bytes(out);
  };
}

function decoder(table: Int16Array) {
  return ([fragment, widthArg]: PyObj[]): PyObj => {
    const frag = fragmentArg(fragment);
    const width = intArg(widthArg);
    checkSize(width);
    const out = new Uint8Array(frag.length * width);
    for (let i = 0; i < frag.length; i++) setSample32(out, i * width, width, table[frag[i]] << 16);
    return bytes(out);
  };
}

// ---- Intel/DVI ADPCM ----------------------------------------------------------------------------------

// the standard IMA ADPCM tables: how the step index moves for each code, and the 89 step sizes
const INDEX_MOVE = [-1, -1, -1, -1, 2, 4, 6, 8];
const STEP_SIZE = [
  7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 19, 21, 23, 25, 28, 31, 34, 37, 41, 45, 50, 55, 60, 66, 73, 80, 88, 97, 107, 118,
  130, 143, 157, 173, 190, 209, 230, 253, 279, 307, 337, 371, 408, 449, 494, 544, 598, 658, 724, 796, 876, 963, 1060,
  1166, 1282, 1411, 1552, 1707, 1878, 2066, 2272, 2499, 2749, 3024, 3327, 3660, 4026, 4428, 4871, 5358, 5894, 6484,
  7132, 7845, 8630, 9493, 10442, 11487, 12635, 13899, 15289, 16818, 18500, 20350, 22385, 24623, 27086, 29794, 32767,
];

const clamp16 = (v: number) => (v > 32767 ? 32767 : v < -32768 ? -32768 : v);
const clampIndex = (i: number) => (i < 0 ? 0 : i > 88 ? 88 : i);

/** A pair of ints from a state tuple ("ii;NAME(): illegal state argument"). */
function intPair(x: PyObj, fname: string): [number, number] {
  if (!(x instanceof PyTuple) || x.items.length !== 2) throw typeError(`${fname}(): illegal state argument`);
  return [cIntArg(x.items[0]), cIntArg(x.items[1])];
}

/** The ADPCM state (predicted value, step index): None to start, else a checked tuple. */
function adpcmState(state: PyObj, fname: string): [number, number] {
  if (state === None) return [0, 0];
  if (!(state instanceof PyTuple)) throw typeError("state must be a tuple or None");
  const [valpred, index] = intPair(state, fname);
  if (valpred >= 0x8000 || valpred < -0x8000 || index < 0 || index >= STEP_SIZE.length) throw valueError("bad state");
  return [valpred, index];
}

/**
 * The magnitude a 3-bit code adds to the prediction: (code + 1/2) * step / 4, computed with shifts
 * so that the low bits of step are dropped exactly as the encoder and decoder both do.
 */
function codeDelta(code: number, step: number): number {
  let d = step >> 3;
  if (code & 4) d += step;
  if (code & 2) d += step >> 1;
  if (code & 1) d += step >> 2;
  return d;
}

function lin2adpcm([fragment, widthArg, state]: PyObj[]): PyObj {
  const frag = fragmentArg(fragment);
  const width = intArg(widthArg);
  checkParameters(frag.length, width);
  let [valpred, index] = adpcmState(state, "lin2adpcm");
  const out = new Uint8Array(Math.floor(frag.length / (width * 2)));
  let step = STEP_SIZE[index];
  let high = -1; // the first code of a byte, waiting for its second
  let n = 0;
  for (let i = 0; i < frag.length; i += width) {
    const val = getSample32(frag, i, width) >> 16;
    const sign = val < valpred ? 8 : 0;
    let diff = Math.abs(val - valpred);
    // the 3-bit code: how many quarters of the step the difference holds, bit by bit
    let code = 0;
    for (let bit = 4, s = step; bit > 0; bit >>= 1, s >>= 1) {
      if (diff >= s) {
        code |= bit;
        diff -= s;
      }
    }
    const delta = codeDelta(code, step);
    valpred = clamp16(sign ? valpred - delta : valpred + delta);
    code |= sign;
    index = clampIndex(index + INDEX_MOVE[code & 7]);
    step = STEP_SIZE[index];
    if (high < 0) high = code;
    else {
      out[n++] = (high << 4) | code;
      high = -1;
    }
  }
  return tuple([bytes(out), tuple([valpred, index])]);
}

function adpcm2lin([fragment, widthArg, state]: PyObj[]): PyObj {
  const frag = fragmentArg(fragment);
  const width = intArg(widthArg);
  checkSize(width);
  let [valpred, index] = adpcmState(state, "adpcm2lin");
  const out = new Uint8Array(frag.length * width * 2);
  let step = STEP_SIZE[index];
  for (let k = 0; k < frag.length * 2; k++) {
    // two codes a byte, the high nibble first
    const code = k & 1 ? frag[k >> 1] & 0xf : frag[k >> 1] >> 4;
    index = clampIndex(index + INDEX_MOVE[code & 7]);
    const delta = codeDelta(code & 7, step);
    valpred = clamp16(code & 8 ? valpred - delta : valpred + delta);
    step = STEP_SIZE[index];
    setSample32(out, k * width, width, valpred << 16);
  }
  return tuple([bytes(out), tuple([valpred, index])]);
}

// ---- ratecv -------------------------------------------------------------------------------------------

function gcd(a: number, b: number): number {
  while (b > 0) [a, b] = [b, a % b];
  return a;
}

/**
 * ratecv: resamples by linear interpolation between the last two input frames. `d` counts, in
 * units of 1/(inrate*outrate) of a second scaled down by their gcd, how far the next output frame
 * lies past the current input frame; each input frame first goes through the filter
 * cur = (weightA*cur + weightB*prev) / (weightA + weightB). The state (d, ((prev, cur), ...))
 * lets a stream be converted in pieces.
 */
function ratecv(args: PyObj[]): PyObj {
  const frag = fragmentArg(args[0]);
  const width = intArg(args[1]);
  const nchannels = intArg(args[2]);
  let inrate = intArg(args[3]);
  let outrate = intArg(args[4]);
  const state = args[5];
  let weightA = args.length > 6 ? intArg(args[6]) : 1;
  let weightB = args.length > 7 ? intArg(args[7]) : 0;
  checkSize(width);
  if (nchannels < 1) throw audioopError("# of channels should be >= 1");
  if (width > Math.trunc(2147483647 / nchannels)) throw newExc(OverflowError, "width * nchannels too big for a C int");
  const frameBytes = width * nchannels;
  if (weightA < 1 || weightB < 0) throw audioopError("weightA should be >= 1, weightB should be >= 0");
  if (frag.length % frameBytes !== 0) throw audioopError("not a whole number of frames");
  if (inrate <= 0 || outrate <= 0) throw audioopError("sampling rate not > 0");
  let g = gcd(inrate, outrate);
  inrate /= g;
  outrate /= g;
  g = gcd(weightA, weightB);
  weightA /= g;
  weightB /= g;

  const prev = new Array<number>(nchannels).fill(0);
  const cur = new Array<number>(nchannels).fill(0);
  let d = -outrate;
  if (state !== None) {
    if (!(state instanceof PyTuple)) throw typeError("state must be a tuple or None");
    // "iO!;ratecv(): illegal state argument"
    if (state.items.length !== 2) throw typeError("ratecv(): illegal state argument");
    d = cIntArg(state.items[0]);
    const samples = state.items[1];
    if (!(samples instanceof PyTuple)) throw typeError("ratecv(): illegal state argument");
    if (samples.items.length !== nchannels) throw audioopError("illegal state argument");
    samples.items.forEach((ch, c) => {
      if (!(ch instanceof PyTuple)) throw typeError("ratecv(): illegal state argument");
      [prev[c], cur[c]] = intPair(ch, "ratecv");
    });
  }

  let frames = frag.length / frameBytes;
  const out: number[] = [];
  let pos = 0;
  for (;;) {
    while (d < 0) {
      if (frames === 0) {
        const result = new Uint8Array(out.length * width);
        out.forEach((v, k) => setSample32(result, k * width, width, v));
        return tuple([bytes(result), tuple([d, tuple(prev.map((p, c) => tuple([p, cur[c]])))])]);
      }
      for (let c = 0; c < nchannels; c++) {
        prev[c] = cur[c];
        const sample = getSample32(frag, pos, width);
        pos += width;
        cur[c] = cInt((weightA * sample + weightB * prev[c]) / (weightA + weightB));
      }
      frames--;
      d += outrate;
    }
    while (d >= 0) {
      for (let c = 0; c < nchannels; c++) out.push(cInt((prev[c] * d + cur[c] * (outrate - d)) / outrate));
      d -= inrate;
    }
  }
}

export function codecFunctions(): Row[] {
  return [
    ["lin2ulaw", 2, 2, encoder(18, linearToUlaw)],
    ["ulaw2lin", 2, 2, decoder(ULAW_TABLE)],
    ["lin2alaw", 2, 2, encoder(19, linearToAlaw)],
    ["alaw2lin", 2, 2, decoder(ALAW_TABLE)],
    ["lin2adpcm", 3, 3, lin2adpcm],
    ["adpcm2lin", 3, 3, adpcm2lin],
    ["ratecv", 6, 8, ratecv],
  ];
}
