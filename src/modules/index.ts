// The native modules: CPython's C extension modules (Modules/*.c) that the standard library
// imports, written in TypeScript. Each entry builds its module object the first time it is
// imported; the importer (src/builtins/importer.ts) looks here after sys.modules and before
// sys.path, as CPython's BuiltinImporter comes before its PathFinder.
import type { PyModule } from "../objects/index.ts";
import { makeMath } from "./math.ts";
import { makeRandom } from "./random.ts";
import { makeItertools } from "./itertools.ts";
import { makeCollections } from "./collections.ts";
import { makeFunctools } from "./functools.ts";
import { makeTime } from "./time.ts";
import { makeSre } from "./sre/module.ts";
import { makeCmath } from "./cmath.ts";
import { makeArray } from "./array/array.ts";
import { makeAtexit } from "./atexit.ts";
import { makeTracemalloc } from "./tracemalloc.ts";
import { makeAbc } from "./abc.ts";
import { makeMd5, makeSha1, makeSha256, makeSha512, makeSha3, makeBlake2 } from "./hashes.ts";
import { makeHeapq, makeBisect } from "./heapq-bisect.ts";
import { makeQueue } from "./queue.ts";
import { makeFaulthandler } from "./faulthandler.ts";
import { makeOperator } from "./operator.ts";
import { makeAst } from "./ast/module.ts";
import { makeOpcode } from "./opcode.ts";
import { makeSymtable } from "./symtable.ts";
import { makeUnicodedata } from "./unicodedata.ts";
import { makeDatetime } from "./datetime/module.ts";
import { makeErrno } from "./errno.ts";
import { makeStat } from "./stat.ts";
import { makePosix } from "./posix/index.ts";
import { makeContextvars } from "./contextvars.ts";
import { makeAsyncio } from "./asyncio/module.ts";
import { makeWarnings } from "./warnings.ts";
import { makeStruct } from "./struct.ts";
import { makeSelect } from "./select.ts";
import { makePosixSubprocess } from "./posixsubprocess.ts";
import { makeImp } from "./imp.ts";
import { makeMarshal } from "./marshal.ts";
import { makeIo } from "./io/module.ts";
import { makeCodecs } from "./codecs.ts";
import { makeString } from "./string.ts";
import { makeLocale } from "./locale.ts";
import { makeJson } from "./json.ts";
import { makeBinascii } from "./binascii.ts";
import { makeSignal } from "./signal.ts";
import { makeCsv } from "./csv.ts";
import { makeSocket } from "./socket/module.ts";
import { makeZlib } from "./zlib/module.ts";
import { makeSysconfigdata } from "./sysconfigdata.ts";
import { makeGc } from "./gc.ts";
import { makePyexpat } from "./pyexpat/module.ts";
import { makeLsprof } from "./lsprof.ts";
import { makeAudioop } from "./audioop.ts";
import { makeMultibytecodec } from "./cjk/multibytecodec.ts";
import { makeMmap } from "./mmap/module.ts";
import { makeCodecsCn, makeCodecsTw, makeCodecsHk, makeCodecsJp, makeCodecsKr, makeCodecsIso2022 } from "./cjk/modules.ts";

export const NATIVE_MODULES = new Map<string, () => PyModule>([
  ["math", makeMath],
  ["_random", makeRandom],
  ["itertools", makeItertools],
  ["_collections", makeCollections],
  ["_functools", makeFunctools],
  ["time", makeTime],
  ["_sre", makeSre],
  ["cmath", makeCmath],
  ["array", makeArray],
  ["_abc", makeAbc],
  ["atexit", makeAtexit],
  ["_tracemalloc", makeTracemalloc],
  ["_md5", makeMd5],
  ["_sha1", makeSha1],
  ["_sha256", makeSha256],
  ["_sha512", makeSha512],
  ["_sha3", makeSha3],
  ["_blake2", makeBlake2],
  ["_heapq", makeHeapq],
  ["_bisect", makeBisect],
  ["_queue", makeQueue],
  ["faulthandler", makeFaulthandler],
  ["_operator", makeOperator],
  ["_ast", makeAst],
  ["_opcode", makeOpcode],
  ["_symtable", makeSymtable],
  ["unicodedata", makeUnicodedata],
  ["_datetime", makeDatetime],
  ["posix", makePosix],
  ["_contextvars", makeContextvars],
  ["_asyncio", makeAsyncio],
  ["marshal", makeMarshal],
  ["_imp", makeImp],
  ["_warnings", makeWarnings],
  ["_struct", makeStruct],
  ["select", makeSelect],
  ["_posixsubprocess", makePosixSubprocess],
  ["errno", makeErrno],
  ["_stat", makeStat],
  ["_io", makeIo],
  ["_codecs", makeCodecs],
  ["_string", makeString],
  ["_locale", makeLocale],
  ["_json", makeJson],
  ["binascii", makeBinascii],
  ["_signal", makeSignal],
  ["_csv", makeCsv],
  ["_socket", makeSocket],
  ["zlib", makeZlib],
  ["_sysconfigdata__linux_x86_64-linux-gnu", makeSysconfigdata],
  ["gc", makeGc],
  ["pyexpat", makePyexpat],
  ["_lsprof", makeLsprof],
  ["audioop", makeAudioop],
  ["_multibytecodec", makeMultibytecodec],
  ["_codecs_cn", makeCodecsCn],
  ["_codecs_tw", makeCodecsTw],
  ["_codecs_hk", makeCodecsHk],
  ["_codecs_jp", makeCodecsJp],
  ["_codecs_kr", makeCodecsKr],
  ["_codecs_iso2022", makeCodecsIso2022],
  ["mmap", makeMmap],
]);
