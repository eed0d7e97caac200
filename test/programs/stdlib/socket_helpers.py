# The socket module's pure helpers: byte order, IPv4/IPv6 text and packed forms, constants and
# their enums, the exception classes, and the argument errors of the helpers. (IPv6 text forms and
# htonl's overflow are left out: the oracle's WebAssembly build has IPv6 disabled and a 32-bit long;
# test/vm/socket-asyncio/ checks them against native CPython.)
import socket

def attempt(f, *args):
    try:
        return f(*args)
    except Exception as e:
        return f"{type(e).__name__}: {e}"

print(socket.htons(1), socket.ntohs(0x1234), socket.htonl(1), socket.ntohl(0x01020304))
print(attempt(socket.htons, 70000), attempt(socket.htons, -1), attempt(socket.htons, 1.5))
for text in ["127.0.0.1", "10.1", "0x7f.1", "1", "255.255.255.255"]:
    print(text, socket.inet_aton(text), socket.inet_ntoa(socket.inet_aton(text)))
print(attempt(socket.inet_aton, "1.2.3.256"), attempt(socket.inet_aton, "x"), attempt(socket.inet_ntoa, b"abc"))
print(socket.inet_pton(socket.AF_INET, "192.168.0.1"), attempt(socket.inet_pton, socket.AF_INET, "1.2.3"))
print(socket.AF_INET, socket.AF_INET6, socket.AF_UNIX, repr(socket.SOCK_STREAM), repr(socket.SOCK_DGRAM))
print(int(socket.SOL_SOCKET), int(socket.SO_REUSEADDR), int(socket.IPPROTO_TCP), int(socket.TCP_NODELAY), int(socket.SHUT_RDWR))
print(socket.AddressFamily(2), socket.SocketKind(1), socket.AddressFamily.AF_INET6.value)
print(socket.error is OSError, socket.timeout is TimeoutError, socket.herror.__mro__[1:3], socket.gaierror.__module__)
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(3)
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(None)
print(attempt(socket.setdefaulttimeout, -1))
