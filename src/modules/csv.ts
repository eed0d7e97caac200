// The _csv module (Modules/_csv.c, 3.10) that csv.py is built on: Dialect (the validated
// formatting parameters), reader (a state machine fed one character at a time, rows spanning
// lines inside quotes), writer (quoting by QUOTE_* and escaping), the dialect registry and
// field_size_limit, with CPython's messages. Dialect characters are code points (NOT_SET when
// absent) so a delimiter outside the BMP works as in CPython.
import {
  type PyObj, PyObject, PyType, PyModule, PyList, PyDict, PyFloat, TypeType, ObjectType, Exception as ExceptionT, OverflowError,
  StopIteration, None, defMethods, defGetters, asStr, typeOf, typeError, attributeError, newExc, call, str, iter, next, getattrOpt, truthy,
  floatNew, FloatType, asMembers, getattr, PyBaseException, TypeError as TypeErrorT, isNumber, byArity,
} from "../objects/index.ts";
import { makeModule, inModule, type Fn } from "./util.ts";
import { CSV_DOCS } from "./csv-docs.ts";

const QUOTE_MINIMAL = 0;
const QUOTE_ALL = 1;
const QUOTE_NONNUMERIC = 2;
const QUOTE_NONE = 3;
/** A dialect character that is not set (escapechar, quotechar); no code point equals it. */
const NOT_SET = -1;
/** The end of an input line, fed to the reader's state machine after its last character. */
const EOL = -2;

/** _csv.Error (PyErr_NewException("_csv.Error", NULL, NULL)). */
const CsvError = new PyType(TypeType, "Error", [ExceptionT], null);
CsvError.staticModule = "_csv";
CsvError.isException = true;
CsvError.hasDict = true;
const csvError = (msg: string) => newExc(CsvError, msg);

/**
 * The module state: the dialect registry and the field size limit, one per import of _csv (each
 * interpreter imports it once). Readers keep the state they were made with; Dialect(name), a
 * method of the shared type, looks names up in the state of the latest import.
 */
interface CsvState {
  dialects: PyDict;
  fieldLimit: number;
}
let current: CsvState = { dialects: new PyDict(), fieldLimit: 128 * 1024 };

// ---- Dialect ----------------------------------------------------------------------------------------

const DialectType = inModule(new PyType(TypeType, "_csv.Dialect", [ObjectType]), "_csv");
DialectType.qualname = "Dialect";
DialectType.solid = DialectType;

class PyDialect extends PyObject {
  delimiter = 0x2c;
  doublequote = true;
  escapechar = NOT_SET;
  lineterminator = "\r\n";
  quotechar = 0x22;
  quoting = QUOTE_MINIMAL;
  skipinitialspace = false;
  strict = false;
}
DialectType.factory = (cls) => new PyDialect(cls);
DialectType.ns.set("__doc__", CSV_DOCS.get("Dialect")!);
const DI = (x: PyObj) => x as PyDialect;

const DIALECT_KWS = ["dialect", "delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"];

/** PyArg_ParseTupleAndKeywords(args, kwargs, "|OOOOOOOOO", dialect_kws): a nameless "function". */
function bindDialectArgs(args: PyObj[], kw: readonly string[] | null): (PyObj | undefined)[] {
  const nkw = kw ? kw.length : 0;
  const npos = args.length - nkw;
  const total = args.length;
  if (total > DIALECT_KWS.length) throw typeError(`function takes at most ${DIALECT_KWS.length} arguments (${total} given)`);
  const out: (PyObj | undefined)[] = new Array(DIALECT_KWS.length).fill(undefined);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const idx = DIALECT_KWS.indexOf(kw![k]);
    if (idx < 0) throw typeError(`'${kw![k]}' is an invalid keyword argument for this function`);
    if (idx < npos) throw typeError(`argument for function given by name ('${kw![k]}') and position (${idx + 1})`);
    out[idx] = args[npos + k];
  }
  return out;
}

const codePoint = (s: string): number => s.codePointAt(0)!;
const charLength = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++, n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return n;
};

/** _set_char: a 1-character string (an empty one leaves it NOT_SET, caught by the delimiter check). */
function setChar(name: string, src: PyObj | undefined, dflt: number): number {
  if (src === undefined) return dflt;
  const s = asStr(src);
  if (s === null) throw typeError(`"${name}" must be string, not ${typeOf(src).name}`);
  const n = charLength(s);
  if (n > 1) throw typeError(`"${name}" must be a 1-character string`);
  return n === 0 ? NOT_SET : codePoint(s);
}

/** _set_char_or_none: as setChar, None (or "") meaning not set. */
function setCharOrNone(name: string, src: PyObj | undefined, dflt: number): number {
  if (src === undefined) return dflt;
  if (src === None) return NOT_SET;
  const s = asStr(src);
  if (s === null) throw typeError(`"${name}" must be string or None, not ${typeOf(src).name}`);
  const n = charLength(s);
  if (n > 1) throw typeError(`"${name}" must be a 1-character string`);
  return n === 0 ? NOT_SET : codePoint(s);
}

/** PyLong_CheckExact: an int, not a bool or an int subclass. */
const isExactInt = (x: PyObj): x is number | bigint => typeof x === "number" || typeof x === "bigint";

function setInt(name: string, src: PyObj | undefined, dflt: number): number {
  if (src === undefined) return dflt;
  if (!isExactInt(src)) throw typeError(`"${name}" must be an integer`);
  if (typeof src === "bigint" || src > 2147483647 || src < -2147483648) throw newExc(OverflowError, "Python int too large to convert to C int");
  return src;
}

function dialectNew(cls: PyType, args: PyObj[], kw: readonly string[] | null): PyObj {
  const v = bindDialectArgs(args, kw);
  let dialect = v[0];
  let [, delimiter, doublequote, escapechar, lineterminator, quotechar, quoting, skipinitialspace, strict] = v;
  if (dialect !== undefined) {
    if (asStr(dialect) !== null) dialect = dialectFromRegistry(current, dialect);
    // can this instance be reused?
    if (dialect instanceof PyDialect && v.slice(1).every((x) => x === undefined)) return dialect;
  }
  const self = cls.factory ? (cls.factory(cls) as PyDialect) : new PyDialect(cls);
  if (cls.hasDict && self.dict === null) self.dict = new PyDict();
  if (dialect !== undefined) {
    const d = dialect;
    // DIALECT_GETATTR: a missing or failing attribute (any Exception, PyErr_Clear) means "not given"
    const from = (x: PyObj | undefined, name: string): PyObj | undefined => {
      if (x !== undefined) return x;
      try {
        return getattr(d, name);
      } catch (e) {
        if (e instanceof PyBaseException && e.cls.isSubtype(ExceptionT)) return undefined;
        throw e;
      }
    };
    delimiter = from(delimiter, "delimiter");
    doublequote = from(doublequote, "doublequote");
    escapechar = from(escapechar, "escapechar");
    lineterminator = from(lineterminator, "lineterminator");
    quotechar = from(quotechar, "quotechar");
    quoting = from(quoting, "quoting");
    skipinitialspace = from(skipinitialspace, "skipinitialspace");
    strict = from(strict, "strict");
  }
  self.delimiter = setChar("delimiter", delimiter, 0x2c);
  self.doublequote = doublequote === undefined ? true : truthy(doublequote);
  self.escapechar = setCharOrNone("escapechar", escapechar, NOT_SET);
  let lt: string | null = "\r\n";
  if (lineterminator !== undefined) {
    if (lineterminator === None) lt = null;
    else {
      lt = asStr(lineterminator);
      if (lt === null) throw typeError(`"lineterminator" must be a string`);
    }
  }
  self.quotechar = setCharOrNone("quotechar", quotechar, 0x22);
  self.quoting = setInt("quoting", quoting, QUOTE_MINIMAL);
  self.skipinitialspace = skipinitialspace === undefined ? false : truthy(skipinitialspace);
  self.strict = strict === undefined ? false : truthy(strict);
  // validate options
  if (self.quoting < QUOTE_MINIMAL || self.quoting > QUOTE_NONE) throw typeError(`bad "quoting" value`);
  if (self.delimiter === NOT_SET) throw typeError(`"delimiter" must be a 1-character string`);
  if (quotechar === None && quoting === undefined) self.quoting = QUOTE_NONE;
  if (self.quoting !== QUOTE_NONE && self.quotechar === NOT_SET) throw typeError("quotechar must be set if quoting enabled");
  if (lt === null) throw typeError("lineterminator must be set");
  self.lineterminator = lt;
  return self;
}

const charOrNone = (c: number): PyObj => (c === NOT_SET ? None : String.fromCodePoint(c));
const notWritable = (name: string) => () => {
  throw attributeError(`attribute '${name}' of '_csv.Dialect' objects is not writable`);
};
const cannotPickle = (s: PyObj): PyObj => {
  throw typeError(`cannot pickle '${typeOf(s).shortName}' instances`);
};

defMethods(DialectType, [
  ["__new__", (cls, args, kw) => dialectNew(cls as PyType, args, kw)],
  ["__reduce__", cannotPickle],
  ["__reduce_ex__", cannotPickle],
]);
defGetters(DialectType, [
  ["delimiter", (s) => charOrNone(DI(s).delimiter), notWritable("delimiter")],
  ["escapechar", (s) => charOrNone(DI(s).escapechar), notWritable("escapechar")],
  ["lineterminator", (s) => DI(s).lineterminator, notWritable("lineterminator")],
  ["quotechar", (s) => charOrNone(DI(s).quotechar), notWritable("quotechar")],
  ["quoting", (s) => DI(s).quoting, notWritable("quoting")],
  ["doublequote", (s) => DI(s).doublequote],
  ["skipinitialspace", (s) => DI(s).skipinitialspace],
  ["strict", (s) => DI(s).strict],
]);
// doublequote, skipinitialspace and strict are read-only members ("readonly attribute")
asMembers(DialectType, ["doublequote", "skipinitialspace", "strict"]);

function dialectFromRegistry(state: CsvState, name: PyObj): PyObj {
  const d = state.dialects.get(name);
  if (d === undefined) throw csvError("unknown dialect");
  return d;
}

/** _call_dialect: Dialect(dialect_inst, **kwargs), or Dialect(**kwargs). */
function callDialect(dialect: PyObj | undefined, kwArgs: PyObj[], kw: readonly string[] | null): PyDialect {
  const args = dialect === undefined ? kwArgs : [dialect, ...kwArgs];
  return call(DialectType, args, kw) as PyDialect;
}

/** Splits args into up to `max` positional ones and the keyword part (values + names). */
function unpackArgs(args: PyObj[], kw: readonly string[] | null, min: number, max: number): { pos: PyObj[]; kwValues: PyObj[] } {
  const nkw = kw ? kw.length : 0;
  const npos = args.length - nkw;
  // PyArg_UnpackTuple(args, "", ...): the name is empty
  if (npos < min) throw typeError(` expected at least ${min} argument${min === 1 ? "" : "s"}, got ${npos}`);
  if (npos > max) throw typeError(` expected at most ${max} argument${max === 1 ? "" : "s"}, got ${npos}`);
  return { pos: args.slice(0, npos), kwValues: args.slice(npos) };
}

// ---- reader -----------------------------------------------------------------------------------------

const enum S {
  StartRecord, StartField, EscapedChar, InField, InQuotedField, EscapeInQuotedField, QuoteInQuotedField, EatCrnl, AfterEscapedCrnl,
}

const ReaderType = inModule(new PyType(TypeType, "_csv.reader", [ObjectType]), "_csv");
ReaderType.qualname = "reader";
ReaderType.solid = ReaderType;
ReaderType.baseAllowed = false;
ReaderType.ns.set("__doc__", CSV_DOCS.get("Reader")!);

class PyCsvReader extends PyObject {
  fields: PyObj[] = [];
  field = "";
  fieldLen = 0;
  state = S.StartRecord;
  numericField = false;
  lineNum = 0;
  constructor(
    readonly input: PyObj,
    readonly dialect: PyDialect,
    readonly module: CsvState,
  ) {
    super(ReaderType);
  }

  saveField(): void {
    let field: PyObj = this.field;
    this.field = "";
    this.fieldLen = 0;
    if (this.numericField) {
      this.numericField = false;
      field = floatNew(FloatType, field) as PyFloat;
    }
    this.fields.push(field);
  }

  addChar(c: number): void {
    if (this.fieldLen >= this.module.fieldLimit) throw csvError(`field larger than field limit (${this.module.fieldLimit})`);
    this.field += String.fromCodePoint(c);
    this.fieldLen++;
  }

  private startField(c: number, crnl: boolean): void {
    const d = this.dialect;
    if (crnl || c === EOL) {
      this.saveField();
      this.state = c === EOL ? S.StartRecord : S.EatCrnl;
    } else if (c === d.quotechar && d.quoting !== QUOTE_NONE) this.state = S.InQuotedField;
    else if (c === d.escapechar) this.state = S.EscapedChar;
    else if (c === 0x20 && d.skipinitialspace) {
      // spaces at the start of a field are skipped
    } else if (c === d.delimiter) this.saveField();
    else {
      if (d.quoting === QUOTE_NONNUMERIC) this.numericField = true;
      this.addChar(c);
      this.state = S.InField;
    }
  }

  private inField(c: number, crnl: boolean): void {
    const d = this.dialect;
    if (crnl || c === EOL) {
      this.saveField();
      this.state = c === EOL ? S.StartRecord : S.EatCrnl;
    } else if (c === d.escapechar) this.state = S.EscapedChar;
    else if (c === d.delimiter) {
      this.saveField();
      this.state = S.StartField;
    } else this.addChar(c);
  }

  /** parse_process_char: one step of the state machine (c is a code point or EOL). */
  processChar(c: number): void {
    const d = this.dialect;
    const crnl = c === 0x0a || c === 0x0d;
    switch (this.state) {
      case S.StartRecord:
        if (c === EOL) return; // empty line: []
        if (crnl) {
          this.state = S.EatCrnl;
          return;
        }
        this.state = S.StartField;
        this.startField(c, crnl); // a normal character starts a field
        return;
      case S.StartField:
        this.startField(c, crnl);
        return;
      case S.EscapedChar:
        if (crnl) {
          this.addChar(c);
          this.state = S.AfterEscapedCrnl;
          return;
        }
        this.addChar(c === EOL ? 0x0a : c);
        this.state = S.InField;
        return;
      case S.AfterEscapedCrnl:
        if (c !== EOL) this.inField(c, crnl);
        return;
      case S.InField:
        this.inField(c, crnl);
        return;
      case S.InQuotedField:
        if (c === EOL) return;
        if (c === d.escapechar) this.state = S.EscapeInQuotedField;
        else if (c === d.quotechar && d.quoting !== QUOTE_NONE) this.state = d.doublequote ? S.QuoteInQuotedField : S.InField;
        else this.addChar(c);
        return;
      case S.EscapeInQuotedField:
        this.addChar(c === EOL ? 0x0a : c);
        this.state = S.InQuotedField;
        return;
      case S.QuoteInQuotedField:
        if (d.quoting !== QUOTE_NONE && c === d.quotechar) {
          this.addChar(c); // "" is a "
          this.state = S.InQuotedField;
        } else if (c === d.delimiter) {
          this.saveField();
          this.state = S.StartField;
        } else if (crnl || c === EOL) {
          this.saveField();
          this.state = c === EOL ? S.StartRecord : S.EatCrnl;
        } else if (!d.strict) {
          this.addChar(c);
          this.state = S.InField;
        } else throw csvError(`'${String.fromCodePoint(d.delimiter)}' expected after '${String.fromCodePoint(d.quotechar)}'`);
        return;
      case S.EatCrnl:
        if (crnl) return;
        if (c === EOL) this.state = S.StartRecord;
        else throw csvError("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?");
        return;
    }
  }

  /** Reader_iternext: the next row, or undefined at the end of the input. */
  nextRow(): PyList | undefined {
    this.fields = [];
    this.field = "";
    this.fieldLen = 0;
    this.state = S.StartRecord;
    this.numericField = false;
    do {
      const line = next(this.input);
      if (line === undefined) {
        if (this.fieldLen !== 0 || (this.state as S) === S.InQuotedField) {
          if (this.dialect.strict) throw csvError("unexpected end of data");
          this.saveField();
          break;
        }
        return undefined;
      }
      const s = asStr(line);
      if (s === null) throw csvError(`iterator should return strings, not ${typeOf(line).name} (the file should be opened in text mode)`);
      this.lineNum++;
      const d = this.dialect;
      for (let i = 0; i < s.length; i++) {
        if ((this.state as S) === S.InField || (this.state as S) === S.InQuotedField) {
          // a run of ordinary characters goes into the field at once (the per-character steps
          // would add each one the same way)
          let j = i;
          while (j < s.length) {
            const c = s.charCodeAt(j);
            if (c === d.delimiter || c === d.quotechar || c === d.escapechar || c === 0x0a || c === 0x0d || c === 0 || (c >= 0xd800 && c <= 0xdfff)) break;
            j++;
          }
          if (j > i && this.fieldLen + (j - i) <= this.module.fieldLimit) {
            this.field += s.slice(i, j);
            this.fieldLen += j - i;
            i = j - 1;
            continue;
          }
        }
        let c = s.charCodeAt(i);
        if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
          const lo = s.charCodeAt(i + 1);
          if ((lo & 0xfc00) === 0xdc00) {
            c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
            i++;
          }
        }
        if (c === 0) throw csvError("line contains NUL");
        this.processChar(c);
      }
      this.processChar(EOL);
    } while (this.state !== S.StartRecord);
    const row = new PyList(this.fields);
    this.fields = [];
    return row;
  }
}
const RD = (x: PyObj) => x as PyCsvReader;

defMethods(ReaderType, [
  ["__iter__", (s) => s, 0, 0],
  ["__next__", (s) => {
    const row = RD(s).nextRow();
    if (row === undefined) throw newExc(StopIteration);
    return row;
  }, 0, 0],
]);
defGetters(ReaderType, [
  ["dialect", (s) => RD(s).dialect],
  ["line_num", (s) => RD(s).lineNum],
]);
asMembers(ReaderType, ["dialect", "line_num"]);

// ---- writer -----------------------------------------------------------------------------------------

const WriterType = inModule(new PyType(TypeType, "_csv.writer", [ObjectType]), "_csv");
WriterType.qualname = "writer";
WriterType.solid = WriterType;
WriterType.baseAllowed = false;
WriterType.ns.set("__doc__", CSV_DOCS.get("Writer")!);

class PyCsvWriter extends PyObject {
  constructor(
    readonly write: PyObj,
    readonly dialect: PyDialect,
  ) {
    super(WriterType);
  }
}
const WR = (x: PyObj) => x as PyCsvWriter;

/** Does the field hold a character the writer may quote or escape (or a surrogate, which may be half of an astral delimiter)? */
function needsCare(d: PyDialect, field: string): boolean {
  const lt = d.lineterminator;
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i);
    if (c === d.delimiter || c === d.quotechar || c === d.escapechar || (c >= 0xd800 && c <= 0xdfff)) return true;
    if (lt.length === 2 ? c === lt.charCodeAt(0) || c === lt.charCodeAt(1) : lt.includes(field[i])) return true;
  }
  return false;
}

/**
 * join_append_data: the field (null for None) appended to the record, quoted when `quoted` or
 * when it holds a special character (QUOTE_MINIMAL), special characters escaped otherwise.
 */
function appendField(d: PyDialect, rec: { text: string; fields: number }, field: string | null, quoted: boolean): void {
  let out = "";
  if (field !== null && !needsCare(d, field)) out = field;
  else if (field !== null) {
    for (let i = 0; i < field.length; i++) {
      let c = field.charCodeAt(i);
      let ch = field[i];
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < field.length && (field.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        c = field.codePointAt(i)!;
        ch = field.slice(i, i + 2);
        i++;
      }
      if (c === d.delimiter || c === d.escapechar || c === d.quotechar || d.lineterminator.includes(ch)) {
        let wantEscape = false;
        if (d.quoting === QUOTE_NONE) wantEscape = true;
        else {
          if (c === d.quotechar) {
            if (d.doublequote) out += ch;
            else wantEscape = true;
          } else if (c === d.escapechar) wantEscape = true;
          if (!wantEscape) quoted = true;
        }
        if (wantEscape) {
          if (d.escapechar === NOT_SET) throw csvError("need to escape, but no escapechar set");
          out += String.fromCodePoint(d.escapechar);
        }
      }
      out += ch;
    }
  }
  if (rec.fields > 0) rec.text += String.fromCodePoint(d.delimiter);
  if (quoted) {
    const q = String.fromCodePoint(d.quotechar);
    out = q + out + q;
  }
  rec.text += out;
  rec.fields++;
}

function writerow(w: PyCsvWriter, seq: PyObj): PyObj {
  const d = w.dialect;
  let it: PyObj;
  try {
    it = iter(seq);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtype(TypeErrorT)) throw csvError(`iterable expected, not ${typeOf(seq).name}`);
    throw e;
  }
  const rec = { text: "", fields: 0 };
  for (let field = next(it); field !== undefined; field = next(it)) {
    const quoted = d.quoting === QUOTE_NONNUMERIC ? !isNumber(field) : d.quoting === QUOTE_ALL;
    const s = asStr(field);
    if (s !== null) appendField(d, rec, s, quoted);
    else if (field === None) appendField(d, rec, null, quoted);
    else appendField(d, rec, str(field), quoted);
  }
  if (rec.fields > 0 && rec.text.length === 0) {
    if (d.quoting === QUOTE_NONE) throw csvError("single empty field record must be quoted");
    rec.fields--;
    appendField(d, rec, null, true);
  }
  return call(w.write, [rec.text + d.lineterminator]);
}

defMethods(WriterType, [
  byArity("writerow", (s, row) => writerow(WR(s), row)),
  byArity("writerows", (s, rows) => {
    const it = iter(rows);
    for (let row = next(it); row !== undefined; row = next(it)) writerow(WR(s), row);
    return None;
  }),
]);
defGetters(WriterType, [["dialect", (s) => WR(s).dialect]]);
asMembers(WriterType, ["dialect"]);

// heap types in CPython (PyType_FromSpec, PyErr_NewException): __module__ is in their dict
for (const t of [DialectType, ReaderType, WriterType, CsvError]) t.ns.set("__module__", "_csv");

// ---- the module -------------------------------------------------------------------------------------

export function makeCsv(): PyModule {
  const state: CsvState = { dialects: new PyDict(), fieldLimit: 128 * 1024 };
  current = state;
  const fns: [string, Fn][] = [
    ["reader", (args, kw) => {
      const { pos, kwValues } = unpackArgs(args, kw, 1, 2);
      const input = iter(pos[0]);
      return new PyCsvReader(input, callDialect(pos[1], kwValues, kw), state);
    }],
    ["writer", (args, kw) => {
      const { pos, kwValues } = unpackArgs(args, kw, 1, 2);
      const write = getattrOpt(pos[0], "write");
      if (write === undefined || typeOf(write).lookup("__call__") === undefined) throw typeError('argument 1 must have a "write" method');
      return new PyCsvWriter(write, callDialect(pos[1], kwValues, kw));
    }],
    ["register_dialect", (args, kw) => {
      const { pos, kwValues } = unpackArgs(args, kw, 1, 2);
      if (asStr(pos[0]) === null) throw typeError("dialect name must be a string");
      state.dialects.set(pos[0], callDialect(pos[1], kwValues, kw));
      return None;
    }],
    ["unregister_dialect", (args, kw) => {
      oneArg("unregister_dialect", args, kw);
      if (state.dialects.get(args[0]) === undefined) throw csvError("unknown dialect");
      state.dialects.del(args[0]);
      return None;
    }],
    ["get_dialect", (args, kw) => {
      oneArg("get_dialect", args, kw);
      return dialectFromRegistry(state, args[0]);
    }],
    ["list_dialects", (args, kw) => {
      if (args.length !== 0 || (kw && kw.length)) {
        if (kw && kw.length) throw typeError("_csv.list_dialects() takes no keyword arguments");
        throw typeError(`_csv.list_dialects() takes no arguments (${args.length} given)`);
      }
      return new PyList(state.dialects.keys());
    }],
    ["field_size_limit", (args, kw) => {
      if (kw && kw.length) throw typeError("field_size_limit() takes no keyword arguments");
      if (args.length > 1) throw typeError(`field_size_limit expected at most 1 argument, got ${args.length}`);
      const old = state.fieldLimit;
      if (args.length === 1) {
        const n = args[0];
        if (!isExactInt(n)) throw typeError("limit must be an integer");
        if (typeof n === "bigint") throw newExc(OverflowError, "Python int too large to convert to C long");
        state.fieldLimit = n;
      }
      return old;
    }],
  ];
  return makeModule("_csv", fns, [
    ["__version__", "1.0"],
    ["QUOTE_MINIMAL", QUOTE_MINIMAL], ["QUOTE_ALL", QUOTE_ALL], ["QUOTE_NONNUMERIC", QUOTE_NONNUMERIC], ["QUOTE_NONE", QUOTE_NONE],
    ["Dialect", DialectType], ["Error", CsvError], ["Reader", ReaderType], ["Writer", WriterType], ["_dialects", state.dialects],
  ], CSV_DOCS.get("module"), CSV_DOCS);
}

/** METH_O's check, named as _PyObject_FunctionStr names it. */
function oneArg(name: string, args: PyObj[], kw: readonly string[] | null): void {
  if (kw && kw.length) throw typeError(`_csv.${name}() takes no keyword arguments`);
  if (args.length !== 1) throw typeError(`_csv.${name}() takes exactly one argument (${args.length} given)`);
}
