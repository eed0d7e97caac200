// The roots of buffer-exports.ts's reachability walk: the running frame and its callers, sys.modules,
// builtins and the exception being handled; and the instructions run, which bound the walks' cost. Everything a program can still name is reachable from
// these (generators and their frames through the objects that hold them).
import { setExportRoots } from "../objects/buffer-exports.ts";
import { interp } from "./interp.ts";

setExportRoots(() => {
  const I = interp as unknown as { frame?: unknown; modules?: unknown; builtins?: unknown; excInfo?: unknown; sys?: unknown };
  return [I.frame, I.modules, I.builtins, I.excInfo, I.sys];
}, () => interp.steps);
