// os.symlink and os.link (posixmodule.c os_symlink_impl, os_link_impl) through the granted HostFS.
// A file system that cannot make links (no HostFS.symlink / link, as MemoryFS) answers EPERM, as
// Linux does on one without them; with no HostFS at all the call is denied (EACCES), as every
// file function is. Errors name both paths ("[Errno 17] File exists: 'a' -> 'b'").
// os.readlink is with the other path functions (files.ts).
import { type PyObj, None, truthy, newExc, exceptionTypes } from "../../objects/index.ts";
import { interp } from "../../vm/interp.ts";
import type { Fn } from "../util.ts";
import { osError } from "../errno.ts";
import { pathArg, checkNull, bind } from "./args.ts";

function noDirFd(fname: string, v: PyObj | undefined): void {
  if (v !== undefined && v !== None) throw newExc(exceptionTypes.get("NotImplementedError")!, `${fname}: dir_fd unavailable on this platform`);
}

/** The two paths of a link call (on Linux one may be str and the other bytes). */
const twoPaths = (fname: string, src: PyObj, dst: PyObj) => [pathArg(fname, "src", src), pathArg(fname, "dst", dst)] as const;

export const linkFunctions: [string, Fn][] = [
  ["symlink", (a, k) => {
    const [src, dst, , dirFd] = bind("symlink", a, k, ["src", "dst", "target_is_directory", "dir_fd"], 2, 0, 3);
    noDirFd("symlink", dirFd);
    const [s, d] = twoPaths("symlink", src!, dst!);
    const fs = interp.host.fs;
    if (fs === undefined) throw osError("EACCES", s.obj, d.obj);
    checkNull(fs.symlink ? fs.symlink(s.path, d.path) : "EPERM", s.obj, d.obj);
    return None;
  }],
  ["link", (a, k) => {
    const [src, dst, sfd, dfd, follow] = bind("link", a, k, ["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"], 2, 0, 3);
    noDirFd("link", sfd);
    noDirFd("link", dfd);
    // (follow_symlinks changes nothing on Linux: CPython 3.10 calls link(), which links a symlink
    // given as src itself, or linkat without AT_SYMLINK_FOLLOW, which does the same)
    if (follow !== undefined) truthy(follow);
    const [s, d] = twoPaths("link", src!, dst!);
    const fs = interp.host.fs;
    if (fs === undefined) throw osError("EACCES", s.obj, d.obj);
    checkNull(fs.link ? fs.link(s.path, d.path) : "EPERM", s.obj, d.obj);
    return None;
  }],
];
