// Writes still sitting in buffers of files the program never closed. CPython flushes such a file
// when its last reference dies (open(p, "w").write(s) is written at once) and at interpreter
// exit; dislab has no reference counting, so it flushes them at the two moments a program can
// notice: before another file is opened (so that open(p).read() sees what was written) and when
// sys.stdout is flushed, which the end of every program does (flush_std_files).
import { interp } from "../../vm/interp.ts";

const writers = new WeakMap<object, Map<object, () => void>>();

function current(): Map<object, () => void> {
  let m = writers.get(interp);
  if (m === undefined) {
    m = new Map();
    writers.set(interp, m);
  }
  return m;
}

/** Remembers a stream with pending writes and how to flush it (its errors are ignored). */
export function trackWriter(stream: object, flush: () => void): void {
  current().set(stream, flush);
}

export function untrackWriter(stream: object): void {
  writers.get(interp)?.delete(stream);
}

/** Flushes every tracked stream, text layers before the buffers under them. */
export function flushAllWriters(): void {
  const m = writers.get(interp);
  if (m === undefined || m.size === 0) return;
  for (const flush of [...m.values()].reverse()) {
    try {
      flush();
    } catch {
      // as a finaliser's error, it has nowhere to go
    }
  }
}
