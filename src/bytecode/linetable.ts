// co_linetable as CPython 3.10 lays it out (Objects/lnotab_notes.txt): a sequence of byte pairs
// (start delta, line delta). The start delta is unsigned (0-254 bytes of code); the line delta is a
// signed byte, where -128 means "these instructions have no line number" (the line is unchanged for
// the next pair). co_lines() and the legacy co_lnotab are both derived from it here.

/** One co_lines() entry: instructions [start, end) belong to `line` (null: no line). */
export interface LineRange {
  start: number;
  end: number;
  line: number | null;
}

/**
 * Calls `visit` for each non-empty address range of the table, in order: its byte offsets, its
 * line (null for -128) and the computed line, which a -128 entry leaves as it was.
 */
function eachRange(linetable: Uint8Array, firstlineno: number, visit: (start: number, end: number, line: number | null, computed: number) => void): void {
  let end = 0;
  let computed = firstlineno;
  for (let i = 0; i + 1 < linetable.length; i += 2) {
    const start = end;
    end += linetable[i];
    const ldelta = (linetable[i + 1] << 24) >> 24;
    if (ldelta !== -128) computed += ldelta;
    if (start !== end) visit(start, end, ldelta === -128 ? null : computed, computed);
  }
}

/** code.co_lines(): the address ranges with their line numbers, empty ranges skipped. */
export function coLines(linetable: Uint8Array, firstlineno: number): LineRange[] {
  const out: LineRange[] = [];
  eachRange(linetable, firstlineno, (start, end, line) => out.push({ start, end, line }));
  return out;
}

/**
 * The line of each 2-byte instruction of an `n`-instruction code object (-1 where co_lines() gives
 * None or no range covers it): co_lines() spread over the instructions, without its range objects.
 */
export function lineNumbers(linetable: Uint8Array, firstlineno: number, n: number): Int32Array {
  const out = new Int32Array(n).fill(-1);
  eachRange(linetable, firstlineno, (start, end, line) => {
    if (line !== null) out.fill(line, start >> 1, Math.min(end >> 1, n));
  });
  return out;
}

/**
 * code.co_lnotab, which 3.10 computes from co_linetable: pairs (byte delta, line delta) at each
 * change of the computed line, with deltas split to fit 0-255 and -128..127.
 */
export function lnotabFromLinetable(linetable: Uint8Array, firstlineno: number): Uint8Array {
  const out: number[] = [];
  let codeOffset = 0;
  let line = firstlineno;
  eachRange(linetable, firstlineno, (start, _end, _line, computed) => {
    if (computed !== line) {
      let bdelta = start - codeOffset;
      let ld = computed - line;
      while (bdelta > 255) {
        out.push(255, 0);
        bdelta -= 255;
      }
      while (ld > 127) {
        out.push(bdelta, 127);
        bdelta = 0;
        ld -= 127;
      }
      while (ld < -128) {
        out.push(bdelta, 0x80);
        bdelta = 0;
        ld += 128;
      }
      out.push(bdelta, ld & 0xff);
      codeOffset = start;
      line = computed;
    }
  });
  return Uint8Array.from(out);
}
