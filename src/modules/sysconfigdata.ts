// _sysconfigdata__linux_x86_64-linux-gnu: the build-time configuration sysconfig reads on POSIX
// (sysconfig._init_posix imports "_sysconfigdata_{abiflags}_{platform}_{multiarch}"; CPython writes
// this module when it is built). dislab presents itself as 64-bit CPython 3.10.2 configured with
// --prefix=/usr/local on x86_64 Linux (sys.prefix, sys.implementation._multiarch), so these are the
// variables of such a build, the ones the standard library and packaging tools consult: install
// directories, ABI tags and suffixes, C type sizes, TZPATH (zoneinfo) and the compiler settings.
// Without it pydoc, cgitb and zoneinfo fail at import (pydoc asks for sysconfig.get_path('stdlib')).
import { PyDict, type PyObj } from "../objects/index.ts";
import { makeModule } from "./util.ts";

const PREFIX = "/usr/local";
const LIBDEST = `${PREFIX}/lib/python3.10`;
const INCLUDEPY = `${PREFIX}/include/python3.10`;

const BUILD_TIME_VARS: [string, PyObj][] = [
  ["ABIFLAGS", ""],
  ["AR", "ar"],
  ["ARFLAGS", "rcs"],
  ["BINDIR", `${PREFIX}/bin`],
  ["BINLIBDEST", LIBDEST],
  ["BLDSHARED", "gcc -pthread -shared"],
  ["BUILD_GNU_TYPE", "x86_64-pc-linux-gnu"],
  ["CC", "gcc -pthread"],
  ["CCSHARED", "-fPIC"],
  ["CFLAGS", "-Wno-unused-result -Wsign-compare -DNDEBUG -g -fwrapv -O3 -Wall"],
  ["CFLAGSFORSHARED", ""],
  ["CONFIG_ARGS", `'--prefix=${PREFIX}'`],
  ["CONFINCLUDEDIR", `${PREFIX}/include`],
  ["CONFINCLUDEPY", INCLUDEPY],
  ["CXX", "g++ -pthread"],
  ["DESTLIB", LIBDEST],
  ["DESTSHARED", `${LIBDEST}/lib-dynload`],
  ["EXE", ""],
  ["EXT_SUFFIX", ".cpython-310-x86_64-linux-gnu.so"],
  ["HOST_GNU_TYPE", "x86_64-pc-linux-gnu"],
  ["INCLUDEDIR", `${PREFIX}/include`],
  ["INCLUDEPY", INCLUDEPY],
  ["LDFLAGS", ""],
  ["LDLIBRARY", "libpython3.10.a"],
  ["LDSHARED", "gcc -pthread -shared"],
  ["LDVERSION", "3.10"],
  ["LIBDEST", LIBDEST],
  ["LIBDIR", `${PREFIX}/lib`],
  ["LIBPL", `${LIBDEST}/config-3.10-x86_64-linux-gnu`],
  ["LIBRARY", "libpython3.10.a"],
  ["MACHDEP", "linux"],
  ["MULTIARCH", "x86_64-linux-gnu"],
  ["OPT", "-DNDEBUG -g -fwrapv -O3 -Wall"],
  ["Py_DEBUG", 0],
  ["Py_ENABLE_SHARED", 0],
  ["Py_TRACE_REFS", 0],
  ["SHLIB_SUFFIX", ".so"],
  ["SIZEOF_DOUBLE", 8],
  ["SIZEOF_FLOAT", 4],
  ["SIZEOF_INT", 4],
  ["SIZEOF_LONG", 8],
  ["SIZEOF_LONG_DOUBLE", 16],
  ["SIZEOF_LONG_LONG", 8],
  ["SIZEOF_OFF_T", 8],
  ["SIZEOF_PID_T", 4],
  ["SIZEOF_SHORT", 2],
  ["SIZEOF_SIZE_T", 8],
  ["SIZEOF_TIME_T", 8],
  ["SIZEOF_VOID_P", 8],
  ["SIZEOF_WCHAR_T", 4],
  ["SOABI", "cpython-310-x86_64-linux-gnu"],
  ["TZPATH", "/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo"],
  ["VERSION", "3.10"],
  ["WITH_DOC_STRINGS", 1],
  ["WITH_PYMALLOC", 1],
  ["datarootdir", `${PREFIX}/share`],
  ["exec_prefix", PREFIX],
  ["prefix", PREFIX],
  ["srcdir", "."],
];

export function makeSysconfigdata() {
  const vars = new PyDict();
  for (const [k, v] of BUILD_TIME_VARS) vars.setStr(k, v);
  return makeModule("_sysconfigdata__linux_x86_64-linux-gnu", [], [["build_time_vars", vars]]);
}
