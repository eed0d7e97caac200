// Each builtin type's own __dict__ against CPython 3.10.2's: the keys in order and the kind of each
// value (slot wrapper, method, classmethod, getset or member descriptor, ...), for the types
// test/objects/type-dicts-dump.py lists. The expectations are the oracle's, recorded by
// tools/gen-type-dicts.ts in src/objects/type-dicts-data.ts. Types in KNOWN_DIFFERENT still differ
// (each with the reason); the test fails when one of them starts to match, so the list only shrinks.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TYPE_DICTS } from "../../src/objects/type-dicts-data.ts";
import { dislabOutput } from "../modules/harness.ts";
import { projectRoot, stdlibCorpus } from "../oracle/oracle.ts";

const KIND_NAMES: Record<string, string> = {
  w: "wrapper_descriptor", m: "method_descriptor", c: "classmethod_descriptor", g: "getset_descriptor", M: "member_descriptor",
  b: "builtin_function_or_method", s: "str", n: "NoneType",
};

/** Types whose dict still differs from CPython's, and why. */
const KNOWN_DIFFERENT = new Map<string, string>([
  ["_frozen_importlib.BuiltinImporter", "a Python class in CPython (staticmethod/classmethod objects, __module__, __dict__, __weakref__)"],
  ["collections.deque", "no __sizeof__"],
  ["functools.KeyWrapper", "a heap type in CPython (__module__)"],
  ["functools._lru_cache_wrapper", "functools' lru_cache is pure Python here"],
  ["functools.partial", "a heap type in CPython (__module__); no __vectorcalloffset__"],
  ["operator.attrgetter", "a heap type in CPython (__module__)"],
  ["operator.itemgetter", "a heap type in CPython (__module__)"],
  ["operator.methodcaller", "a heap type in CPython (__module__)"],
  ["_io.BufferedRWPair", "an extra readline"],
  ["_io.BufferedRandom", "extra __getstate__ and readlines"],
  ["_io.BufferedReader", "extra __getstate__ and readlines"],
  ["_io.BufferedWriter", "extra __getstate__ and __next__"],
  ["_io.BytesIO", "no __sizeof__"],
  ["_io.FileIO", "no _finalizing member; an extra __getstate__"],
  ["_io.StringIO", "an extra readlines"],
  ["_io.TextIOWrapper", "no _finalizing member; extra __getstate__ and readlines"],
  ["_struct.Struct", "a heap type in CPython (__module__)"],
  ["array.array", "a heap type in CPython (__module__)"],
  ["_random.Random", "a heap type in CPython (__module__)"],
  ["_json.Encoder", "a heap type in CPython (__module__); its attributes are not members"],
  ["_json.Scanner", "a heap type in CPython (__module__)"],
  ["_thread.lock", "methods differ (locked_lock, _at_fork_reinit, _is_owned)"],
  ["_thread.RLock", "methods differ (_acquire_restore, _release_save, ...)"],
  ["_thread._ExceptHookArgs", "not a struct sequence here"],
  ["_thread._local", "a heap type in CPython (__module__); no own __new__"],
]);

/** What differs between CPython's "key=kind" entries and dislab's: keys missing or extra, kinds, order. */
function describe(theirs: string[], ours: string[]): string {
  const name = (e: string) => e.slice(0, e.lastIndexOf("="));
  const theirNames = theirs.map(name);
  const ourNames = ours.map(name);
  const parts: string[] = [];
  const missing = theirs.filter((e) => !ourNames.includes(name(e)));
  const extra = ours.filter((e) => !theirNames.includes(name(e)));
  const kinds = theirs.filter((e) => ourNames.includes(name(e)) && !ours.includes(e)).map((e) => `${e} (dislab: ${ours.find((o) => name(o) === name(e))})`);
  if (missing.length) parts.push(`missing ${missing.join(" ")}`);
  if (extra.length) parts.push(`extra ${extra.join(" ")}`);
  if (kinds.length) parts.push(`kinds ${kinds.join(" ")}`);
  const common = theirNames.filter((n) => ourNames.includes(n));
  if (common.join() !== ourNames.filter((n) => theirNames.includes(n)).join()) parts.push(`order: dislab has ${ourNames.join(" ")}`);
  return parts.join("; ");
}

test("builtin types' own __dict__ as CPython 3.10.2's", async () => {
  const out = dislabOutput(readFileSync(join(projectRoot, "test/objects/type-dicts-dump.py"), "utf8"), (await stdlibCorpus()).root);
  const ours = new Map(out.trimEnd().split("\n").map((l) => {
    const at = l.indexOf(": ");
    return [l.slice(0, at), l.slice(at + 2)] as const;
  }));
  const differing: string[] = [];
  const fixed: string[] = [];
  let same = 0;
  const keys = Object.keys(TYPE_DICTS);
  for (const key of keys) {
    const expected = TYPE_DICTS[key].split(" ").map((e) => {
      const at = e.lastIndexOf(":");
      const kind = e.slice(at + 1);
      return `${e.slice(0, at)}=${KIND_NAMES[kind] ?? kind}`;
    }).join(" ");
    const got = ours.get(key);
    if (got === expected) {
      same++;
      if (KNOWN_DIFFERENT.has(key)) fixed.push(key);
    } else if (!KNOWN_DIFFERENT.has(key)) {
      differing.push(`${key}: ${got === undefined ? "type missing" : describe(expected.split(" "), got.split(" "))}`);
    }
  }
  console.log(`type dicts identical to CPython 3.10.2's: ${same}/${keys.length}`);
  assert.deepEqual(fixed, [], "now identical: remove from KNOWN_DIFFERENT");
  assert.deepEqual(differing, []);
});
