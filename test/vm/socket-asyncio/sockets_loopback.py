# The socket module over the in-process loopback network: socketpair, listen/connect/accept on
# 127.0.0.1 and AF_UNIX names, blocking modes and their errors, shutdown, datagrams, socket
# options, selectors over sockets, and the address helpers.
import errno
import selectors
import socket

def attempt(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return r

a, b = socket.socketpair()
print(a.family, a.type, a.proto, a.getsockname(), a.getpeername(), a.gettimeout(), a.getblocking())
a.sendall(b"hello world")
print(b.recv(5), b.recv(100))
b.setblocking(False)
print(attempt(b.recv, 10), b.gettimeout())
b.settimeout(0.01)
print(attempt(b.recv, 10), b.gettimeout())
buf = bytearray(8)
a.send(b"xyz")
b.setblocking(True)
print(b.recv_into(buf), buf)
a.send(b"peek")
print(b.recv(10, socket.MSG_PEEK), b.recv(10))
a.shutdown(socket.SHUT_WR)
print(b.recv(10), attempt(a.send, b"x"))
b.sendall(b"still open the other way")
print(a.recv(100))
b.close()
print(attempt(a.send, b"gone"), attempt(b.recv, 1), repr(b))
a.close()
print(a.fileno(), attempt(a.getsockname))

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen(5)
host, port = srv.getsockname()
print(host, srv.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN), srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
print(attempt(socket.socket().bind, ("127.0.0.1", port)))
clients = []
for i in range(3):
    c = socket.create_connection(("127.0.0.1", port))
    clients.append(c)
    print("client", c.getpeername() == (host, port), c.getsockname()[0])
conns = []
for i in range(3):
    conn, addr = srv.accept()
    conns.append(conn)
    print("accepted", addr == clients[i].getsockname(), conn.getsockname() == (host, port))
for i, c in enumerate(clients):
    c.sendall(f"message {i}".encode())
for conn in reversed(conns):
    print(conn.recv(100))
f = conns[0].makefile("rwb")
clients[0].sendall(b"line one\nline two\n")
print(f.readline(), f.readline())
f.close()

sel = selectors.DefaultSelector()
print(type(sel).__name__)
srv.setblocking(False)
sel.register(srv, selectors.EVENT_READ, "server")
for c in conns:
    c.setblocking(False)
    sel.register(c, selectors.EVENT_READ, "conn")
print(sel.select(0))
clients[1].send(b"ping")
late = socket.create_connection(("localhost", port))
events = sel.select(0.5)
print(sorted((key.data, mask) for key, mask in events))
conn, _ = srv.accept()
print(attempt(srv.accept))
clients[2].close()
events = sel.select(0)
print(sorted((key.data, mask) for key, mask in events))
print(conns[2].recv(10), conns[1].recv(10))
sel.close()

print(attempt(socket.create_connection, ("127.0.0.1", 1)))
nb = socket.socket()
nb.setblocking(False)
print(attempt(nb.connect, ("127.0.0.1", 1)), nb.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR), errno.errorcode[111])
print(nb.connect_ex(("127.0.0.1", port)) in (0, errno.EINPROGRESS))
print(attempt(socket.socket().connect, ("127.0.0.1", 70000)))
print(attempt(socket.socket().connect, "127.0.0.1:80"))
print(attempt(socket.socket(socket.AF_INET6).bind, ("::1", 0, 2 ** 20)))
print(attempt(socket.socket().listen) is None, attempt(socket.socket().recv, 1), attempt(socket.socket().send, b"x"))
print(attempt(socket.socket, 99), attempt(socket.socket, socket.AF_INET, 99), attempt(socket.socketpair, socket.AF_INET))

u = socket.socket(socket.AF_UNIX)
u.bind("\0dislab-test")
u.listen()
uc = socket.socket(socket.AF_UNIX)
uc.connect("\0dislab-test")
us, uaddr = u.accept()
print(u.getsockname(), uaddr, us.getsockname(), uc.getpeername())
uc.sendall(b"over unix")
print(us.recv(100))
print(attempt(socket.socket(socket.AF_UNIX).connect, "\0nobody-here"))

d1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
d2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
d1.bind(("127.0.0.1", 0))
d2.sendto(b"datagram one", d1.getsockname())
d2.sendto(b"two", d1.getsockname())
data, frm = d1.recvfrom(100)
print(data, frm == d2.getsockname(), d1.recv(2))
d1.settimeout(0.01)
print(attempt(d1.recvfrom, 10))

x = socket.socket()
print(x.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE), x.getsockopt(socket.SOL_SOCKET, socket.SO_PROTOCOL), x.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
x.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print(x.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
x.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1000)
print(x.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF))
print(x.getsockname(), attempt(x.getpeername))
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
print(socket.socket().gettimeout())
socket.setdefaulttimeout(None)
print(attempt(socket.setdefaulttimeout, -1), attempt(x.settimeout, float("nan")))
y = socket.socket(fileno=socket.dup(x.fileno()))
print(y.family, y.type, y.fileno() != x.fileno())
x.close()
y.close()

print(socket.getaddrinfo("127.0.0.1", 80, type=socket.SOCK_STREAM))
print(socket.getaddrinfo("localhost", "http"))
print(socket.getaddrinfo(None, 8080, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo("::1", 443, proto=socket.IPPROTO_TCP))
print(attempt(socket.getaddrinfo, "localhost", "no-such-service"))
print(socket.gethostbyname("localhost"), socket.gethostbyname("127.1"), socket.gethostbyaddr("127.0.0.1"))
print(socket.getnameinfo(("127.0.0.1", 80), 0), socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getservbyname("https"), socket.getservbyport(22), socket.getprotobyname("udp"))
print(socket.inet_aton("10.1"), socket.inet_ntoa(b"\x7f\x00\x00\x01"), attempt(socket.inet_aton, "1.2.3.256"))
for text in ["::", "::1", "1:0:0:1::1", "fe80::1:2", "2001:db8::ff00:42:8329", "::ffff:192.0.2.1", "1:2:3:4:5:6:7:8"]:
    packed = socket.inet_pton(socket.AF_INET6, text)
    print(text, packed.hex(), socket.inet_ntop(socket.AF_INET6, packed))
print(attempt(socket.inet_pton, socket.AF_INET6, "1::2::3"), attempt(socket.inet_pton, socket.AF_INET, "1.2.3"), attempt(socket.inet_ntop, socket.AF_INET, b"12345"))
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(0x01020304), attempt(socket.htons, 70000), attempt(socket.htonl, -1))
print(socket.timeout is TimeoutError, socket.error is OSError, issubclass(socket.gaierror, OSError), socket.has_ipv6)
print(socket.AF_INET, repr(socket.SOCK_STREAM), socket.AddressFamily(10), socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.MSG_PEEK, socket.AI_PASSIVE)

# buffers: a fresh socket's sizes, and a megabyte sent over loopback TCP before the peer reads
t = socket.socket()
print(t.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF), t.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF))
pa, pb = socket.socketpair()
print(pa.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF), pa.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF))
big = socket.create_connection(("127.0.0.1", port))
peer, _ = srv.accept()
peer.setblocking(True)
big.sendall(b"m" * 1_000_000)
got = 0
while got < 1_000_000:
    got += len(peer.recv(65536))
print("received", got)

# a listener closed with connections it never accepted resets them
l=socket.socket(); l.bind(('127.0.0.1',0)); l.listen()
c=socket.create_connection(l.getsockname()); l.close()
for f, a in [(c.recv, 10), (c.recv, 10), (c.send, b'x')]:
    try: print(f(a))
    except Exception as e: print(type(e).__name__, e)
a=socket.socket(socket.AF_UNIX); a.bind('\0dislab-unaccepted'); a.listen(); b=socket.socket(socket.AF_UNIX); b.connect('\0dislab-unaccepted'); a.close()
try: print(b.recv(10))
except Exception as e: print(type(e).__name__, e)
