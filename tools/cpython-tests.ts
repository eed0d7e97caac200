// CPython's own unit tests on dislab: copies Lib/test of a local 64-bit CPython 3.10 (the one
// test/marshal/local-cpython.ts finds) to a temporary folder and runs each test module there with
// the built `dislab -m unittest test.MODULE` (`-m test.MODULE` for one whose __main__ block calls
// test_main(), doctest.testmod for a module of doctests only), printing unittest's summary per
// module and the totals.
// A reconnaissance tool, not a gate: the local CPython is usually a later 3.10.x than the oracle
// (3.10.2), and many tests check what dislab does not model (reference counts and gc, object
// identity, _testcapi, threads), so a failure needs checking against the oracle before it counts.
//
//   npm run cpython-tests [-- --timeout SECONDS] [MODULE...]    (default: DEFAULT_MODULES)
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { localCPython310 } from "../test/marshal/local-cpython.ts";
import { projectRoot } from "../test/oracle/oracle.ts";

const DEFAULT_MODULES = `test_bool test_int test_list test_dict test_tuple test_set test_float test_complex test_range test_slice
test_bytes test_unicode test_string test_enumerate test_sort test_richcmp test_contains test_dictviews test_userdict test_userlist
test_userstring test_class test_descr test_super test_property test_exceptions test_baseexception test_raise test_generators
test_scope test_with test_contextlib test_coroutines test_asyncgen test_patma test_decorators test_funcattrs test_dynamic
test_positional_only_arg test_keywordonlyarg test_named_expressions test_iter test_opcodes test_augassign test_binop test_compare
test_grammar test_syntax test_fstring test_string_literals test_format test_ast test_dis test_compile test_marshal
test_itertools test_functools test_operator test_collections test_deque test_defaultdict test_ordered_dict test_heapq test_bisect
test_math test_cmath test_fractions test_statistics test_random test_json test_re test_struct test_array test_binascii
test_base64 test_hashlib test_csv test_zlib test_codecs test_dataclasses test_enum test_typing test_copy test_textwrap
test_pprint test_difflib test_calendar test_traceback test_types
test_builtin test_long test_unary test_pow test_dictcomps test_exception_variations test_exception_hierarchy test_global
test_int_literal test_isinstance test_keyword test_abc test_strtod test_print test_index test_structseq test_memoryview
test_typechecks test_generator_stop test_yield_from test_genericclass test_subclassinit test_module test_abstract_numbers
test_numeric_tower test_contextlib_async test_peepholer test_symtable test_future test_codeop test_code test_sys test_locale
test_pyexpat test_minidom test_shlex test_reprlib test_ipaddress test_tokenize test_unicodedata test_configparser
test_listcomps test_setcomps test_genexps test_unpack test_codeccallbacks test_xml_etree test_sax test_bigmem test_cgi test_glob
test_utf8source test_colorsys test_html test_htmlparser test_getopt test_optparse test_gettext test_plistlib test_strftime
test_timeit test_stringprep test_unicode_identifiers test_univnewlines test_charmapcodec test_filecmp test_zipimport test_zipapp
test_binhex test_secrets test_hmac test_cmd test_netrc test_urllib_response test_http_cookies test_strptime test_rlcompleter
test_code_module test___future__ test_fnmatch test_uu test_iterlen test_wave test_sndhdr test_imghdr test_sunau test_aifc
test_uuid test_xdrlib test_ucn test_audioop test_pstats test_opcache test_errno test_bufio test_mailbox test_descrtut test_urllib
test_wsgiref test_stat test_context test_type_annotations test_type_comments test_unpack_ex test_xml_dom_minicompat
test_codecencodings_cn test_codecencodings_jp test_codecencodings_kr test_codecencodings_tw test_codecencodings_hk
test_codecencodings_iso2022 test_multibytecodec test_getpass test_unicode_file_functions test_eintr
test_extcall test_metaclass test_dynamicclassattribute test_future3 test_future4 test_future5 test_longexp test_doctest2 test_pkg
test_frame test_sys_settrace test_sys_setprofile test_eof test_hash test_bdb test_linecache test_trace test_doctest test_warnings
test_source_encoding test_atexit test_weakref test_weakset
test_time test_memoryio test_fileio test_genericpath test_posixpath test_ntpath test_urlparse test_quopri test_mimetypes
test_graphlib test_sched test_tabnanny test_robotparser test_mailcap test_http_cookiejar test_gzip test_fileinput test_decimal
test_logging test_queue test_shutil test_pyclbr test_tempfile test_zipfile test_email test_tarfile test_argparse`.split(/\s+/);

/**
 * Whether the module's (last) `if __name__ == "__main__":` block calls test_main(), perhaps after
 * options of its own (test_decimal's optparse): regrtest runs such a module through test_main, which
 * may choose its tests (test_decimal leaves out its C classes when there is no _decimal).
 */
function mainCallsTestMain(source: string): boolean {
  const heads = [...source.matchAll(/^if __name__ == ['"]__main__['"]:.*$/gm)];
  if (heads.length === 0) return false;
  const last = heads[heads.length - 1]!;
  const after = source.slice(last.index! + last[0].length);
  const end = /^\S/m.exec(after);
  return /^\s+test_main\(/m.test(end === null ? after : after.slice(0, end.index));
}

const argv = process.argv.slice(2);
const timeoutAt = argv.indexOf("--timeout");
const timeout = timeoutAt >= 0 ? Number(argv[timeoutAt + 1]) : 180;
const modules = argv.filter((a, i) => !a.startsWith("--") && argv[i - 1] !== "--timeout");

const python = localCPython310();
if (python === null) {
  console.log("no local 64-bit CPython 3.10 (python3.10, DISLAB_CPYTHON310 or ~/.pyenv/versions/3.10*): nothing to run");
  process.exit(0);
}
const libTest = join(dirname(spawnSync(python, ["-c", "import test, os; print(os.path.dirname(test.__file__))"], { encoding: "utf8" }).stdout.trim()), "test");
const work = mkdtempSync(join(tmpdir(), "dislab-cpython-tests-"));
cpSync(libTest, join(work, "test"), { recursive: true });
const dislab = join(projectRoot, "bin", "dislab.js");
console.log(`CPython's tests from ${libTest}, on ${dislab}`);

const totals = { modules: 0, clean: 0, tests: 0, failing: 0, unfinished: [] as string[] };
for (const m of modules.length ? modules : DEFAULT_MODULES) {
  const run = (args: string[]) => spawnSync(process.execPath, ["--stack-size=3000", dislab, ...args], { cwd: work, encoding: "utf8", timeout: timeout * 1000 });
  // a module whose __main__ block calls test_main() (test_xml_etree: it sets the module under
  // test up there) runs as regrtest would run it; the others through unittest's loader
  // (a test package, test_warnings/ or test_email/, is its __init__.py; a name with no test is reported, not fatal)
  const file = [join(work, "test", `${m}.py`), join(work, "test", m, "__init__.py")].find((f) => existsSync(f));
  if (file === undefined) {
    totals.modules++;
    totals.unfinished.push(m);
    console.log(`${m.padEnd(28)} no such test module`);
    continue;
  }
  const source = readFileSync(file, "utf8");
  let r = mainCallsTestMain(source) ? run(["-m", `test.${m}`]) : run(["-m", "unittest", `test.${m}`]);
  // a module of doctests only (test_genexps, test_listcomps...) gives unittest nothing: its
  // examples are run with doctest.testmod, each counting as a test
  if (!/^Ran [1-9]\d* tests?/m.test(`${r.stdout}${r.stderr}`)) {
    const code = `import doctest, test.${m} as m\nf, t = doctest.testmod(m)\nif t: print(f"Ran {t} tests")\nif t: print(f"FAILED (failures={f})" if f else "OK")`;
    const d = run(["-c", code]);
    if (/^Ran /m.test(d.stdout)) r = d;
  }
  // the summary: the last "Ran N tests" and the status line after it
  const out = `${r.stdout}${r.stderr}`;
  const at = out.lastIndexOf("\nRan ");
  const tail = at < 0 ? out.trimEnd().split("\n").slice(-3).join(" ") : out.slice(at + 1).split("\n").filter((l) => /^(Ran |OK|FAILED)/.test(l)).slice(0, 2).join(" ");
  const ran = /Ran (\d+) tests?/.exec(tail);
  const counts = /\((?:failures=(\d+))?(?:, )?(?:errors=(\d+))?/.exec(tail.slice(tail.lastIndexOf("FAILED")));
  totals.modules++;
  if (ran === null) {
    totals.unfinished.push(m);
    console.log(`${m.padEnd(28)} did not finish (${r.error ? "timeout" : `status ${r.status}`})`);
    continue;
  }
  // (a test_main's doctests, run after its unittest classes, fail with TestFailed after an "OK")
  const doctests = /TestFailed: (\d+) of \d+ doctests failed/.exec(out);
  const failing = (tail.includes("FAILED") && counts ? Number(counts[1] ?? 0) + Number(counts[2] ?? 0) : 0) + (doctests ? Number(doctests[1]) : 0);
  totals.tests += Number(ran[1]);
  totals.failing += failing;
  if (failing === 0) totals.clean++;
  console.log(`${m.padEnd(28)} ${ran[1].padStart(5)} tests  ${failing === 0 ? "OK" : `${failing} failing`}`);
}
console.log(`${totals.modules} modules: ${totals.clean} pass entirely; ${totals.tests} tests, ${totals.failing} failing or erroring` +
  (totals.unfinished.length ? `; did not finish: ${totals.unfinished.join(" ")}` : ""));
rmSync(work, { recursive: true, force: true });
