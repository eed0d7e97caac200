// The file behind a file-backed map, through the embedder's HostFS (there is no real mmap(2): a
// map is a copy of the file's bytes in memory). What a program can observe of a shared mapping on
// Linux is kept for one direction: a store into a MAP_SHARED map that may write reaches the file
// at once (write-through), so reading the file back, in this process or another, sees it without
// flush(). The other direction is not modelled: what is written to the file through a descriptor
// after the map is made does not show in the map. A memoryview's stores are passed on at once too
// (BufferExporter.bufferWritten); those that write the buffer's memory directly (struct.pack_into,
// readinto) reach the file at the next flush(), close() or resize(), as msync() would write them;
// a shadow copy of what the file last got from the map tells which bytes changed, so only those
// are written and the file's other bytes are left alone.
import type { FdOps } from "../posix/descriptors.ts";
import { osError } from "../errno.ts";
import { allocate } from "./object.ts";

const READ_CHUNK = 1 << 24;

/** A host error as OSError (mmap.error). */
function check<T>(r: T | string): T {
  if (typeof r === "string") throw osError(r);
  return r;
}

export class MapFile {
  /** What the file holds in the map's window, as far as the map knows: written-through bytes compare equal. */
  private shadow: Uint8Array;
  constructor(
    readonly ops: FdOps,
    /** The map's own descriptor (a reopened copy), or the program's when the HostFS cannot reopen. */
    readonly fd: number,
    /** Whether fd is the map's own, to close with the map (else the program's, left open). */
    readonly owned: boolean,
    /** The file offset of the map's first byte. */
    readonly offset: number,
    /** Whether stores reach the file (MAP_SHARED with write access). */
    readonly shared: boolean,
  ) {
    this.shadow = new Uint8Array(0);
  }

  /** The file's bytes in [offset + from, offset + to), zeros past its end. */
  read(from: number, to: number): Uint8Array {
    const out = allocate(to - from);
    this.at(from, () => {
      let got = 0;
      while (got < out.length) {
        // in pieces: a host read of gigabytes at once fails (Node's limit is 2 GiB)
        const b = check(this.ops.read(this.fd, Math.min(out.length - got, READ_CHUNK)));
        if (b.length === 0) break;
        out.set(b, got);
        got += b.length;
      }
    });
    return out;
  }

  /** The map's first contents (the file's window), remembered as what the file holds. */
  load(size: number): Uint8Array {
    const data = this.read(0, size);
    if (this.shared) this.shadow = data.slice();
    return data;
  }

  /** Writes data[from, to) where it differs from what the file was last given (msync of that range). */
  sync(data: Uint8Array, from = 0, to = data.length): void {
    if (!this.shared) return;
    const shadow = this.shadow;
    let i = from;
    while (i < to) {
      if (data[i] === shadow[i]) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < to && data[j] !== shadow[j]) j++;
      const run = data.slice(i, j);
      this.at(i, () => {
        for (let done = 0; done < run.length;) done += check(this.ops.write(this.fd, run.subarray(done)));
      });
      shadow.set(run, i);
      i = j;
    }
  }

  /** st_size of the file (size()). */
  fileSize(): number {
    return check(this.ops.fstat(this.fd)).size;
  }

  /** resize(): the file is cut or extended to end with the map; the new contents of the window. */
  resize(data: Uint8Array, newSize: number): Uint8Array {
    this.sync(data);
    const e = this.ops.ftruncate(this.fd, this.offset + newSize);
    if (e !== null) throw osError(e);
    // (mremap refuses a size of 0, after ftruncate has done its part; the map stays as it was)
    if (newSize === 0) throw osError("EINVAL");
    const out = allocate(newSize);
    out.set(data.subarray(0, Math.min(data.length, newSize)));
    if (newSize > data.length) out.set(this.read(data.length, newSize), data.length);
    if (this.shared) this.shadow = out.slice();
    return out;
  }

  /** close(): the last stores go out, as munmap leaves them in the file; close() itself never fails. */
  close(data: Uint8Array | null): void {
    try {
      if (data !== null) this.sync(data);
    } catch {
      // (only a borrowed descriptor the program closed already can fail here)
    }
    if (this.owned) this.ops.close(this.fd);
  }

  /** Runs io with fd positioned at the map's byte `rel`; the program's own descriptor gets its position back. */
  private at(rel: number, io: () => void): void {
    const saved = this.owned ? -1 : check(this.ops.lseek(this.fd, 0, 1));
    check(this.ops.lseek(this.fd, this.offset + rel, 0));
    try {
      io();
    } finally {
      if (saved >= 0) this.ops.lseek(this.fd, saved, 0);
    }
  }
}
