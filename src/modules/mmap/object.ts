// The mmap.mmap object (Modules/mmapmodule.c, 3.10, Unix): the map's bytes in memory, a position
// for the file-like methods, its access mode, and for a file-backed map the file it writes to
// (backing.ts). An anonymous map is memory only. It exports its bytes through the buffer protocol
// (memoryview, bytes(), re), read-only for ACCESS_READ; close() and resize() are refused while a
// view of it is alive (src/objects/buffer-exports.ts).
import { PyObject, PyType, TypeType, ObjectType, valueError, typeError, newExc, BufferError } from "../../objects/index.ts";
import { hasLiveExports } from "../../objects/buffer-exports.ts";
import { inModule } from "../util.ts";
import type { MapFile } from "./backing.ts";
import { osError } from "../errno.ts";

/** Zeroed memory for a map, or ENOMEM past what an ArrayBuffer can hold. */
export function allocate(n: number): Uint8Array {
  try {
    return new Uint8Array(n);
  } catch {
    throw osError("ENOMEM");
  }
}

export const ACCESS_DEFAULT = 0, ACCESS_READ = 1, ACCESS_WRITE = 2, ACCESS_COPY = 3;
export const ACCESS_NAMES = ["ACCESS_DEFAULT", "ACCESS_READ", "ACCESS_WRITE", "ACCESS_COPY"];

export class PyMmap extends PyObject {
  /** The map's bytes; null once closed (CPython's data == NULL). */
  data: Uint8Array | null = null;
  pos = 0;
  offset = 0;
  access = ACCESS_DEFAULT;
  /** MAP_PRIVATE (ACCESS_COPY among them): stores stay in this map. */
  isPrivate = false;
  file: MapFile | null = null;

  /** CHECK_VALID: the open map's bytes. */
  live(): Uint8Array {
    if (this.data === null) throw valueError("mmap closed or invalid");
    return this.data;
  }

  // ---- the buffer protocol (memoryview.ts's BufferExporter) ----
  get bytes(): Uint8Array {
    return this.live();
  }
  get bufferFormat(): string {
    return "B";
  }
  get bufferItemsize(): number {
    return 1;
  }
  get bufferReadonly(): boolean {
    return this.access === ACCESS_READ;
  }

  /** A memoryview's store: the file of a shared map gets it at once, as the map's own stores. */
  bufferWritten(from: number, to: number): void {
    this.touched(from, to);
  }

  /** is_writable: every access but ACCESS_READ may store. */
  checkWritable(): void {
    if (this.access === ACCESS_READ) throw typeError("mmap can't modify a readonly memory map.");
  }
  /** is_resizeable: no live views, and a map whose stores may reach a file (or are its own). */
  checkResizable(): void {
    if (hasLiveExports(this)) throw newExc(BufferError, "mmap can't resize with extant buffers exported.");
    if (this.access !== ACCESS_WRITE && this.access !== ACCESS_DEFAULT) throw typeError("mmap can't resize a readonly or copy-on-write memory map.");
  }

  /** Stores bytes at `at` (already bounds-checked) and passes them on to the file of a shared map. */
  store(at: number, bytes: Uint8Array): void {
    const data = this.live();
    data.set(bytes, at);
    this.file?.sync(data, at, at + bytes.length);
  }
  /** A store of scattered bytes (extended slices, move()): the file gets the range they span. */
  touched(from: number, to: number): void {
    if (this.file !== null && this.data !== null) this.file.sync(this.data, from, to);
  }

  /** resize() once checked: mremap, after the file is cut or extended to match. */
  resize(data: Uint8Array, newSize: number): void {
    if (this.file !== null) {
      this.data = this.file.resize(data, newSize);
      return;
    }
    // (mremap refuses a size of 0)
    if (newSize === 0) throw osError("EINVAL");
    const grown = allocate(newSize);
    grown.set(data.subarray(0, Math.min(data.length, newSize)));
    this.data = grown;
  }

  close(): void {
    if (hasLiveExports(this)) throw newExc(BufferError, "cannot close exported pointers exist");
    const file = this.file, data = this.data;
    this.file = null;
    this.data = null;
    file?.close(data);
  }
}

export const MmapType = inModule(new PyType(TypeType, "mmap.mmap", [ObjectType], (cls) => new PyMmap(cls)), "mmap");
MmapType.qualname = "mmap";
MmapType.solid = MmapType;
// (a C type whose tp_name names its module has __module__ in its dict)
MmapType.ns.set("__module__", "mmap");
