// The select module (Modules/selectmodule.c) for dislab's descriptors: the standard streams and the
// HostFS's files, which never block (a pipe's or file's data is there when read), so every
// descriptor asked about is ready. select() and poll() answer so; there is no epoll, so the
// selectors module uses its PollSelector.
import {
  type PyObj, PyObject, PyType, PyList, PyDict, TypeType, ObjectType, None, OSError, tuple, toArray, typeOf, asInt, callMethod, typeError,
  valueError, defMethods, newExc, KeyError,
} from "../objects/index.ts";
import { makeModule, inModule, asDouble } from "./util.ts";
import { fdArg } from "./posix/args.ts";
import { osError } from "./errno.ts";

const POLLIN = 1, POLLPRI = 2, POLLOUT = 4, POLLERR = 8, POLLHUP = 16, POLLNVAL = 32;

/** PyObject_AsFileDescriptor: an int, or the result of fileno(). */
function fileDescriptor(x: PyObj): number {
  let v: PyObj = x;
  if (asInt(x) === null) {
    if (typeOf(x).lookup("fileno") === undefined) throw typeError("argument must be an int, or have a fileno() method.");
    v = callMethod(x, "fileno", []);
    if (asInt(v) === null) throw typeError("fileno() returned a non-integer");
  }
  const fd = fdArg(v);
  if (fd < 0) throw valueError(`file descriptor cannot be a negative integer (${fd})`);
  return fd;
}

function timeoutArg(t: PyObj | undefined): void {
  if (t === undefined || t === None) return;
  const v = asDouble(t);
  if (Number.isNaN(v)) throw valueError("Invalid value NaN (not a number)");
  if (v < 0) throw valueError("timeout must be non-negative");
}

export const PollType = inModule(new PyType(TypeType, "poll", [ObjectType]), "select");
PollType.solid = PollType;
PollType.baseAllowed = false;
class PyPoll extends PyObject {
  readonly fds = new Map<number, number>();
}
const P = (x: PyObj) => x as PyPoll;
defMethods(PollType, [
  ["register", (s, a) => {
    if (a.length < 1 || a.length > 2) throw typeError(`register expected at most 2 arguments, got ${a.length}`);
    P(s).fds.set(fileDescriptor(a[0]), a.length > 1 ? Number(asInt(a[1]) ?? 0) & 0xffff : POLLIN | POLLPRI | POLLOUT);
    return None;
  }],
  ["modify", (s, a) => {
    if (a.length !== 2) throw typeError(`modify expected 2 arguments, got ${a.length}`);
    const fd = fileDescriptor(a[0]);
    if (!P(s).fds.has(fd)) throw osError("ENOENT");
    P(s).fds.set(fd, Number(asInt(a[1]) ?? 0) & 0xffff);
    return None;
  }],
  ["unregister", (s, [fdObj]) => {
    const fd = fileDescriptor(fdObj);
    if (!P(s).fds.delete(fd)) throw newExc(KeyError, fd);
    return None;
  }, 1, 1],
  ["poll", (s, a) => {
    if (a.length > 1) throw typeError(`poll expected at most 1 argument, got ${a.length}`);
    timeoutArg(a[0]);
    const out: PyObj[] = [];
    for (const [fd, mask] of P(s).fds) {
      const ready = mask & (POLLIN | POLLOUT);
      if (ready) out.push(tuple([fd, ready]));
    }
    return new PyList(out);
  }],
]);

export function makeSelect() {
  return makeModule("select", [
    ["select", (a) => {
      if (a.length < 3 || a.length > 4) throw typeError(`select expected ${a.length < 3 ? "at least 3" : "at most 4"} arguments, got ${a.length}`);
      timeoutArg(a[3]);
      const lists = a.slice(0, 3).map((x) => {
        const items = toArray(x);
        items.forEach(fileDescriptor);
        return items;
      });
      // every descriptor is ready for reading and writing; none has an exceptional condition
      return tuple([new PyList(lists[0]), new PyList(lists[1]), new PyList([])]);
    }],
    ["poll", (a) => {
      if (a.length) throw typeError(`poll() takes no arguments (${a.length} given)`);
      return new PyPoll(PollType);
    }],
  ], [
    ["error", OSError], ["PIPE_BUF", 4096], ["POLLIN", POLLIN], ["POLLPRI", POLLPRI], ["POLLOUT", POLLOUT], ["POLLERR", POLLERR],
    ["POLLHUP", POLLHUP], ["POLLNVAL", POLLNVAL], ["POLLRDNORM", 64], ["POLLRDBAND", 128], ["POLLWRNORM", 256], ["POLLWRBAND", 512],
    ["POLLMSG", 1024], ["POLLRDHUP", 8192],
  ], "This module supports asynchronous I/O on multiple file descriptors.\n\n*** IMPORTANT NOTICE ***\nOn Windows, only sockets are supported; on Unix, all file descriptors.");
}
void PyDict;
