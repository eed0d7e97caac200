// The _socket module (Modules/socketmodule.c) as Linux's CPython 3.10 has it, over dislab's
// in-process network (net.ts): the socket type, socketpair, dup/close of descriptors, the default
// timeout, byte-order and address-text helpers, and name lookups that need no network (numeric
// addresses, "localhost", this host's name, a table of well-known services and protocols).
// There is no CAPI capsule (no C extension could use it).
import {
  type PyObj, PyList, PyBytesObj, PyFloat, None, OSError, TimeoutError, ValueError, OverflowError, newExc, typeError, asStr, asInt,
  tuple, PyByteArray, PyTuple, typeOf, argTypeName, bindArgs,
} from "../../objects/index.ts";
import { osError } from "../errno.ts";
import { needBytes } from "../io/iobase.ts";
import { makeModule, posFn, type Fn } from "../util.ts";
import { getargsInt } from "../posix/args.ts";
import { interp } from "../../vm/interp.ts";
import { SOCKET_CONSTANTS } from "./constants.ts";
import { Endpoint, net, AF_UNSPEC, AF_INET, AF_INET6, AF_UNIX, SOCK_STREAM, SOCK_DGRAM, SOCK_RAW, SOCK_NONBLOCK, SOCK_CLOEXEC } from "./net.ts";
import { SocketType, socketFor, defaults, defaultTimeout, timeoutArg } from "./socket-type.ts";
import { herror, gaierror, gaiError, parseAton, parseIPv4, parseIPv6, formatIPv4, formatIPv6, resolve, HOSTNAME } from "./addr.ts";

/** /etc/services' common entries: name, port, protocols. */
const SERVICES: [string, number, string][] = [
  ["echo", 7, "tcp udp"], ["ftp-data", 20, "tcp"], ["ftp", 21, "tcp"], ["ssh", 22, "tcp"], ["telnet", 23, "tcp"], ["smtp", 25, "tcp"],
  ["domain", 53, "tcp udp"], ["http", 80, "tcp"], ["pop3", 110, "tcp"], ["ntp", 123, "udp"], ["imap2", 143, "tcp"], ["snmp", 161, "tcp udp"],
  ["ldap", 389, "tcp udp"], ["https", 443, "tcp udp"], ["submission", 587, "tcp"], ["imaps", 993, "tcp"], ["pop3s", 995, "tcp"],
];
const PROTOCOLS = new Map([["ip", 0], ["icmp", 1], ["tcp", 6], ["udp", 17], ["ipv6", 41], ["ipv6-icmp", 58], ["IP", 0], ["ICMP", 1], ["TCP", 6], ["UDP", 17], ["IPv6", 41]]);

function serviceByName(name: string, proto: string | null): number | null {
  const alias = name === "www" ? "http" : name === "imap" ? "imap2" : name;
  const row = SERVICES.find(([n, , p]) => n === alias && (proto === null || p.split(" ").includes(proto)));
  return row ? row[1] : null;
}
function serviceByPort(port: number, proto: string | null): string | null {
  const row = SERVICES.find(([, n, p]) => n === port && (proto === null || p.split(" ").includes(proto)));
  return row ? row[0] : null;
}

/** A name argument: "et" conversions take str, bytes or bytearray, "s" ones only str. */
function textArg(x: PyObj, fname: string, what: string, strOnly = false): string {
  const s = asStr(x);
  if (s !== null) return s;
  if (!strOnly && (x instanceof PyBytesObj || x instanceof PyByteArray)) return new TextDecoder().decode(x.bytes);
  throw typeError(`${fname}() argument ${what} must be ${strOnly ? "str" : "str, bytes or bytearray"}, not ${argTypeName(x)}`);
}

/** getaddrinfo's (family, type, proto) triples for a socket type filter. */
function kinds(type: number, proto: number): [number, number][] {
  const all: [number, number][] = [[SOCK_STREAM, 6], [SOCK_DGRAM, 17], [SOCK_RAW, 0]];
  return all.filter(([t, p]) => (type === 0 || t === type) && (proto === 0 || p === proto)).map(([t, p]) => [t, proto || p]);
}

const getaddrinfo: Fn = (args, kw) => {
  const [hostO, portO, famO, typeO, protoO, flagsO] = bindArgs("getaddrinfo", args, kw, ["host", "port", "family", "type", "proto", "flags"], 2);
  const family = famO === undefined ? 0 : getargsInt(famO);
  const type = typeO === undefined ? 0 : getargsInt(typeO);
  const proto = protoO === undefined ? 0 : getargsInt(protoO);
  const flags = flagsO === undefined ? 0 : getargsInt(flagsO);
  let host: string | null = null;
  if (hostO !== None) {
    const s = asStr(hostO!);
    if (s !== null) host = s;
    else if (hostO instanceof PyBytesObj) host = new TextDecoder().decode(hostO.bytes);
    else throw typeError("getaddrinfo() argument 1 must be string or None");
  }
  let port = 0;
  let service: string | null = null;
  if (portO !== None) {
    const i = asInt(portO!);
    if (i !== null && typeof portO !== "boolean") port = Number(i);
    else if (asStr(portO!) !== null) service = asStr(portO!);
    else if (portO instanceof PyBytesObj) service = new TextDecoder().decode(portO.bytes);
    else throw newExc(OSError, "Int or String expected");
  }
  if (host === null && portO === None) throw gaiError(-2);
  if (family !== AF_UNSPEC && family !== AF_INET && family !== AF_INET6) throw gaiError(-6);
  if (type !== 0 && type !== SOCK_STREAM && type !== SOCK_DGRAM && type !== SOCK_RAW) throw gaiError(-7);
  let ks = kinds(type, proto);
  if (service !== null) {
    if (/^[0-9]+$/.test(service)) port = Number(service) & 0xffff;
    else {
      if (flags & 1024) throw gaiError(-2); // AI_NUMERICSERV
      ks = ks.filter(([t]) => t !== SOCK_RAW && serviceByName(service!, t === SOCK_STREAM ? "tcp" : "udp") !== null);
      if (ks.length === 0) throw gaiError(-8);
      port = serviceByName(service, ks[0][0] === SOCK_STREAM ? "tcp" : "udp")!;
    }
  }
  let addrs: { family: number; host: string }[];
  if (host === null) {
    addrs = flags & 1 ? [{ family: AF_INET, host: "0.0.0.0" }, { family: AF_INET6, host: "::" }] : [{ family: AF_INET6, host: "::1" }, { family: AF_INET, host: "127.0.0.1" }];
    addrs = addrs.filter((a) => family === AF_UNSPEC || a.family === family);
  } else {
    const r = resolve(host, family);
    const numeric = r !== null && (parseAton(host) !== null || host.includes(":"));
    if (r === null || (flags & 4 && !numeric)) throw gaiError(host.includes(":") || parseAton(host) !== null ? -9 : -2); // AI_NUMERICHOST
    addrs = family === AF_UNSPEC && !numeric ? r.filter((a) => a.family === AF_INET) : r;
    if (addrs.length === 0) throw gaiError(-9);
  }
  const out: PyObj[] = [];
  let first = true;
  for (const a of addrs) {
    for (const [t, p] of ks) {
      const canon = first && flags & 2 && host !== null ? host : "";
      first = false;
      const sa = a.family === AF_INET ? tuple([a.host, port]) : tuple([a.host, port, 0, 0]);
      out.push(tuple([a.family, t, p, canon, sa]));
    }
  }
  return new PyList(out);
};

const getnameinfo: Fn = posFn("getnameinfo", 2, 2, ([sa, flagsO]) => {
  const flags = getargsInt(flagsO);
  if (!(sa instanceof PyTuple)) throw typeError("getnameinfo() argument 1 must be a tuple");
  const it = sa.items;
  if (it.length < 2 || it.length > 4) throw typeError("getnameinfo(): illegal sockaddr argument");
  const host = textArg(it[0], "getnameinfo", "1");
  const port = getargsInt(it[1]);
  const v4 = parseIPv4(host) ?? parseAton(host);
  const v6 = v4 === null ? parseIPv6(host) : null;
  if (v4 === null && v6 === null) throw gaiError(-2);
  if (v4 !== null && it.length > 2) throw newExc(OSError, "IPv4 sockaddr must be 2 tuple");
  const text = v4 !== null ? formatIPv4(v4) : formatIPv6(v6!);
  let name = text;
  if (!(flags & 1)) {
    if (text === "127.0.0.1" || text === "::1") name = "localhost";
    else if (flags & 8) throw gaiError(-2); // NI_NAMEREQD
  }
  const serv = flags & 2 ? String(port) : serviceByPort(port, flags & 16 ? "udp" : "tcp") ?? String(port);
  return tuple([name, serv]);
});

function hostByName(name: string): string {
  const r = resolve(name, AF_INET);
  if (r === null || r.length === 0) throw gaiError(-2);
  return r[0].host;
}

function swap16(x: PyObj, name: string): number {
  const v = asInt(x);
  if (v === null) throw typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
  if (v < 0) throw newExc(OverflowError, `${name}: can't convert negative Python int to C 16-bit unsigned integer`);
  if (v > 0xffff) throw newExc(OverflowError, `${name}: Python int too large to convert to C 16-bit unsigned integer`);
  const n = Number(v);
  return ((n & 0xff) << 8) | (n >> 8);
}
function swap32(x: PyObj): number {
  const v = asInt(x);
  if (v === null) throw typeError(`expected int, ${typeOf(x).name} found`);
  if (v < 0) throw newExc(OverflowError, "can't convert negative value to unsigned int");
  if (v > 0xffffffff) throw newExc(OverflowError, "int larger than 32 bits");
  const n = Number(v);
  return (((n & 0xff) << 24) >>> 0) + ((n & 0xff00) << 8) + ((n >> 8) & 0xff00) + ((n >>> 24) & 0xff);
}

export function makeSocket() {
  const fns: [string, Fn][] = [
    ["socketpair", (a, k) => {
      const [famO, typeO, protoO] = bindArgs("socketpair", a, k, ["family", "type", "proto"], 0, 3);
      const family = famO === undefined ? AF_UNIX : getargsInt(famO);
      const type = typeO === undefined ? SOCK_STREAM : getargsInt(typeO);
      const proto = protoO === undefined ? 0 : getargsInt(protoO);
      if (family === AF_INET || family === AF_INET6) throw osError("EOPNOTSUPP");
      if (family !== AF_UNIX) throw osError("EAFNOSUPPORT");
      const base = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
      if (base !== SOCK_STREAM && base !== SOCK_DGRAM) throw osError(base === SOCK_RAW ? "ESOCKTNOSUPPORT" : "EINVAL");
      if (proto !== 0) throw osError("EPROTONOSUPPORT");
      const n = net();
      const x = new Endpoint(AF_UNIX, base, 0), y = new Endpoint(AF_UNIX, base, 0);
      x.peer = y;
      y.peer = x;
      x.connected = y.connected = true;
      const fx = n.allocFd(x), fy = n.allocFd(y);
      return tuple([socketFor(x, fx, family, type, proto), socketFor(y, fy, family, type, proto)]);
    }],
    ["dup", posFn("dup", 1, 1, ([fdO]) => {
      const n = net();
      const ep = n.endpoint(getargsInt(fdO));
      if (ep === null) throw osError("EBADF");
      return n.allocFd(ep);
    })],
    ["close", posFn("close", 1, 1, ([fdO]) => {
      const fd = getargsInt(fdO);
      if (!net().closeFd(fd)) {
        const fs = interp.host.fs;
        if (fd < 3 || fs === undefined || fs.close(fd) !== null) throw osError("EBADF");
      }
      return None;
    })],
    ["getdefaulttimeout", posFn("getdefaulttimeout", 0, 0, () => (defaultTimeout() < 0 ? None : new PyFloat(defaultTimeout())))],
    ["setdefaulttimeout", posFn("setdefaulttimeout", 1, 1, ([t]) => {
      defaults.set(interp, timeoutArg(t));
      return None;
    })],
    ["gethostname", posFn("gethostname", 0, 0, () => HOSTNAME)],
    ["sethostname", posFn("sethostname", 1, 1, () => {
      throw osError("EPERM");
    })],
    ["gethostbyname", posFn("gethostbyname", 1, 1, ([h]) => hostByName(textArg(h, "gethostbyname", "1")))],
    ["gethostbyname_ex", posFn("gethostbyname_ex", 1, 1, ([h]) => {
      const name = textArg(h, "gethostbyname_ex", "1");
      const ip = hostByName(name);
      return tuple([parseAton(name) !== null ? name : name.toLowerCase() === HOSTNAME ? HOSTNAME : "localhost", new PyList([]), new PyList([ip])]);
    })],
    ["gethostbyaddr", posFn("gethostbyaddr", 1, 1, ([h]) => {
      const name = textArg(h, "gethostbyaddr", "1");
      const r = resolve(name, AF_UNSPEC);
      if (r === null) throw gaiError(-2);
      const a = r.find((x) => x.family === AF_INET) ?? r[0];
      if (a.host !== "127.0.0.1" && a.host !== "::1") throw newExc(herror, 1, "Unknown host");
      return tuple(["localhost", new PyList([]), new PyList([a.host])]);
    })],
    ["getservbyname", (a, k) => {
      const [n, p] = bindArgs("getservbyname", a, k, ["servicename", "protocolname"], 1, 2);
      const port = serviceByName(textArg(n!, "getservbyname", "1", true), p === undefined ? null : textArg(p, "getservbyname", "2", true));
      if (port === null) throw newExc(OSError, "service/proto not found");
      return port;
    }],
    ["getservbyport", (a, k) => {
      const [n, p] = bindArgs("getservbyport", a, k, ["port", "protocolname"], 1, 2);
      const port = getargsInt(n!);
      if (port < 0 || port > 0xffff) throw newExc(OverflowError, "getservbyport: port must be 0-65535.");
      const name = serviceByPort(port, p === undefined ? null : textArg(p, "getservbyport", "2", true));
      if (name === null) throw newExc(OSError, "port/proto not found");
      return name;
    }],
    ["getprotobyname", posFn("getprotobyname", 1, 1, ([n]) => {
      const v = PROTOCOLS.get(textArg(n, "getprotobyname", "1", true));
      if (v === undefined) throw newExc(OSError, "protocol not found");
      return v;
    })],
    ["ntohs", posFn("ntohs", 1, 1, ([x]) => swap16(x, "ntohs"))],
    ["htons", posFn("htons", 1, 1, ([x]) => swap16(x, "htons"))],
    ["ntohl", posFn("ntohl", 1, 1, ([x]) => swap32(x))],
    ["htonl", posFn("htonl", 1, 1, ([x]) => swap32(x))],
    ["inet_aton", posFn("inet_aton", 1, 1, ([s]) => {
      const t = asStr(s);
      if (t === null) throw typeError(`inet_aton() argument 1 must be str, not ${argTypeName(s)}`);
      const b = parseAton(t);
      if (b === null) throw newExc(OSError, "illegal IP address string passed to inet_aton");
      return new PyBytesObj(b);
    })],
    ["inet_ntoa", posFn("inet_ntoa", 1, 1, ([b]) => {
      const bytes = needBytes(b);
      if (bytes.length !== 4) throw newExc(OSError, "packed IP wrong length for inet_ntoa");
      return formatIPv4(bytes);
    })],
    ["inet_pton", posFn("inet_pton", 2, 2, ([f, s]) => {
      const fam = getargsInt(f);
      const t = asStr(s);
      if (t === null) throw typeError(`inet_pton() argument 2 must be str, not ${argTypeName(s)}`);
      if (fam !== AF_INET && fam !== AF_INET6) throw osError("EAFNOSUPPORT");
      const b = fam === AF_INET ? parseIPv4(t) : parseIPv6(t);
      if (b === null) throw newExc(OSError, "illegal IP address string passed to inet_pton");
      return new PyBytesObj(b);
    })],
    ["inet_ntop", posFn("inet_ntop", 2, 2, ([f, b]) => {
      const fam = getargsInt(f);
      const bytes = needBytes(b);
      if (fam === AF_INET) {
        if (bytes.length !== 4) throw newExc(ValueError, "invalid length of packed IP address string");
        return formatIPv4(bytes);
      }
      if (fam === AF_INET6) {
        if (bytes.length !== 16) throw newExc(ValueError, "invalid length of packed IP address string");
        return formatIPv6(bytes);
      }
      throw newExc(ValueError, `unknown address family ${fam}`);
    })],
    ["getaddrinfo", getaddrinfo],
    ["getnameinfo", getnameinfo],
    ["if_nameindex", posFn("if_nameindex", 0, 0, () => new PyList([tuple([1, "lo"])]))],
    ["if_nametoindex", posFn("if_nametoindex", 1, 1, ([n]) => {
      if (asStr(n) === null && !(n instanceof PyBytesObj)) throw typeError(`if_nametoindex(): argument must be str, not ${typeOf(n).name}`);
      if ((asStr(n) ?? new TextDecoder().decode((n as PyBytesObj).bytes)) !== "lo") throw newExc(OSError, "no interface with this name");
      return 1;
    })],
    ["if_indextoname", posFn("if_indextoname", 1, 1, ([i]) => {
      if (getargsInt(i) !== 1) throw osError("ENXIO");
      return "lo";
    })],
    ["CMSG_LEN", posFn("CMSG_LEN", 1, 1, ([n]) => 16 + getargsInt(n))],
    ["CMSG_SPACE", posFn("CMSG_SPACE", 1, 1, ([n]) => 16 + ((getargsInt(n) + 7) & ~7))],
  ];
  const values: [string, PyObj][] = [
    ["error", OSError], ["herror", herror], ["gaierror", gaierror], ["timeout", TimeoutError], ["SocketType", SocketType], ["socket", SocketType],
    ["has_ipv6", true],
  ];
  const m = makeModule("_socket", fns, values, SOCKET_DOC);
  for (const [name, v] of SOCKET_CONSTANTS) m.dict.setStr(name, v);
  return m;
}

const SOCKET_DOC = `Implementation module for socket operations.

See the socket module for documentation.`;
