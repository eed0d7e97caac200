// The _queue module (Modules/_queuemodule.c): SimpleQueue, an unbounded FIFO queue, and Empty,
// which queue.py takes from here. dislab runs one thread, so nothing can put an item while get()
// waits: an empty queue's get() with a timeout waits the timeout out (as time.sleep waits) and
// raises Empty, and without one it would wait forever in CPython, so it raises RuntimeError
// ("deadlock: ...") instead, as _thread's locks and blocking sockets do.
import {
  type PyObj, PyObject, PyType, PyTuple, TypeType, ObjectType, Exception as ExceptionT, None, PyFloat, PyGenericAlias, RuntimeError,
  defMethods, defClassMethods, bindArgs, truthy, newExc, typeError, valueError, asIndex, OverflowError, PyModule,
} from "../objects/index.ts";
import { makeModule } from "./util.ts";
import { waitMs, checkInterrupt } from "./socket/net.ts";

/** _queue.Empty (PyErr_NewExceptionWithDoc: a heap class of Exception). */
const EmptyType = new PyType(TypeType, "Empty", [ExceptionT]);
EmptyType.heap = true;
EmptyType.hasDict = true;
EmptyType.weakrefable = true;
EmptyType.ns.set("__module__", "_queue");
EmptyType.ns.set("__doc__", "Exception raised by Queue.get(block=0)/get_nowait().");

export const SimpleQueueType = new PyType(TypeType, "_queue.SimpleQueue", [ObjectType]);
SimpleQueueType.staticModule = "_queue";
SimpleQueueType.qualname = "SimpleQueue";
SimpleQueueType.solid = SimpleQueueType;
SimpleQueueType.ns.set("__doc__", "Simple, unbounded, reentrant FIFO queue.");
// (a static type whose tp_name has a dot keeps its module in its dict too)
SimpleQueueType.ns.set("__module__", "_queue");

class PySimpleQueue extends PyObject {
  items: PyObj[] = [];
  /** Index of the oldest item in `items` (taken items are dropped in batches). */
  head = 0;
  get size(): number {
    return this.items.length - this.head;
  }
  take(): PyObj {
    const x = this.items[this.head]!;
    this.items[this.head++] = None;
    if (this.head > 32 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return x;
  }
}
SimpleQueueType.factory = (cls) => new PySimpleQueue(cls);
const Q = (x: PyObj) => x as PySimpleQueue;

/** _PyTime_FromSecondsObject: a timeout in seconds, a float or an int (through __index__). */
function timeoutSeconds(t: PyObj): number {
  let s: number;
  if (t instanceof PyFloat) {
    if (Number.isNaN(t.value)) throw valueError("Invalid value NaN (not a number)");
    s = t.value;
  } else s = Number(asIndex(t));
  if (!(Math.abs(s * 1e9) < 2 ** 63)) throw newExc(OverflowError, "timestamp too large to convert to C _PyTime_t");
  return s;
}

function get(q: PySimpleQueue, block: boolean, timeout: PyObj): PyObj {
  let seconds = -1;
  if (block && timeout !== None) {
    seconds = timeoutSeconds(timeout);
    if (seconds < 0) throw valueError("'timeout' must be a non-negative number");
  }
  if (q.size > 0) return q.take();
  if (!block) throw newExc(EmptyType);
  if (seconds < 0) {
    throw newExc(RuntimeError, "deadlock: get() from an empty SimpleQueue would wait forever (a program with one thread cannot put an item while it waits)");
  }
  waitMs(seconds * 1000);
  checkInterrupt();
  throw newExc(EmptyType);
}

defMethods(SimpleQueueType, [
  ["__new__", (cls, a, k) => {
    if (cls === SimpleQueueType) {
      if (k !== null && k.length > 0) throw typeError("SimpleQueue() takes no keyword arguments");
      if (a.length > 0) throw typeError("SimpleQueue() takes no positional arguments");
    }
    return new PySimpleQueue(cls as PyType);
  }],
  ["put", (s, a, k) => {
    // (block and timeout are accepted for compatibility with Queue.put, and never used)
    const [item] = bindArgs("put", a, k, ["item", "block", "timeout"], 1);
    Q(s).items.push(item!);
    return None;
  }],
  ["put_nowait", (s, a, k) => {
    const [item] = bindArgs("put_nowait", a, k, ["item"], 1);
    Q(s).items.push(item!);
    return None;
  }],
  ["get", (s, a, k) => {
    const [block, timeout] = bindArgs("get", a, k, ["block", "timeout"], 0);
    return get(Q(s), block === undefined || truthy(block), timeout ?? None);
  }],
  ["get_nowait", (s) => get(Q(s), false, None), 0, 0],
  ["empty", (s) => Q(s).size === 0, 0, 0],
  ["qsize", (s) => Q(s).size, 0, 0],
]);
defClassMethods(SimpleQueueType, [
  ["__class_getitem__", (cls, args) => new PyGenericAlias(cls, args[0] instanceof PyTuple ? args[0].items.slice() : [args[0]])],
]);

export function makeQueue(): PyModule {
  return makeModule("_queue", [], [["Empty", EmptyType], ["SimpleQueue", SimpleQueueType]],
    "C implementation of the Python queue module.\nThis module is an implementation detail, please do not use it directly.");
}
