// itertools' combinatoric iterators and collections.deque given sizes past what can be allocated:
// a Python exception, never V8 aborting the process (an array grown past ~2**27 items) or a
// RangeError surfacing as SystemError. The oracle is a 32-bit build, whose Py_ssize_t ends at
// 2**31 - 1, so test/programs/stdlib/itertools_sizes.py covers only sizes past 2**63; WANT is
// what native CPython 3.10.13 (64-bit) printed for PROGRAM, written down once. dislab refuses
// index vectors of more than 2**26 items with MemoryError, where CPython's allocation fails only
// past the machine's memory (the sizes here fail on both).
import { test } from "node:test";
import assert from "node:assert/strict";
import { runWithStdlib } from "../vm/run-with-stdlib.ts";

const PROGRAM = `import itertools, collections
cases = [
    lambda: list(itertools.permutations([1, 2], 2**70)),
    lambda: list(itertools.permutations([1, 2], 10**12)),
    lambda: list(itertools.combinations([1, 2], 10**12)),
    lambda: list(itertools.combinations_with_replacement([], 10**12)),
    lambda: next(itertools.combinations_with_replacement([1], 2**61)),
    lambda: list(itertools.product([], repeat=10**12)),
    lambda: list(itertools.product(repeat=10**12)),
    lambda: list(itertools.product([1], [], repeat=2**62)),
    lambda: list(itertools.product([1], repeat=2**70)),
    lambda: list(itertools.product(5, repeat=10**12)),
    lambda: collections.deque([1, 2], 2**62),
    lambda: collections.deque([1, 2], 2**63),
]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
`;

const WANT = `OverflowError Python int too large to convert to C ssize_t
MemoryError 
MemoryError 
MemoryError 
MemoryError 
MemoryError 
[()]
OverflowError repeat argument too large
OverflowError Python int too large to convert to C ssize_t
MemoryError 
deque([1, 2], maxlen=4611686018427387904)
OverflowError Python int too large to convert to C ssize_t
`;

test("sizes past what can be allocated raise MemoryError or OverflowError, as 64-bit CPython's do", () => {
  const r = runWithStdlib(PROGRAM);
  assert.equal(r.stderr, "");
  assert.equal(r.stdout, WANT);
});
