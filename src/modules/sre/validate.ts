// _sre.compile's check of a code array (_validate in Modules/_sre.c, simplified): every opcode
// known, every skip inside the code, group numbers below the pattern's group count, sets well
// formed. sre_compile's output always passes; a hand-made list that fails raises
// RuntimeError("invalid SRE code") at compile time as CPython does, so the engine never meets a
// MARK that would grow the marks without bound or a skip that leaves the code.
import { Op, MAXREPEAT, MAXGROUPS } from "./charset.ts";

const CATEGORY_COUNT = 18;
const AT_COUNT = 12;

function validateCharset(code: ArrayLike<number>, pc: number, end: number): boolean {
  while (pc < end) {
    switch (code[pc++]) {
      case Op.FAILURE:
        return pc === end;
      case Op.NEGATE:
        break;
      case Op.LITERAL:
        pc++;
        break;
      case Op.CATEGORY:
        if (code[pc++] >= CATEGORY_COUNT) return false;
        break;
      case Op.RANGE:
      case Op.RANGE_UNI_IGNORE:
        if (code[pc] > code[pc + 1]) return false;
        pc += 2;
        break;
      case Op.CHARSET:
        pc += 8;
        break;
      case Op.BIGCHARSET: {
        const count = code[pc++];
        if (pc + 64 > end) return false;
        for (let i = 0; i < 256; i++) if (((code[pc + (i >> 2)] >>> ((i & 3) * 8)) & 0xff) >= count) return false;
        pc += 64 + count * 8;
        break;
      }
      default:
        return false;
    }
  }
  return false;
}

/** Set when the check meets an opcode that reads a group's marks. */
interface GroupRefs {
  found: boolean;
}

/** Checks code[pc, end) as a sequence of opcodes; `groups` is the pattern's group count. */
function validateBlock(code: ArrayLike<number>, pc: number, end: number, groups: number, refs: GroupRefs): boolean {
  const n = code.length;
  const skipOk = (at: number, min: number): boolean => code[at] >= min && at + code[at] <= n;
  while (pc < end) {
    const op = code[pc++];
    switch (op) {
      case Op.FAILURE:
      case Op.SUCCESS:
      case Op.ANY:
      case Op.ANY_ALL:
        break;
      case Op.MARK:
        if (code[pc++] >= 2 * groups) return false;
        break;
      case Op.AT:
        if (code[pc++] >= AT_COUNT) return false;
        break;
      case Op.CATEGORY:
        if (code[pc++] >= CATEGORY_COUNT) return false;
        break;
      case Op.LITERAL:
      case Op.NOT_LITERAL:
      case Op.LITERAL_IGNORE:
      case Op.NOT_LITERAL_IGNORE:
      case Op.LITERAL_UNI_IGNORE:
      case Op.NOT_LITERAL_UNI_IGNORE:
      case Op.LITERAL_LOC_IGNORE:
      case Op.NOT_LITERAL_LOC_IGNORE:
        pc++;
        break;
      case Op.GROUPREF:
      case Op.GROUPREF_IGNORE:
      case Op.GROUPREF_UNI_IGNORE:
      case Op.GROUPREF_LOC_IGNORE:
        refs.found = true;
        if (code[pc++] >= groups) return false;
        break;
      case Op.IN:
      case Op.IN_IGNORE:
      case Op.IN_UNI_IGNORE:
      case Op.IN_LOC_IGNORE:
        if (!skipOk(pc, 2) || !validateCharset(code, pc + 1, pc + code[pc])) return false;
        pc += code[pc];
        break;
      case Op.INFO:
      case Op.JUMP:
        if (!skipOk(pc, 1)) return false;
        // the JUMP that ends a BRANCH alternative or a conditional's yes-part leaves its block
        if (op === Op.JUMP && pc + 1 === end) pc = end;
        else pc += code[pc];
        break;
      case Op.BRANCH:
        // <BRANCH> <skip> alternative <JUMP> ... <0>
        while (code[pc] !== 0) {
          if (!skipOk(pc, 2) || !validateBlock(code, pc + 1, pc + code[pc], groups, refs)) return false;
          pc += code[pc];
        }
        pc++;
        break;
      case Op.REPEAT_ONE:
      case Op.MIN_REPEAT_ONE:
      case Op.REPEAT: {
        // <op> <skip> <min> <max> item (<SUCCESS> | <UNTIL>) tail; a REPEAT's item may be empty
        // ("(?:){2}", or "( )*" under VERBOSE), a REPEAT_ONE's is one character item
        if (!skipOk(pc, op === Op.REPEAT ? 3 : 4) || code[pc + 1] > code[pc + 2] || code[pc + 1] === MAXREPEAT) return false;
        const until = pc + code[pc];
        if (!validateBlock(code, pc + 3, until, groups, refs)) return false;
        if (op === Op.REPEAT) {
          if (code[until] !== Op.MAX_UNTIL && code[until] !== Op.MIN_UNTIL) return false;
          pc = until + 1;
        } else pc = until;
        break;
      }
      case Op.GROUPREF_EXISTS:
        // <GROUPREF_EXISTS> <group> <skip> yes [<JUMP> no]: skip counts from the group word
        refs.found = true;
        if (code[pc] >= groups || code[pc + 1] < 2 || pc + code[pc + 1] > n) return false;
        if (!validateBlock(code, pc + 2, pc + code[pc + 1], groups, refs)) return false;
        pc += code[pc + 1];
        break;
      case Op.ASSERT:
      case Op.ASSERT_NOT:
        // <op> <skip> <back> pattern <SUCCESS>
        if (!skipOk(pc, 3) || !validateBlock(code, pc + 2, pc + code[pc], groups, refs)) return false;
        pc += code[pc];
        break;
      default:
        return false;
    }
  }
  return pc === end;
}

/** _validate_outer: the group count in range, the code ending in SUCCESS, every block well formed. */
export function validateCode(code: ArrayLike<number>, groups: number): boolean {
  if (groups < 0 || groups >= MAXGROUPS || code.length === 0 || code[code.length - 1] !== Op.SUCCESS) return false;
  return validateBlock(code, 0, code.length, groups, { found: false });
}

/**
 * Does the code look at what a group matched (a backreference, or a conditional on a group)?
 * True also for code that fails the check.
 */
export function readsGroups(code: ArrayLike<number>): boolean {
  const refs = { found: false };
  return !validateBlock(code, 0, code.length, MAXGROUPS, refs) || refs.found;
}
