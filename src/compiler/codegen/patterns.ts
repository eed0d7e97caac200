// The match statement: compiler_match and compiler_pattern_* of CPython 3.10's Python/compile.c.
// A pattern_context tracks the names captured so far (kept on the stack until the whole pattern
// has matched, moved under the items still in use with ROT_N), how many items sit on top of the
// stack, and the fail_pop blocks: jumping to failPop[i] pops i items and falls into failPop[i-1].
import { PyTuple, scalarRepr, type PyConstant } from "../../bytecode/constants.ts";
import { constantsEqual } from "../../bytecode/frozenset.ts";
import { Op } from "../../bytecode/opcodes.ts";
import type * as A from "../../parser/ast-nodes.ts";
import type { BasicBlock } from "../unit.ts";
import type { Compiler } from "./context.ts";
import { addCompare, jumpIf, visitExpr } from "./expressions.ts";
import { visitStmts } from "./statements.ts";

const STORE: A.Store = { _type: "Store" };
const EQ: A.Eq = { _type: "Eq" };
const GTE: A.GtE = { _type: "GtE" };
const IS: A.Is = { _type: "Is" };

interface PatternContext {
  stores: string[];
  allowIrrefutable: boolean;
  failPop: BasicBlock[];
  onTop: number;
}

const isWildcard = (p: A.pattern): boolean => p._type === "MatchAs" && p.name === null && p.pattern === null;
const isStarWildcard = (p: A.pattern): boolean => p._type === "MatchStar" && p.name === null;

/** ensure_fail_pop: blocks for popping up to n items. */
function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.failPop.length < n + 1) pc.failPop.push(c.newBlock());
}

/** jump_to_fail_pop: on failure pop what is on top plus the captures made so far. */
function jumpToFailPop(c: Compiler, pc: PatternContext, op: Op): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.jump(op, pc.failPop[pops]);
  c.nextBlock();
}

/** emit_and_reset_fail_pop */
function emitAndResetFailPop(c: Compiler, pc: PatternContext): void {
  if (!pc.failPop.length) {
    c.nextBlock();
    return;
  }
  for (let i = pc.failPop.length - 1; i > 0; i--) {
    c.useNextBlock(pc.failPop[i]);
    c.op(Op.POP_TOP);
  }
  c.useNextBlock(pc.failPop[0]);
  pc.failPop = [];
}

/** pattern_helper_store_name: keep the capture on the stack, under whatever must stay on top. */
function storeName(c: Compiler, name: string | null, pc: PatternContext): void {
  if (name === null) {
    c.op(Op.POP_TOP);
    return;
  }
  c.checkForbidden(name, STORE);
  if (pc.stores.includes(name)) throw duplicateStore(c, name);
  c.op(Op.ROT_N, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

function duplicateStore(c: Compiler, name: string) {
  return c.error(`multiple assignments to name ${scalarRepr(name)} in pattern`);
}

/** pattern_unpack_helper */
function unpackHelper(c: Compiler, elts: readonly A.pattern[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    if (elts[i]._type !== "MatchStar") continue;
    if (seenStar) throw c.error("multiple starred expressions in sequence pattern");
    if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) throw c.error("too many expressions in star-unpacking sequence pattern");
    c.op(Op.UNPACK_EX, i + ((n - i - 1) << 8));
    seenStar = true;
  }
  if (!seenStar) c.op(Op.UNPACK_SEQUENCE, n);
}

function sequenceUnpack(c: Compiler, patterns: readonly A.pattern[], pc: PatternContext): void {
  unpackHelper(c, patterns);
  pc.onTop += patterns.length;
  for (const p of patterns) {
    pc.onTop--;
    subpattern(c, p, pc);
  }
}

/** pattern_helper_sequence_subscr: with a `*_`, index the subject instead of unpacking it. */
function sequenceSubscr(c: Compiler, patterns: readonly A.pattern[], star: number, pc: PatternContext): void {
  pc.onTop++;
  const size = patterns.length;
  for (let i = 0; i < size; i++) {
    const p = patterns[i];
    if (isWildcard(p) || i === star) continue;
    c.op(Op.DUP_TOP);
    if (i < star) {
      c.loadConst(BigInt(i));
    } else {
      // The subject may not support negative indices: compute len(subject) - (size - i).
      c.op(Op.GET_LEN);
      c.loadConst(BigInt(size - i));
      c.op(Op.BINARY_SUBTRACT);
    }
    c.op(Op.BINARY_SUBSCR);
    subpattern(c, p, pc);
  }
  pc.onTop--;
  c.op(Op.POP_TOP);
}

/** compiler_pattern_subpattern: a nested pattern may be irrefutable. */
function subpattern(c: Compiler, p: A.pattern, pc: PatternContext): void {
  const allow = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  compilePattern(c, p, pc);
  pc.allowIrrefutable = allow;
}

function compilePattern(c: Compiler, p: A.pattern, pc: PatternContext): void {
  c.setLoc(p);
  switch (p._type) {
    case "MatchValue": {
      const v = p.value;
      if (v._type !== "Constant" && v._type !== "Attribute") {
        throw c.error("patterns may only match literals and attribute lookups");
      }
      visitExpr(c, v);
      addCompare(c, EQ);
      jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
      return;
    }
    case "MatchSingleton":
      c.loadConst(p.value);
      addCompare(c, IS);
      jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
      return;
    case "MatchSequence": return patternSequence(c, p, pc);
    case "MatchMapping": return patternMapping(c, p, pc);
    case "MatchClass": return patternClass(c, p, pc);
    case "MatchStar": return storeName(c, p.name, pc);
    case "MatchAs": return patternAs(c, p, pc);
    case "MatchOr": return patternOr(c, p, pc);
  }
}

function patternAs(c: Compiler, p: A.MatchAs, pc: PatternContext): void {
  if (p.pattern === null) {
    if (!pc.allowIrrefutable) {
      if (p.name !== null) throw c.error(`name capture ${scalarRepr(p.name)} makes remaining patterns unreachable`);
      throw c.error("wildcard makes remaining patterns unreachable");
    }
    storeName(c, p.name, pc);
    return;
  }
  pc.onTop++;
  c.op(Op.DUP_TOP);
  compilePattern(c, p.pattern, pc);
  pc.onTop--;
  storeName(c, p.name, pc);
}

function patternSequence(c: Compiler, p: A.MatchSequence, pc: PatternContext): void {
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  for (let i = 0; i < size; i++) {
    const sub = patterns[i];
    if (sub._type === "MatchStar") {
      if (star >= 0) throw c.error("multiple starred names in sequence pattern");
      starWildcard = isStarWildcard(sub);
      onlyWildcard &&= starWildcard;
      star = i;
      continue;
    }
    onlyWildcard &&= isWildcard(sub);
  }
  pc.onTop++;
  c.op(Op.MATCH_SEQUENCE);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (star < 0) {
    c.op(Op.GET_LEN);
    c.loadConst(BigInt(size));
    addCompare(c, EQ);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    // a lone star (`[*rest]`, `[*_]`) matches any length: no GET_LEN (nor a __len__ call) at all
    c.op(Op.GET_LEN);
    c.loadConst(BigInt(size - 1));
    addCompare(c, GTE);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) c.op(Op.POP_TOP);
  else if (starWildcard) sequenceSubscr(c, patterns, star, pc);
  else sequenceUnpack(c, patterns, pc);
}

/** A key that is equal for constants Python considers equal (1, 1.0 and True are one key). */
function seenKey(seen: PyConstant[], v: PyConstant): boolean {
  return seen.some((x) => constantsEqual(x, v));
}

function patternMapping(c: Compiler, p: A.MatchMapping, pc: PatternContext): void {
  const keys = p.keys;
  const patterns = p.patterns;
  const size = keys.length;
  if (size !== patterns.length) {
    throw c.error(`keys (${size}) / patterns (${patterns.length}) length mismatch in mapping pattern`);
  }
  const starTarget = p.rest;
  pc.onTop++;
  c.op(Op.MATCH_MAPPING);
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  if (!size && starTarget === null) {
    pc.onTop--;
    c.op(Op.POP_TOP);
    return;
  }
  if (size) {
    c.op(Op.GET_LEN);
    c.loadConst(BigInt(size));
    addCompare(c, GTE);
    jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  }
  const seen: PyConstant[] = [];
  for (let i = 0; i < size; i++) {
    const key = keys[i];
    if (key._type === "Constant") {
      if (seenKey(seen, key.value)) throw c.error(`mapping pattern checks duplicate key (${scalarRepr(key.value)})`);
      seen.push(key.value);
    } else if (key._type !== "Attribute") {
      throw c.error("mapping pattern keys may only match literals and attribute lookups");
    }
    visitExpr(c, key);
  }
  c.op(Op.BUILD_TUPLE, size);
  c.op(Op.MATCH_KEYS);
  pc.onTop += 2;
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  for (let i = 0; i < size; i++) {
    const sub = patterns[i];
    if (isWildcard(sub)) continue;
    c.op(Op.DUP_TOP);
    c.loadConst(BigInt(i));
    c.op(Op.BINARY_SUBSCR);
    subpattern(c, sub, pc);
  }
  pc.onTop -= 2;
  c.op(Op.POP_TOP);
  if (starTarget !== null) {
    c.op(Op.COPY_DICT_WITHOUT_KEYS);
    storeName(c, starTarget, pc);
  } else {
    c.op(Op.POP_TOP);
  }
  pc.onTop--;
  c.op(Op.POP_TOP);
}

function patternClass(c: Compiler, p: A.MatchClass, pc: PatternContext): void {
  const patterns = p.patterns;
  const attrs = p.kwd_attrs;
  const kwdPatterns = p.kwd_patterns;
  const nargs = patterns.length;
  const nattrs = attrs.length;
  if (nattrs !== kwdPatterns.length) {
    throw c.error(`kwd_attrs (${nattrs}) / kwd_patterns (${kwdPatterns.length}) length mismatch in class pattern`);
  }
  if (nattrs) {
    // validate_kwd_attrs: errors point at the sub-pattern, the parser keeps no node for the name.
    for (let i = 0; i < nattrs; i++) {
      c.setLoc(kwdPatterns[i]);
      c.checkForbidden(attrs[i], STORE);
      for (let j = i + 1; j < nattrs; j++) {
        if (attrs[i] === attrs[j]) {
          c.setLoc(kwdPatterns[j]);
          throw c.error(`attribute name repeated in class pattern: ${attrs[i]}`);
        }
      }
    }
    c.setLoc(p);
  }
  visitExpr(c, p.cls);
  c.loadConst(new PyTuple(attrs));
  c.op(Op.MATCH_CLASS, nargs);
  pc.onTop++;
  jumpToFailPop(c, pc, Op.POP_JUMP_IF_FALSE);
  for (let i = 0; i < nargs + nattrs; i++) {
    const sub = i < nargs ? patterns[i] : kwdPatterns[i - nargs];
    if (isWildcard(sub)) continue;
    c.op(Op.DUP_TOP);
    c.loadConst(BigInt(i));
    c.op(Op.BINARY_SUBSCR);
    subpattern(c, sub, pc);
  }
  pc.onTop--;
  c.op(Op.POP_TOP);
}

function patternOr(c: Compiler, p: A.MatchOr, pc: PatternContext): void {
  const end = c.newBlock();
  const size = p.patterns.length;
  const old = { ...pc };
  let control: string[] | null = null;
  for (let i = 0; i < size; i++) {
    const alt = p.patterns[i];
    c.setLoc(alt);
    pc.stores = [];
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.op(Op.DUP_TOP);
    compilePattern(c, alt, pc);
    const nstores = pc.stores.length;
    if (i === 0) {
      control = pc.stores;
    } else if (nstores !== control!.length) {
      throw c.error("alternative patterns bind different names");
    } else if (nstores) {
      // Reorder this alternative's captures on the stack to the first alternative's order.
      for (let icontrol = nstores - 1; icontrol >= 0; icontrol--) {
        const name = control![icontrol];
        const istores = pc.stores.indexOf(name);
        if (istores < 0) throw c.error("alternative patterns bind different names");
        if (icontrol !== istores) {
          const rotations = istores + 1;
          const rotated = pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          for (let r = 0; r < rotations; r++) c.op(Op.ROT_N, icontrol + 1);
        }
      }
    }
    c.jump(Op.JUMP_FORWARD, end);
    c.nextBlock();
    emitAndResetFailPop(c, pc);
  }
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  c.op(Op.POP_TOP);
  jumpToFailPop(c, pc, Op.JUMP_FORWARD);
  c.useNextBlock(end);
  const nstores = control!.length;
  const nrots = nstores + 1 + pc.onTop + pc.stores.length;
  for (let i = 0; i < nstores; i++) {
    c.op(Op.ROT_N, nrots);
    const name = control![i];
    if (pc.stores.includes(name)) throw duplicateStore(c, name);
    pc.stores.push(name);
  }
  c.op(Op.POP_TOP);
}

export function compileMatch(c: Compiler, s: A.Match): void {
  visitExpr(c, s.subject);
  const end = c.newBlock();
  const cases = s.cases.length;
  let m = s.cases[cases - 1];
  const hasDefault = isWildcard(m.pattern) && cases > 1 ? 1 : 0;
  const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
  for (let i = 0; i < cases - hasDefault; i++) {
    m = s.cases[i];
    c.setLoc(m.pattern);
    const last = i === cases - hasDefault - 1;
    if (!last) c.op(Op.DUP_TOP);
    pc.stores = [];
    pc.allowIrrefutable = m.guard !== null || i === cases - 1;
    pc.failPop = [];
    pc.onTop = 0;
    compilePattern(c, m.pattern, pc);
    for (const name of pc.stores) c.nameop(name, STORE);
    if (m.guard) {
      ensureFailPop(c, pc, 0);
      jumpIf(c, m.guard, pc.failPop[0], false);
    }
    if (!last) c.op(Op.POP_TOP);
    visitStmts(c, m.body);
    c.jump(Op.JUMP_FORWARD, end);
    // A failed pattern's cleanup belongs to the pattern's line, not to the body's last one.
    c.setLoc(m.pattern);
    emitAndResetFailPop(c, pc);
  }
  if (hasDefault) {
    m = s.cases[cases - 1];
    c.setLoc(m.pattern);
    if (cases === 1) c.op(Op.POP_TOP);
    else c.op(Op.NOP);
    if (m.guard) jumpIf(c, m.guard, end, false);
    visitStmts(c, m.body);
  }
  c.useNextBlock(end);
}
