# socket.py's helpers over the in-process network: create_server (IPv4 and IPv6), create_connection,
# socket reprs, getfqdn, text makefile, fromfd, SOCK_NONBLOCK, dup/close, datagram socketpairs.
import socket, io
print(socket.has_dualstack_ipv6())
s = socket.create_server(("127.0.0.1", 0))
print(repr(s).split("laddr")[0], s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
s6 = socket.create_server(("::1", 0), family=socket.AF_INET6)
print(s6.getsockname()[0])
c = socket.create_connection(s.getsockname())
n, _ = s.accept()
r = repr(c)
print(r[:r.index("laddr")], "raddr" in r)
print(socket.getfqdn(), socket.getfqdn("localhost"))
w = c.makefile("w", encoding="utf-8")
w.write("héllo\nworld\n"); w.flush()
rd = n.makefile("r", encoding="utf-8")
print(rd.readline(), rd.readline())
print(socket.fromfd(c.fileno(), socket.AF_INET, socket.SOCK_STREAM).getpeername() == c.getpeername())
print(socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK).gettimeout())
print(socket.if_nameindex()[0], socket.if_nametoindex('lo'), socket.close(socket.dup(c.fileno())))
with socket.socket() as t:
    pass
print(t._closed, t.fileno())
print(c.getblocking(), c.family.name, c.type.name)
c6 = socket.create_connection(("::1", s6.getsockname()[1]))
print(c6.getpeername()[:2] == s6.getsockname()[:2])
a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
a.send(b"d1"); a.send(b"d2"); print(b.recv(1), b.recv(10), b.getpeername(), a.getsockname())
import select
fd = a.fileno()
a.close()
try:
    select.select([fd], [], [], 0)
except OSError as e:
    print(type(e).__name__, e)
p = select.poll()
p.register(fd)
print([ev for _, ev in p.poll(0)], select.select([b], [b], [], 0)[1] == [b])
