// What CPython's site.py adds to builtins at start-up (site.main's setquit, setcopyright and
// sethelper): quit and exit, copyright, credits and license, help, as instances of the stdlib's
// own _sitebuiltins classes, made with site.py's arguments for a POSIX system. dislab does not
// run site itself (no site-packages, .pth files or sys.path changes): builtins gets the names at
// start-up and their values on first use (pendingSite in objects/foreign-builtins.ts); with -S,
// as in CPython, builtins gets none of them.
import { type PyObj, PyList, asStr, call, getattr, siteHooks } from "../objects/index.ts";
import { interp } from "../vm/interp.ts";
import { importModule } from "./importer.ts";

/** site.setcopyright's credits text. */
const CREDITS = `    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands
    for supporting Python development.  See www.python.org for more information.`;

/** Makes site's names for the builtins dict, in site.main's order, unseen by tracers and profilers. */
function makeSite(): Map<string, PyObj> {
  const b = new Map<string, PyObj>();
  interp.tracing++;
  try {
    addSiteNames(b);
  } finally {
    interp.tracing--;
  }
  return b;
}

function addSiteNames(b: Map<string, PyObj>): void {
  const m = importModule("_sitebuiltins");
  const make = (cls: string, args: PyObj[]) => call(getattr(m, cls), args);
  // os.sep is '/': the end-of-file key is Ctrl-D
  const eof = "Ctrl-D (i.e. EOF)";
  b.set("quit", make("Quitter", ["quit", eof]));
  b.set("exit", make("Quitter", ["exit", eof]));
  b.set("copyright", make("_Printer", ["copyright", interp.sys.dict.getStr("copyright")!]));
  b.set("credits", make("_Printer", ["credits", CREDITS]));
  // the LICENSE files are looked for above the standard library (os.__file__'s folder, which is
  // _sitebuiltins's too), in it, and in the current directory
  const file = asStr(getattr(m, "__file__")) ?? "";
  const here = file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "";
  const files = here === "" ? [] : ["LICENSE.txt", "LICENSE"];
  const dirs = here === "" ? [] : [`${here}/..`, here, "."];
  b.set("license", make("_Printer", ["license", "See https://www.python.org/psf/license/", new PyList(files), new PyList(dirs)]));
  b.set("help", make("_Helper", []));
}
siteHooks.makeSite = makeSite;
