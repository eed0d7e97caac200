// The mmap module's constants as CPython 3.10 exposes them on Linux x86-64 (the oracle, Pyodide,
// has a 64 KiB page and one more MADV_ name; dislab follows the real platform).
export const PAGESIZE = 4096;
export const MAP_SHARED = 1, MAP_PRIVATE = 2, MAP_ANONYMOUS = 0x20;
export const PROT_READ = 1, PROT_WRITE = 2, PROT_EXEC = 4;
export const MADV_DONTNEED = 4;

export const CONSTANTS: [string, number][] = [
  ["PAGESIZE", PAGESIZE],
  // (Unix's allocation granularity is the page size)
  ["ALLOCATIONGRANULARITY", PAGESIZE],
  ["MAP_SHARED", MAP_SHARED],
  ["MAP_PRIVATE", MAP_PRIVATE],
  ["MAP_ANONYMOUS", MAP_ANONYMOUS],
  ["MAP_ANON", MAP_ANONYMOUS],
  ["MAP_DENYWRITE", 0x800],
  ["MAP_EXECUTABLE", 0x1000],
  ["MAP_POPULATE", 0x8000],
  ["PROT_READ", PROT_READ],
  ["PROT_WRITE", PROT_WRITE],
  ["PROT_EXEC", PROT_EXEC],
  ["ACCESS_DEFAULT", 0],
  ["ACCESS_READ", 1],
  ["ACCESS_WRITE", 2],
  ["ACCESS_COPY", 3],
  ["MADV_NORMAL", 0],
  ["MADV_RANDOM", 1],
  ["MADV_SEQUENTIAL", 2],
  ["MADV_WILLNEED", 3],
  ["MADV_DONTNEED", MADV_DONTNEED],
  ["MADV_FREE", 8],
  ["MADV_REMOVE", 9],
  ["MADV_DONTFORK", 10],
  ["MADV_DOFORK", 11],
  ["MADV_MERGEABLE", 12],
  ["MADV_UNMERGEABLE", 13],
  ["MADV_HUGEPAGE", 14],
  ["MADV_NOHUGEPAGE", 15],
  ["MADV_DONTDUMP", 16],
  ["MADV_DODUMP", 17],
  ["MADV_HWPOISON", 100],
];

/** Advice Linux's madvise(2) knows (those above and the newer WIPEONFORK..POPULATE_WRITE, SOFT_OFFLINE); others are EINVAL. */
const ADVICE = new Set([0, 1, 2, 3, 4, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 100, 101]);
export const validAdvice = (option: number): boolean => ADVICE.has(option);
