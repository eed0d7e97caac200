// The _warnings module as far as the import system needs it: importlib._bootstrap loads it at
// setup and calls _warnings.warn. dislab runs the warnings module's Python implementation
// (Lib/warnings.py falls back to it when _warnings lacks `filters`), so warn and warn_explicit
// here hand over to it: a native call adds no frame, so stacklevel counts the same frames.
import { type PyObj, PyModule, call, getattr } from "../objects/index.ts";
import { interp } from "../vm/interp.ts";
import { makeModule } from "./util.ts";

let importer: (name: string) => PyObj = () => {
  throw new Error("_warnings: no importer");
};
/** The importer (src/builtins/importer.ts) that loads the warnings module on first use. */
export const setWarningsImporter = (f: typeof importer) => (importer = f);

const forward = (name: string) => (args: PyObj[], kw: readonly string[] | null): PyObj => {
  const w = interp.modules.getStr("warnings") ?? importer("warnings");
  return call(getattr(w, name), args, kw);
};

export function makeWarnings(): PyModule {
  return makeModule("_warnings", [["warn", forward("warn")], ["warn_explicit", forward("warn_explicit")]], [],
    "_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up.");
}
