// The mmap module (Modules/mmapmodule.c, 3.10, Unix): the mmap type, its constants, and error,
// which is OSError itself.
import { type PyModule, OSError, defMethods } from "../../objects/index.ts";
import { makeModule } from "../util.ts";
import { MmapType } from "./object.ts";
import { mmapNew } from "./new.ts";
import { CONSTANTS } from "./constants.ts";
import "./methods.ts";
import "./subscript.ts";

defMethods(MmapType, [["__new__", (cls, args, kw) => mmapNew(cls as never, args, kw)]]);

export function makeMmap(): PyModule {
  return makeModule("mmap", [], [["error", OSError], ["mmap", MmapType], ...CONSTANTS]);
}
