# Bad arguments to socket and select functions: the exception types and messages CPython 3.10 gives.
import socket, select
def t(f, *a, **k):
    try: r = f(*a, **k); print("ok", repr(r)[:60])
    except BaseException as e: print(type(e).__name__, e)
s = socket.socket()
t(s.bind, ("127.0.0.1", 2**70)); t(s.recv, "a"); t(s.setsockopt, 1, 2, 2**40)
t(s.settimeout, 2**1000); t(s.settimeout, "x"); t(s.recv); t(s.send); t(s.bind, ("127.0.0.1",)); t(s.bind, (1, 2))
t(s.connect, ("", 1)); t(s.connect, (None, 1)); t(s.shutdown, 5); t(socket.getaddrinfo, 1, 2); t(socket.getaddrinfo, "x", 1.5)
t(select.select, [None], [], []); t(select.select, [], [], [], -1); t(select.select, [], [], [], "x"); t(select.select, 1, [], [])
t(socket.inet_aton, 5); t(socket.inet_ntoa, "abcd"); t(socket.getnameinfo, ("127.0.0.1",), 0); t(socket.getservbyport, 70000)
t(socket.socket(type=socket.SOCK_DGRAM).recvfrom_into, bytearray(2), 5); t(s.recv_into, b"abc"); t(s.sendto, b"x")
t(socket.socketpair, 1, 1, 5); t(s.getsockopt, 1, 3, 0); t(socket.dup, 9999); t(socket.close, 9999)
t(socket.socket().listen, -5); t(socket.CMSG_LEN, 4)
t(socket.gethostbyname, 5); t(socket.getaddrinfo, "127.0.0.1", "http", family=99)
