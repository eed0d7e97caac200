// os.scandir and os.DirEntry (posixmodule.c ScandirIterator / DirEntry): the names are read when
// the iterator is made; each entry's stat is fetched on first use and cached, as CPython caches it
// (without d_type, is_dir/is_file need one stat; is_symlink an lstat).
import {
  type PyObj, PyObject, PyType, TypeType, ObjectType, None, typeError, defMethods, defGetters, newExc, StopIteration, truthy, repr,
  PyGenericAlias, defClassMethods, PyTuple,
} from "../../objects/index.ts";
import type { HostStat } from "../../vm/host-fs.ts";
import { inModule } from "../util.ts";
import { pathArg, pathResult, hostFS, check, bind } from "./args.ts";
import { statResult } from "./stat.ts";

const S_IFMT = 0o170000;

export const DirEntryType = inModule(new PyType(TypeType, "DirEntry", [ObjectType]), "posix");
DirEntryType.solid = DirEntryType;
DirEntryType.baseAllowed = false;

class PyDirEntry extends PyObject {
  private statCache: HostStat | null = null;
  private lstatCache: HostStat | null = null;
  constructor(
    public name: PyObj,
    public path: PyObj,
    /** The host path used for stat calls. */
    public hostPath: string,
  ) {
    super(DirEntryType);
  }
  stat(follow: boolean): HostStat {
    if (follow) {
      if (this.statCache === null) this.statCache = check(hostFS(this.path).stat(this.hostPath, true), this.path);
      return this.statCache;
    }
    if (this.lstatCache === null) this.lstatCache = check(hostFS(this.path).stat(this.hostPath, false), this.path);
    return this.lstatCache;
  }
  /** is_dir/is_file: a missing file is neither (FileNotFoundError is swallowed, as CPython does). */
  testMode(follow: boolean, want: number): boolean {
    try {
      return (this.stat(follow).mode & S_IFMT) === want;
    } catch (e) {
      if (e instanceof PyObject && (e as { cls: PyType }).cls.name === "FileNotFoundError") return false;
      throw e;
    }
  }
}
const DE = (x: PyObj) => x as PyDirEntry;

function followArg(fname: string, a: PyObj[], k: readonly string[] | null): boolean {
  const [f] = bind(fname, a, k, ["follow_symlinks"], 0, 0, 0);
  return f === undefined || truthy(f);
}

defMethods(DirEntryType, [
  ["__new__", () => {
    throw typeError("cannot create 'posix.DirEntry' instances");
  }],
  ["is_dir", (s, a, k) => DE(s).testMode(followArg("is_dir", a, k), 0o040000)],
  ["is_file", (s, a, k) => DE(s).testMode(followArg("is_file", a, k), 0o100000)],
  ["is_symlink", (s) => DE(s).testMode(false, 0o120000), 0, 0],
  ["stat", (s, a, k) => statResult(DE(s).stat(followArg("stat", a, k)))],
  ["inode", (s) => DE(s).stat(false).ino, 0, 0],
  ["__fspath__", (s) => DE(s).path, 0, 0],
  ["__repr__", (s) => `<DirEntry ${repr(DE(s).name)}>`, 0, 0],
]);
defGetters(DirEntryType, [
  ["name", (s) => DE(s).name],
  ["path", (s) => DE(s).path],
]);
defClassMethods(DirEntryType, [["__class_getitem__", (cls, args) => new PyGenericAlias(cls, args[0] instanceof PyTuple ? args[0].items.slice() : [args[0]])]]);

export const ScandirIteratorType = inModule(new PyType(TypeType, "ScandirIterator", [ObjectType]), "posix");
ScandirIteratorType.solid = ScandirIteratorType;
ScandirIteratorType.baseAllowed = false;

class PyScandirIterator extends PyObject {
  pos = 0;
  constructor(public entries: PyDirEntry[]) {
    super(ScandirIteratorType);
  }
}
const SI = (x: PyObj) => x as PyScandirIterator;
defMethods(ScandirIteratorType, [
  ["__new__", () => {
    throw typeError("cannot create 'posix.ScandirIterator' instances");
  }],
  ["__iter__", (s) => s, 0, 0],
  ["__next__", (s) => {
    const it = SI(s);
    if (it.pos >= it.entries.length) throw newExc(StopIteration);
    return it.entries[it.pos++];
  }, 0, 0],
  ["close", (s) => {
    SI(s).pos = SI(s).entries.length;
    return None;
  }, 0, 0],
  ["__enter__", (s) => s, 0, 0],
  ["__exit__", (s) => {
    SI(s).pos = SI(s).entries.length;
    return false;
  }],
]);

/** os.scandir(path='.'). */
export function scandir(a: PyObj[], k: readonly string[] | null): PyObj {
  const [path] = bind("scandir", a, k, ["path"], 0);
  const p = path === undefined || path === None ? { path: ".", bytes: false, obj: "." as PyObj, fd: null } : pathArg("scandir", "path", path, { none: true, fd: true });
  if (p.fd !== null) throw typeError("scandir: file descriptors are not supported by dislab's file systems");
  const names = check(hostFS(p.obj).listdir(p.path), p.obj);
  const dir = p.path.endsWith("/") ? p.path : p.path + "/";
  return new PyScandirIterator(names.map((n) => new PyDirEntry(pathResult(n, p.bytes), pathResult(dir + n, p.bytes), dir + n)));
}
