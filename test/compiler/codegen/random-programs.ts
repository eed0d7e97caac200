// A seeded generator of random Python modules for differential tests of the code generator:
// nested statements of every kind (loops with break/continue/else, try/except/finally, with,
// match, def/async def/class with decorators, defaults and annotations, imports, asserts) around
// random expressions (operators, chained comparisons, conditional expressions, calls with star
// arguments, displays with unpacking, comprehensions, lambdas, walrus, f-strings). Not every
// output is valid Python; the oracle decides, and a test compares dislab with it either way.

/** mulberry32: a small deterministic PRNG, so a seed always gives the same program. */
class Random {
  constructor(private state: number) {}

  int(n: number): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  }

  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }

  chance(n: number): boolean {
    return this.int(n) === 0;
  }
}

interface Context { fn: boolean; loop: boolean; async: boolean }

const NAMES = ["a", "b", "c", "x", "y", "__p", "self"];

export function randomProgram(seed: number): string {
  const r = new Random(seed);
  const name = () => r.pick(NAMES);

  const atom = (d: number): string => {
    switch (r.int(10)) {
      case 0: return String(r.int(5) - 1);
      case 1: return r.pick(["'s'", "b'b'", "None", "True", "1.5", "2j", "...", "(1, 'a')"]);
      case 2: return `f"{${name()}!r:>{${name()}}}"`;
      case 3: return `(${expr(d + 1)}, ${expr(d + 1)})`;
      case 4: return `[${expr(d + 1)}, *${name()}]`;
      case 5: return `{${expr(d + 1)}: ${expr(d + 1)}, **${name()}}`;
      case 6: return `{${expr(d + 1)}, 1}`;
      default: return name();
    }
  };

  // Composite sub-expressions are parenthesised so that most programs parse.
  const expr = (d = 0): string => {
    const e = expr0(d);
    return d > 0 && e.includes(" ") && !/^[([{]/.test(e) ? `(${e})` : e;
  };

  const expr0 = (d: number): string => {
    if (d > 3) return atom(d);
    switch (r.int(16)) {
      case 0: return `${expr(d + 1)} ${r.pick(["+", "-", "*", "/", "%", "**", "<<", "&", "|", "^", "@", "//"])} ${expr(d + 1)}`;
      case 1: return `${r.pick(["not ", "-", "~", "+"])}${expr(d + 1)}`;
      case 2: return `${expr(d + 1)} ${r.pick(["and", "or"])} ${expr(d + 1)}`;
      case 3: return `${expr(d + 1)} ${r.pick(["<", "==", "is", "in", "not in", "is not", ">="])} ${expr(d + 1)}` +
        (r.chance(2) ? ` < ${expr(d + 1)}` : "");
      case 4: return `${expr(d + 1)} if ${expr(d + 1)} else ${expr(d + 1)}`;
      case 5: return `${name()}.${name()}(${expr(d + 1)}${r.chance(2) ? ", " + expr(d + 1) : ""})`;
      case 6: return `${name()}(${expr(d + 1)}, *${name()}, k=${expr(d + 1)}${r.chance(2) ? ", **" + name() : ""})`;
      case 7: return `${name()}[${expr(d + 1)}]`;
      case 8: return `${name()}[${r.chance(2) ? expr(d + 1) : ""}:${expr(d + 1)}${r.chance(2) ? ":2" : ""}]`;
      case 9: return `[${expr(d + 1)} for ${name()} in ${expr(d + 1)}${r.chance(2) ? " if " + expr(d + 1) : ""}` +
        `${r.chance(3) ? " for " + name() + " in " + name() : ""}]`;
      case 10: return `(${name()} := ${expr(d + 1)})`;
      case 11: return `lambda ${r.pick(["a=1", "*b", "x, /, y=2"])}: ${expr(d + 1)}`;
      case 12: return `{${name()}: ${expr(d + 1)} for ${name()} in ${expr(d + 1)}}`;
      case 13: return `(${expr(d + 1)}\n  ${r.pick(["+", "and", "<"])} ${expr(d + 1)})`;
      default: return atom(d);
    }
  };

  const target = () => r.pick([name(), `${name()}.${name()}`, `${name()}[${expr(3)}]`, `(${name()}, *${name()})`,
    `[${name()}, ${name()}]`]);

  const pattern = (d: number): string => {
    if (d > 2) return r.pick(["1", "x", "_", "'s'", "None"]);
    switch (r.int(9)) {
      case 0: return `[${pattern(d + 1)}, *${r.pick(["rest", "_"])}]`;
      case 1: return `{${r.pick(["'k'", "1", "C.d"])}: ${pattern(d + 1)}${r.chance(2) ? ", **rest" : ""}}`;
      case 2: return `C(${pattern(d + 1)}, k=${pattern(d + 1)})`;
      case 3: return `(${pattern(d + 1)} | ${pattern(d + 1)})`;
      case 4: return `${pattern(d + 1)} as w`;
      case 5: return `(${pattern(d + 1)}, ${pattern(d + 1)})`;
      default: return r.pick(["1", "-2", "x", "'s'", "None", "a.b", "1 | 2", "[]"]);
    }
  };

  const block = (ind: string, d: number, ctx: Context): string => {
    let out = "";
    for (let i = 1 + r.int(3); i > 0; i--) out += stmt(ind, d, ctx);
    return out;
  };

  const stmt = (ind: string, d: number, ctx: Context): string => {
    const i2 = ind + "    ";
    const inner = (c: Context = ctx) => block(i2, d + 1, c);
    const loop = { ...ctx, loop: true };
    switch (d > 3 ? r.int(8) : r.int(24)) {
      case 0: return `${ind}${target()} = ${expr()}\n`;
      case 1: return `${ind}${name()} ${r.pick(["+=", "-=", "|=", "**="])} ${expr()}\n`;
      case 2: return `${ind}${expr()}\n`;
      case 3: return ctx.fn ? `${ind}return ${r.chance(2) ? expr() : ""}\n` : `${ind}pass\n`;
      case 4: return ctx.loop ? `${ind}${r.pick(["break", "continue"])}\n` : `${ind}pass\n`;
      case 5: return `${ind}${name()}: ${expr(3)}${r.chance(2) ? " = " + expr() : ""}\n`;
      case 6: return ctx.fn ? `${ind}${r.pick(["yield", "x = yield"])} ${expr()}\n` : `${ind}del ${name()}\n`;
      case 7: return `${ind}assert ${expr()}${r.chance(2) ? ", " + expr() : ""}\n`;
      case 8: return `${ind}if ${expr()}:\n${inner()}${r.chance(2) ? `${ind}elif ${expr()}:\n${inner()}` : ""}` +
        `${r.chance(2) ? `${ind}else:\n${inner()}` : ""}`;
      case 9: return `${ind}while ${expr()}:\n${inner(loop)}${r.chance(3) ? `${ind}else:\n${inner()}` : ""}`;
      case 10: return `${ind}for ${target()} in ${expr()}:\n${inner(loop)}${r.chance(3) ? `${ind}else:\n${inner()}` : ""}`;
      case 11: return `${ind}try:\n${inner()}${ind}except ${name()} as ${name()}:\n${inner()}` +
        `${r.chance(2) ? `${ind}except:\n${inner()}` : ""}${r.chance(2) ? `${ind}else:\n${inner()}` : ""}`;
      case 12: return `${ind}try:\n${inner()}${r.chance(2) ? `${ind}except ${name()}:\n${inner()}` : ""}${ind}finally:\n${inner()}`;
      case 13: return `${ind}with ${expr()} as ${target()}${r.chance(2) ? ", " + name() : ""}:\n${inner()}`;
      case 14: {
        const isAsync = r.chance(3);
        const decorator = r.chance(3) ? `${ind}@${name()}\n` : "";
        const params = r.pick(["a, b=1", "*a, b", "a, /, b=2, *c, d=3, **e", "", "a: int = 1"]);
        const doc = r.chance(3) ? `${i2}'doc'\n` : "";
        const glob = r.chance(4) ? `${i2}global x\n` : "";
        return `${decorator}${ind}${isAsync ? "async " : ""}def ${r.pick(["f", "g", "__h"])}(${params})` +
          `${r.chance(2) ? " -> " + name() : ""}:\n${doc}${glob}${inner({ fn: true, loop: false, async: isAsync })}`;
      }
      case 15: return `${ind}class ${r.pick(["C", "D"])}(${name()}${r.chance(2) ? ", metaclass=" + name() : ""}):\n` +
        inner({ fn: false, loop: false, async: false });
      case 16: {
        const body = () => block(i2 + "    ", d + 1, ctx);
        return `${ind}match ${expr()}:\n${i2}case ${pattern(0)}${r.chance(2) ? " if " + expr() : ""}:\n${body()}` +
          `${i2}case ${pattern(0)}:\n${body()}${r.chance(2) ? `${i2}case _:\n${body()}` : ""}`;
      }
      case 17: return ctx.async ? `${ind}async for ${name()} in ${expr()}:\n${inner(loop)}`
        : `${ind}import ${r.pick(["a.b.c as d", "os", "a.b"])}\n`;
      case 18: return ctx.async ? `${ind}async with ${expr()} as ${name()}:\n${inner()}`
        : `${ind}from ${r.pick([".", "a", "..b"])} import ${r.pick(["x", "x as y, z"])}\n`;
      case 19: return ctx.async ? `${ind}${name()} = await ${expr()}\n` : `${ind}raise ${expr()}${r.chance(2) ? " from " + name() : ""}\n`;
      case 20: return `${ind}${name()} = ${r.pick(["[x async for x in y]", "(x for x in y)", ctx.fn ? "(yield)" : "1"])}\n`;
      default: return `${ind}${target()} = ${expr()}\n`;
    }
  };

  return block("", 0, { fn: false, loop: false, async: false });
}
