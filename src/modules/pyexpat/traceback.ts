// pyexpat's call_with_frame: when a handler raises, CPython adds a traceback entry for the C
// function that called it (_PyTraceback_Add), so a traceback through a handler shows a line such
// as `File "./Modules/pyexpat.c", line 416, in StartElement`. The file name and line numbers are
// those of the oracle's build (CPython 3.10.2's pyexpat.c), one per handler.
import { PyBaseException, PyTraceback, Frame, wrapCode, type PyCode } from "../../objects/index.ts";
import { CodeObject } from "../../bytecode/code.ts";
import { interp } from "../../vm/interp.ts";

const FILE = "./Modules/pyexpat.c";

/** By handler index (xmlparser.ts's HANDLERS order): the C function's name and line. */
const SITES: [string, number][] = [
  ["StartElement", 416], ["EndElement", 470], ["ProcessingInstruction", 476], ["CharacterData", 281],
  ["UnparsedEntityDecl", 488], ["NotationDecl", 620], ["StartNamespaceDecl", 627], ["EndNamespaceDecl", 632],
  ["Comment", 636], ["StartCdataSection", 640], ["EndCdataSection", 644], ["Default", 648],
  ["DefaultHandlerExpand", 652], ["NotStandalone", 657], ["ExternalEntityRef", 670], ["StartDoctypeDecl", 680],
  ["EndDoctypeDecl", 682], ["EntityDecl", 505], ["XmlDecl", 514], ["ElementDecl", 576], ["AttlistDecl", 601],
  ["SkippedEntity", 609],
];

const codes: (PyCode | undefined)[] = [];

/** PyCode_NewEmpty(FILE, name, line) for a handler, made once. */
function codeFor(h: number): PyCode {
  let c = codes[h];
  if (c === undefined) {
    const [name, line] = SITES[h];
    const empty: string[] = [];
    c = wrapCode(new CodeObject({
      co_argcount: 0, co_posonlyargcount: 0, co_kwonlyargcount: 0, co_nlocals: 0, co_stacksize: 0, co_flags: 0,
      co_code: new Uint8Array(0), co_consts: [], co_names: empty, co_varnames: empty, co_freevars: empty, co_cellvars: empty,
      co_filename: FILE, co_name: name, co_firstlineno: line, co_linetable: new Uint8Array(0),
    }));
    codes[h] = c;
  }
  return c;
}

/** Adds the entry for handler `h` in front of the exception's traceback. */
export function addHandlerTraceback(e: unknown, h: number): void {
  if (!(e instanceof PyBaseException)) return;
  const caller = interp.frame;
  if (caller === null) return;
  const f = new Frame(codeFor(h), caller.globals, caller.builtins, null);
  f.back = caller;
  e.traceback = new PyTraceback(e.traceback, f, 0, SITES[h][1]);
}
