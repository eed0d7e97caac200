// The errno module (Modules/errnomodule.c) with Linux's numbers, and the errno facts the rest of
// dislab shares: a HostFS errno name ("ENOENT") to its number, strerror's text, and the OSError a
// failed system call raises (PyErr_SetFromErrnoWithFilenameObjects: "[Errno 2] No such file or
// directory: 'f.txt'", the subclass chosen by OSError's errno map).
import { type PyObj, PyModule, PyDict, PyBaseException, None, newExc, osErrorSubclass } from "../objects/index.ts";
import { makeModule } from "./util.ts";
import type { Errno } from "../vm/host-fs.ts";

const NAMES =
  "ENODEV:19 ENOCSI:50 EHOSTUNREACH:113 ENOMSG:42 EUCLEAN:117 EL2NSYNC:45 EL2HLT:51 ENODATA:61 " +
  "ENOTBLK:15 ENOSYS:38 EPIPE:32 EINVAL:22 EOVERFLOW:75 EADV:68 EINTR:4 EUSERS:87 ENOTEMPTY:39 " +
  "ENOBUFS:105 EPROTO:71 EREMOTE:66 ENAVAIL:119 ECHILD:10 ELOOP:40 EXDEV:18 E2BIG:7 ESRCH:3 " +
  "EMSGSIZE:90 EAFNOSUPPORT:97 EBADR:53 EHOSTDOWN:112 EPFNOSUPPORT:96 ENOPROTOOPT:92 EBUSY:16 " +
  "EWOULDBLOCK:11 EBADFD:77 EDOTDOT:73 EISCONN:106 ENOANO:55 ESHUTDOWN:108 ECHRNG:44 ELIBBAD:80 " +
  "ENONET:64 EBADE:52 EBADF:9 EMULTIHOP:72 EIO:5 EUNATCH:49 EPROTOTYPE:91 ENOSPC:28 ENOEXEC:8 " +
  "EALREADY:114 ENETDOWN:100 ENOTNAM:118 EACCES:13 ELNRNG:48 EILSEQ:84 ENOTDIR:20 ENOTUNIQ:76 " +
  "EPERM:1 EDOM:33 EXFULL:54 ECONNREFUSED:111 EISDIR:21 EPROTONOSUPPORT:93 EROFS:30 " +
  "EADDRNOTAVAIL:99 EIDRM:43 ECOMM:70 ESRMNT:69 EREMOTEIO:121 EL3RST:47 EBADMSG:74 ENFILE:23 " +
  "ELIBMAX:82 ESPIPE:29 ENOLINK:67 ENETRESET:102 ETIMEDOUT:110 ENOENT:2 EEXIST:17 EDQUOT:122 " +
  "ENOSTR:60 EBADSLT:57 EBADRQC:56 ELIBACC:79 EFAULT:14 EFBIG:27 EDEADLK:35 ENOTCONN:107 " +
  "EDESTADDRREQ:89 ELIBSCN:81 ENOLCK:37 EISNAM:120 ECONNABORTED:103 ENETUNREACH:101 ESTALE:116 " +
  "ENOSR:63 ENOMEM:12 ENOTSOCK:88 ESTRPIPE:86 EMLINK:31 ERANGE:34 ELIBEXEC:83 EL3HLT:46 " +
  "ECONNRESET:104 EADDRINUSE:98 EOPNOTSUPP:95 EREMCHG:78 EAGAIN:11 ENAMETOOLONG:36 ENOTTY:25 " +
  "ERESTART:85 ESOCKTNOSUPPORT:94 ETIME:62 EBFONT:59 EDEADLOCK:35 ETOOMANYREFS:109 EMFILE:24 " +
  "ETXTBSY:26 EINPROGRESS:115 ENXIO:6 ENOPKG:65 ENOMEDIUM:123 EMEDIUMTYPE:124 ECANCELED:125 " +
  "ENOKEY:126 EKEYEXPIRED:127 EKEYREVOKED:128 EKEYREJECTED:129 EOWNERDEAD:130 ENOTRECOVERABLE:131 " +
  "ERFKILL:132 ENOTSUP:95";
const MESSAGES =
  "1=Operation not permitted|2=No such file or directory|3=No such process|" +
  "4=Interrupted system call|5=Input/output error|6=No such device or address|" +
  "7=Argument list too long|8=Exec format error|9=Bad file descriptor|10=No child processes|" +
  "11=Resource temporarily unavailable|12=Cannot allocate memory|13=Permission denied|" +
  "14=Bad address|15=Block device required|16=Device or resource busy|17=File exists|" +
  "18=Invalid cross-device link|19=No such device|20=Not a directory|21=Is a directory|" +
  "22=Invalid argument|23=Too many open files in system|24=Too many open files|" +
  "25=Inappropriate ioctl for device|26=Text file busy|27=File too large|" +
  "28=No space left on device|29=Illegal seek|30=Read-only file system|31=Too many links|" +
  "32=Broken pipe|33=Numerical argument out of domain|34=Numerical result out of range|" +
  "35=Resource deadlock avoided|36=File name too long|37=No locks available|" +
  "38=Function not implemented|39=Directory not empty|40=Too many levels of symbolic links|" +
  "42=No message of desired type|43=Identifier removed|44=Channel number out of range|" +
  "45=Level 2 not synchronized|46=Level 3 halted|47=Level 3 reset|48=Link number out of range|" +
  "49=Protocol driver not attached|50=No CSI structure available|51=Level 2 halted|" +
  "52=Invalid exchange|53=Invalid request descriptor|54=Exchange full|55=No anode|" +
  "56=Invalid request code|57=Invalid slot|59=Bad font file format|60=Device not a stream|" +
  "61=No data available|62=Timer expired|63=Out of streams resources|" +
  "64=Machine is not on the network|65=Package not installed|66=Object is remote|" +
  "67=Link has been severed|68=Advertise error|69=Srmount error|70=Communication error on send|" +
  "71=Protocol error|72=Multihop attempted|73=RFS specific error|74=Bad message|" +
  "75=Value too large for defined data type|76=Name not unique on network|" +
  "77=File descriptor in bad state|78=Remote address changed|" +
  "79=Can not access a needed shared library|80=Accessing a corrupted shared library|" +
  "81=.lib section in a.out corrupted|82=Attempting to link in too many shared libraries|" +
  "83=Cannot exec a shared library directly|84=Invalid or incomplete multibyte or wide character|" +
  "85=Interrupted system call should be restarted|86=Streams pipe error|87=Too many users|" +
  "88=Socket operation on non-socket|89=Destination address required|90=Message too long|" +
  "91=Protocol wrong type for socket|92=Protocol not available|93=Protocol not supported|" +
  "94=Socket type not supported|95=Operation not supported|96=Protocol family not supported|" +
  "97=Address family not supported by protocol|98=Address already in use|" +
  "99=Cannot assign requested address|100=Network is down|101=Network is unreachable|" +
  "102=Network dropped connection on reset|103=Software caused connection abort|" +
  "104=Connection reset by peer|105=No buffer space available|" +
  "106=Transport endpoint is already connected|107=Transport endpoint is not connected|" +
  "108=Cannot send after transport endpoint shutdown|109=Too many references: cannot splice|" +
  "110=Connection timed out|111=Connection refused|112=Host is down|113=No route to host|" +
  "114=Operation already in progress|115=Operation now in progress|116=Stale file handle|" +
  "117=Structure needs cleaning|118=Not a XENIX named type file|119=No XENIX semaphores available|" +
  "120=Is a named type file|121=Remote I/O error|122=Disk quota exceeded|123=No medium found|" +
  "124=Wrong medium type|125=Operation canceled|126=Required key not available|127=Key has expired|" +
  "128=Key has been revoked|129=Key was rejected by service|130=Owner died|" +
  "131=State not recoverable|132=Operation not possible due to RF-kill";

/** errno names in errnomodule.c's order, with their numbers. */
export const ERRNO_NAMES: readonly [string, number][] = NAMES.split(" ").map((p) => {
  const i = p.indexOf(":");
  return [p.slice(0, i), Number(p.slice(i + 1))];
});
const BY_NAME = new Map(ERRNO_NAMES);
const TEXTS = new Map(MESSAGES.split("|").map((p) => {
  const i = p.indexOf("=");
  return [Number(p.slice(0, i)), p.slice(i + 1)] as [number, string];
}));

/** The number of an errno name; EIO for a name Linux does not have. */
export function errnoNumber(name: Errno): number {
  return BY_NAME.get(name) ?? 5;
}

/** strerror(3) as glibc words it. */
export function strerror(n: number): string {
  if (n === 0) return "Success";
  return TEXTS.get(n) ?? `Unknown error ${n}`;
}

/**
 * The exception of a failed call: OSError(errno, strerror[, filename[, None, filename2]]) as
 * OSError's constructor makes it, so ENOENT gives a FileNotFoundError.
 */
export function osError(name: Errno, filename?: PyObj, filename2?: PyObj): PyBaseException {
  const n = errnoNumber(name);
  const args: PyObj[] = [strerror(n)];
  if (filename !== undefined) args.push(filename);
  if (filename2 !== undefined) args.push(None, filename2);
  return newExc(osErrorSubclass(n), n, ...args);
}

export function makeErrno(): PyModule {
  const errorcode = new PyDict();
  const m = makeModule("errno", [], [["errorcode", errorcode]], ERRNO_DOC);
  for (const [name, n] of ERRNO_NAMES) {
    m.dict.setStr(name, n);
    errorcode.set(n, name);
  }
  return m;
}

const ERRNO_DOC = `This module makes available standard errno system symbols.

The value of each symbol is the corresponding integer value,
e.g., on most systems, errno.ENOENT equals the integer 2.

The dictionary errno.errorcode maps numeric codes to symbol names,
e.g., errno.errorcode[2] could be the string 'ENOENT'.

Symbols that are not relevant to the underlying system are not defined.

To map error codes to error messages, use the function os.strerror(),
e.g. os.strerror(2) could return 'No such file or directory'.`;
