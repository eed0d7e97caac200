// Socket addresses between Python and the in-process network (Modules/socketmodule.c's
// getsockaddrarg, makesockaddr and setipaddr), the text forms of IPv4/IPv6 addresses (inet_aton's
// lenient forms, inet_pton's strict ones, glibc inet_ntop's canonical IPv6 text) and name
// resolution. Names resolve only where no network is needed: numeric addresses, "localhost" and
// this host's name (gethostname()); any other name fails as a resolver with no answer does,
// gaierror(-2, 'Name or service not known').
import {
  type PyObj, PyTuple, PyBytesObj, PyByteArray, PyMemoryView, PyType, TypeType, OSError, typeError, newExc, OverflowError, typeOf, asStr,
  tuple, asIndex,
} from "../../objects/index.ts";
import { osError } from "../errno.ts";
import { fsEncode, fsDecode } from "../posix/args.ts";
import { type Addr, AF_INET, AF_INET6, AF_UNIX } from "./net.ts";

export const HOSTNAME = "dislab";

export const herror = new PyType(TypeType, "herror", [OSError]);
herror.staticModule = "socket";
herror.hasDict = true;
export const gaierror = new PyType(TypeType, "gaierror", [OSError]);
gaierror.staticModule = "socket";
gaierror.hasDict = true;

const GAI_TEXT = new Map<number, string>([
  [-1, "Bad value for ai_flags"], [-2, "Name or service not known"], [-3, "Temporary failure in name resolution"],
  [-4, "Non-recoverable failure in name resolution"], [-5, "No address associated with hostname"], [-6, "ai_family not supported"],
  [-7, "ai_socktype not supported"], [-8, "Servname not supported for ai_socktype"], [-9, "Address family for hostname not supported"],
  [-10, "Memory allocation failure"], [-11, "System error"], [-12, "Argument buffer overflow"],
]);
export const gaiError = (n: number) => newExc(gaierror, n, GAI_TEXT.get(n) ?? `Unknown error ${n}`);

// ---- text forms ----------------------------------------------------------------------------------

/** inet_aton: "a.b.c.d", "a.b.c", "a.b", "a", each part decimal, 0x hex or 0 octal. */
export function parseAton(s: string): Uint8Array | null {
  const parts = s.split(".");
  if (parts.length > 4 || s === "") return null;
  const nums: number[] = [];
  for (const p of parts) {
    let m: RegExpMatchArray | null;
    let v: number;
    if ((m = /^0[xX]([0-9a-fA-F]*)$/.exec(p))) v = m[1] === "" ? 0 : parseInt(m[1], 16);
    else if (/^0[0-7]*$/.test(p)) v = parseInt(p, 8);
    else if (/^[1-9][0-9]*$/.test(p)) v = parseInt(p, 10);
    else return null;
    if (!(v <= 0xffffffff)) return null;
    nums.push(v);
  }
  const last = nums.pop()!;
  if (nums.some((n) => n > 255) || last >= 2 ** (8 * (4 - nums.length))) return null;
  const out = new Uint8Array(4);
  nums.forEach((n, i) => (out[i] = n));
  for (let i = 3, v = last; i >= nums.length; i--, v = Math.floor(v / 256)) out[i] = v & 255;
  return out;
}

/** inet_pton(AF_INET): exactly four decimal parts, no leading zeros beyond "0". */
export function parseIPv4(s: string): Uint8Array | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return null;
  const out = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    const p = m[i + 1];
    if ((p.length > 1 && p[0] === "0") || Number(p) > 255) return null;
    out[i] = Number(p);
  }
  return out;
}

/** inet_pton(AF_INET6), with a trailing dotted IPv4 part allowed. */
export function parseIPv6(s: string): Uint8Array | null {
  const halves = s.split("::");
  if (halves.length > 2) return null;
  const words = (h: string): number[] | null => {
    if (h === "") return [];
    const out: number[] = [];
    const ps = h.split(":");
    for (let i = 0; i < ps.length; i++) {
      const p = ps[i];
      if (i === ps.length - 1 && p.includes(".")) {
        const v4 = parseIPv4(p);
        if (v4 === null) return null;
        out.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(p)) out.push(parseInt(p, 16));
      else return null;
    }
    return out;
  };
  const head = words(halves[0]);
  const tail = halves.length === 2 ? words(halves[1]) : [];
  if (head === null || tail === null) return null;
  if (halves.length === 1 ? head.length !== 8 : head.length + tail.length > 7) return null;
  const full = [...head, ...new Array(8 - head.length - tail.length).fill(0), ...tail];
  const out = new Uint8Array(16);
  full.forEach((w, i) => {
    out[2 * i] = w >> 8;
    out[2 * i + 1] = w & 255;
  });
  return out;
}

export const formatIPv4 = (b: Uint8Array): string => `${b[0]}.${b[1]}.${b[2]}.${b[3]}`;

/** glibc's inet_ntop(AF_INET6): the longest run of two or more zero words as "::" (the first of equals). */
export function formatIPv6(b: Uint8Array): string {
  const w: number[] = [];
  for (let i = 0; i < 8; i++) w.push((b[2 * i] << 8) | b[2 * i + 1]);
  let best = -1, bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (w[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && w[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (bestLen < 2) best = -1;
  let out = "";
  for (let i = 0; i < 8; i++) {
    if (i === best) {
      out += "::";
      i += bestLen - 1;
      continue;
    }
    if (i === 6 && best === 0 && (bestLen === 6 || (bestLen === 5 && w[5] === 0xffff))) {
      return out + (out.endsWith(":") ? "" : ":") + formatIPv4(b.subarray(12));
    }
    if (out !== "" && !out.endsWith(":")) out += ":";
    out += w[i].toString(16);
  }
  return out;
}

// ---- resolution ----------------------------------------------------------------------------------

/** The addresses a name has for a family (AF_INET's first when both are asked); null if unknown. */
export function resolve(name: string, family: number): { family: number; host: string }[] | null {
  const out: { family: number; host: string }[] = [];
  const v4 = parseAton(name);
  if (v4 !== null && /^[0-9a-fA-Fx.]+$/.test(name)) {
    if (family === AF_INET6) return null;
    return [{ family: AF_INET, host: formatIPv4(v4) }];
  }
  const v6 = name.includes(":") ? parseIPv6(name.split("%")[0]) : null;
  if (v6 !== null) {
    if (family === AF_INET) return null;
    return [{ family: AF_INET6, host: formatIPv6(v6) }];
  }
  const lower = name.toLowerCase();
  if (lower === "localhost" || lower === "localhost.localdomain" || lower === HOSTNAME) {
    if (family !== AF_INET) out.push({ family: AF_INET6, host: "::1" });
    if (family !== AF_INET6) out.push({ family: AF_INET, host: "127.0.0.1" });
    return out;
  }
  return null;
}

/** setipaddr: a host argument for AF_INET/AF_INET6 as its canonical numeric text. */
function hostArg(x: PyObj, family: number): string {
  let s: string;
  const t = asStr(x);
  if (t !== null) s = t;
  else if (x instanceof PyBytesObj || x instanceof PyByteArray) s = new TextDecoder().decode(x.bytes);
  else throw typeError(`str, bytes or bytearray expected, not ${typeOf(x).name}`);
  if (s === "") return family === AF_INET ? "0.0.0.0" : "::";
  if (s === "<broadcast>" || s === "255.255.255.255") {
    if (family !== AF_INET) throw osError("EAFNOSUPPORT");
    return "255.255.255.255";
  }
  const r = resolve(s, family);
  if (r === null || r.length === 0) throw gaiError(-2);
  const pick = r.find((a) => a.family === family) ?? r[0];
  return pick.host;
}

function portArg(x: PyObj, caller: string): number {
  const v = asIndex(x);
  if (typeof v === "bigint" || v < 0 || v > 65535) throw newExc(OverflowError, `${caller}(): port must be 0-65535.`);
  return v;
}

/** getsockaddrarg: a Python address for `family` as an Addr; `caller` names the method in messages. */
export function addrArg(family: number, x: PyObj, caller: string): Addr {
  if (family === AF_UNIX) {
    let path: Uint8Array;
    const s = asStr(x);
    if (s !== null) path = fsEncode(s);
    else if (x instanceof PyBytesObj || x instanceof PyByteArray) path = x.bytes.slice();
    else if (x instanceof PyMemoryView) path = x.toBytes();
    else throw typeError(`a bytes-like object is required, not '${typeOf(x).name}'`);
    if (path.length > 107) throw newExc(OSError, "AF_UNIX path too long");
    return { family: AF_UNIX, path };
  }
  const fname = family === AF_INET ? "AF_INET" : "AF_INET6";
  if (!(x instanceof PyTuple)) throw typeError(`${caller}(): ${fname} address must be tuple, not ${typeOf(x).name}`);
  const it = x.items;
  if (family === AF_INET) {
    if (it.length !== 2) throw typeError("AF_INET address must be a pair (host, port)");
    const host = hostArg(it[0], AF_INET);
    return { family: AF_INET, host, port: portArg(it[1], caller) };
  }
  if (it.length < 2 || it.length > 4) throw typeError("AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
  const host = hostArg(it[0], AF_INET6);
  const port = portArg(it[1], caller);
  const flowinfo = it.length > 2 ? Number(asIndex(it[2])) : 0;
  if (flowinfo < 0 || flowinfo > 0xfffff) throw newExc(OverflowError, `${caller}(): flowinfo must be 0-1048575.`);
  const scope = it.length > 3 ? Number(asIndex(it[3])) : 0;
  return { family: AF_INET6, host, port, flowinfo, scope };
}

/** makesockaddr: an Addr as Python sees it (an unnamed AF_UNIX socket's is ''). */
export function addrObj(a: Addr | null, family: number): PyObj {
  if (a === null) {
    if (family === AF_INET) return tuple(["0.0.0.0", 0]);
    if (family === AF_INET6) return tuple(["::", 0, 0, 0]);
    return "";
  }
  if (a.family === AF_INET) return tuple([a.host, a.port]);
  if (a.family === AF_INET6) return tuple([a.host, a.port, a.flowinfo, a.scope]);
  if (a.path.length > 0 && a.path[0] === 0) return new PyBytesObj(a.path);
  return fsDecode(a.path);
}

