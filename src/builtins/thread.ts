// The _thread module (Modules/_threadmodule.c) for a single-threaded interpreter: locks that are
// always acquirable by the only thread (a blocking acquire of a held plain lock would wait
// forever, so it returns False after the timeout or raises the deadlock CPython would hang in),
// RLock with its owner count, get_ident, and _local as a plain attribute holder.
import {
  type PyObj, PyObject, PyType, PyModule, PyBuiltinFunction, PyDict, None, TypeType, ObjectType, typeError, defMethods, truthy, RuntimeError,
  newExc, asIndex, PyFloat, addr,
} from "./sys-imports.ts";

export const THREAD_ID = 140000000000001;

/** A static type of _thread: its name is CPython's tp_name ("_thread.lock", which messages show), __name__/__qualname__ the short one. */
function threadType(name: string): PyType {
  const t = new PyType(TypeType, `_thread.${name}`, [ObjectType]);
  t.staticModule = "_thread";
  t.qualname = name;
  return t;
}

function lockType(name: string, reentrant: boolean): PyType {
  const t = threadType(name);
  t.solid = t;
  t.factory = (cls) => new PyLock(cls);
  const L = (x: PyObj) => x as PyLock;
  const acquire = (s: PyObj, args: PyObj[]) => {
    const l = L(s);
    const blocking = args.length ? truthy(args[0]) : true;
    if (l.count > 0 && !reentrant) {
      if (!blocking) return false;
      const timeout = args.length > 1 ? (args[1] instanceof PyFloat ? args[1].value : Number(asIndex(args[1]))) : -1;
      if (timeout >= 0) return false;
      throw newExc(RuntimeError, "deadlock: acquiring a lock this (only) thread already holds");
    }
    l.count++;
    return true;
  };
  const release = (s: PyObj) => {
    const l = L(s);
    if (l.count === 0) throw newExc(RuntimeError, reentrant ? "cannot release un-acquired lock" : "release unlocked lock");
    l.count--;
    return None;
  };
  defMethods(t, [
    ["acquire", (s, a) => acquire(s, a)],
    ["acquire_lock", (s, a) => acquire(s, a)],
    ["__enter__", (s, a) => acquire(s, a)],
    ["release", (s) => release(s), 0, 0],
    ["release_lock", (s) => release(s), 0, 0],
    ["__exit__", (s) => release(s)],
    ["locked", (s) => L(s).count > 0, 0, 0],
    ["_is_owned", (s) => L(s).count > 0, 0, 0],
    ["__repr__", (s) => `<${L(s).count > 0 ? "locked" : "unlocked"} _thread.${name} object at ${addr(s)}>`, 0, 0],
  ]);
  return t;
}
class PyLock extends PyObject {
  count = 0;
}
const LockType = lockType("lock", false);
const RLockType = lockType("RLock", true);
const LocalType = threadType("_local");
LocalType.hasDict = true;

export function makeThread(): PyModule {
  const m = new PyModule("_thread");
  const d = m.dict;
  const fn = (n: string, f: (a: PyObj[]) => PyObj) => d.setStr(n, new PyBuiltinFunction(n, (a) => f(a), m));
  d.setStr("LockType", LockType);
  d.setStr("lock", LockType);
  d.setStr("RLock", RLockType);
  d.setStr("_local", LocalType);
  d.setStr("error", RuntimeError);
  d.setStr("TIMEOUT_MAX", new PyFloat(9223372036.0));
  fn("allocate_lock", () => new PyLock(LockType));
  fn("allocate", () => new PyLock(LockType));
  // the lock threading.py's main thread holds for its lifetime (released when a thread state ends)
  fn("_set_sentinel", () => new PyLock(LockType));
  fn("get_ident", () => THREAD_ID);
  fn("get_native_id", () => 1);
  fn("_count", () => 0);
  fn("stack_size", () => 0);
  fn("daemon_threads_allowed", () => true);
  fn("start_new_thread", () => {
    throw newExc(RuntimeError, "can't start new thread");
  });
  fn("interrupt_main", () => None);
  void typeError;
  void PyDict;
  return m;
}
