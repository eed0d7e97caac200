// The code object: the unit the compiler produces, marshal stores, dis shows and the VM runs.
// Fields and their order are CPython 3.10's PyCodeObject as marshal writes it; co_lnotab is derived
// from co_linetable on demand, as it is in 3.10.
import type { PyConstant } from "./constants.ts";
import { coLines, lnotabFromLinetable, type LineRange } from "./linetable.ts";

export interface CodeFields {
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_nlocals: number;
  co_stacksize: number;
  co_flags: number;
  co_code: Uint8Array;
  co_consts: PyConstant[];
  co_names: string[];
  co_varnames: string[];
  co_freevars: string[];
  co_cellvars: string[];
  co_filename: string;
  co_name: string;
  co_firstlineno: number;
  co_linetable: Uint8Array;
}

export class CodeObject implements CodeFields {
  co_argcount!: number;
  co_posonlyargcount!: number;
  co_kwonlyargcount!: number;
  co_nlocals!: number;
  co_stacksize!: number;
  co_flags!: number;
  co_code!: Uint8Array;
  co_consts!: PyConstant[];
  co_names!: string[];
  co_varnames!: string[];
  co_freevars!: string[];
  co_cellvars!: string[];
  co_filename!: string;
  co_name!: string;
  co_firstlineno!: number;
  co_linetable!: Uint8Array;
  /**
   * What a runtime made of this code object, made once (the VM's PyCode, src/objects/code.ts), so
   * that wrapping the same code object twice gives the same runtime object. Not a code field.
   */
  runtime: object | null;

  constructor(f: CodeFields) {
    // Field by field, in declaration order: one shape for every code object, and no generic
    // Object.assign per code object compiled.
    this.co_argcount = f.co_argcount;
    this.co_posonlyargcount = f.co_posonlyargcount;
    this.co_kwonlyargcount = f.co_kwonlyargcount;
    this.co_nlocals = f.co_nlocals;
    this.co_stacksize = f.co_stacksize;
    this.co_flags = f.co_flags;
    this.co_code = f.co_code;
    this.co_consts = f.co_consts;
    this.co_names = f.co_names;
    this.co_varnames = f.co_varnames;
    this.co_freevars = f.co_freevars;
    this.co_cellvars = f.co_cellvars;
    this.co_filename = f.co_filename;
    this.co_name = f.co_name;
    this.co_firstlineno = f.co_firstlineno;
    this.co_linetable = f.co_linetable;
    this.runtime = null;
  }

  get co_lnotab(): Uint8Array {
    return lnotabFromLinetable(this.co_linetable, this.co_firstlineno);
  }

  /** code.co_lines() */
  co_lines(): LineRange[] {
    return coLines(this.co_linetable, this.co_firstlineno);
  }

  /** code.replace(**changes) */
  replace(changes: Partial<CodeFields>): CodeObject {
    return new CodeObject({ ...this.fields(), ...changes });
  }

  /**
   * A code object equal to this one, its nested code objects copied likewise: a compilation's
   * result given out again (compile() of the same text) without sharing an object a caller could
   * tell apart or change (co_filename through _imp._fix_co_filename; `runtime`).
   */
  copy(): CodeObject {
    const c = new CodeObject(this);
    if (this.co_consts.some((x) => x instanceof CodeObject)) c.co_consts = this.co_consts.map((x) => (x instanceof CodeObject ? x.copy() : x));
    return c;
  }

  fields(): CodeFields {
    const { co_argcount, co_posonlyargcount, co_kwonlyargcount, co_nlocals, co_stacksize, co_flags, co_code, co_consts,
      co_names, co_varnames, co_freevars, co_cellvars, co_filename, co_name, co_firstlineno, co_linetable } = this;
    return { co_argcount, co_posonlyargcount, co_kwonlyargcount, co_nlocals, co_stacksize, co_flags, co_code, co_consts,
      co_names, co_varnames, co_freevars, co_cellvars, co_filename, co_name, co_firstlineno, co_linetable };
  }
}
