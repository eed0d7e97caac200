// The _tracemalloc module (Modules/_tracemalloc.c, 3.10) as it answers while not tracing, which is
// always here: dislab's objects are JavaScript objects, allocated where no hook can see them, so
// there are no traces to keep. What the standard library asks of it when nothing traces works as
// in CPython: `tracemalloc.is_tracing()` is False, a traced object has no traceback, memory figures
// are zero, so warnings with a `source` (ResourceWarning, an unawaited coroutine) end with
// CPython's "Enable tracemalloc to get the object allocation traceback" line. start() raises
// RuntimeError rather than pretend to trace.
import { None, PyList, tuple, valueError, runtimeError, asCInt } from "../objects/index.ts";
import { makeModule, posFn } from "./util.ts";

/** The number of frames a trace would keep (CPython's limit: a uint16). */
const MAX_NFRAME = 65535;
/** get_tracemalloc_memory() before any tracing: the sizes of 64-bit CPython 3.10's empty tables. */
const OWN_MEMORY = 624;

const DOCS = new Map([
  ["_get_object_traceback", "_get_object_traceback($module, obj, /)\n--\n\nGet the traceback where the Python object obj was allocated.\n\nReturn a tuple of (filename: str, lineno: int) tuples.\nReturn None if the tracemalloc module is disabled or did not\ntrace the allocation of the object."],
  ["_get_traces", "_get_traces($module, /)\n--\n\nGet traces of all memory blocks allocated by Python.\n\nReturn a list of (size: int, traceback: tuple) tuples.\ntraceback is a tuple of (filename: str, lineno: int) tuples.\n\nReturn an empty list if the tracemalloc module is disabled."],
  ["clear_traces", "clear_traces($module, /)\n--\n\nClear traces of memory blocks allocated by Python."],
  ["get_traceback_limit", "get_traceback_limit($module, /)\n--\n\nGet the maximum number of frames stored in the traceback of a trace.\n\nBy default, a trace of an allocated memory block only stores\nthe most recent frame: the limit is 1."],
  ["get_traced_memory", "get_traced_memory($module, /)\n--\n\nGet the current size and peak size of memory blocks traced by tracemalloc.\n\nReturns a tuple: (current: int, peak: int)."],
  ["get_tracemalloc_memory", "get_tracemalloc_memory($module, /)\n--\n\nGet the memory usage in bytes of the tracemalloc module.\n\nThis memory is used internally to trace memory allocations."],
  ["is_tracing", "is_tracing($module, /)\n--\n\nReturn True if the tracemalloc module is tracing Python memory allocations."],
  ["reset_peak", "reset_peak($module, /)\n--\n\nSet the peak size of memory blocks traced by tracemalloc to the current size.\n\nDo nothing if the tracemalloc module is not tracing memory allocations."],
  ["start", "start($module, nframe=1, /)\n--\n\nStart tracing Python memory allocations.\n\nAlso set the maximum number of frames stored in the traceback of a\ntrace to nframe."],
  ["stop", "stop($module, /)\n--\n\nStop tracing Python memory allocations.\n\nAlso clear traces of memory blocks allocated by Python."],
]);

export function makeTracemalloc() {
  const none = (name: string) => posFn(`_tracemalloc.${name}`, 0, 0, () => None);
  return makeModule("_tracemalloc", [
    ["is_tracing", posFn("_tracemalloc.is_tracing", 0, 0, () => false)],
    ["clear_traces", none("clear_traces")],
    ["_get_traces", posFn("_tracemalloc._get_traces", 0, 0, () => new PyList([]))],
    ["_get_object_traceback", posFn("_tracemalloc._get_object_traceback", 1, 1, () => None)],
    ["start", posFn("start", 0, 1, ([n]) => {
      const nframe = n === undefined ? 1 : asCInt(n);
      if (nframe < 1 || nframe > MAX_NFRAME) throw valueError(`the number of frames must be in range [1; ${MAX_NFRAME}]`);
      throw runtimeError("dislab cannot trace memory allocations: its objects are JavaScript objects");
    })],
    ["stop", none("stop")],
    ["get_traceback_limit", posFn("_tracemalloc.get_traceback_limit", 0, 0, () => 1)],
    ["get_tracemalloc_memory", posFn("_tracemalloc.get_tracemalloc_memory", 0, 0, () => OWN_MEMORY)],
    ["get_traced_memory", posFn("_tracemalloc.get_traced_memory", 0, 0, () => tuple([0, 0]))],
    ["reset_peak", none("reset_peak")],
  ], [], "Debug module to trace memory blocks allocated by Python.", DOCS);
}
