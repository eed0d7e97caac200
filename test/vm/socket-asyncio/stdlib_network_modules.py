# Standard-library modules built on socket, used as far as they need no real network:
# email.utils, http.client (against a server socket in this program), urllib.request and
# urllib.error, socketserver's classes, and what happens when a name cannot be resolved.
import email.utils
import http.client
import socket
import urllib.error
import urllib.request

print(email.utils.formatdate(0, usegmt=True))
print(email.utils.parseaddr("Ada Lovelace <ada@example.org>"))
print(email.utils.formataddr(("Grace Hopper", "grace@example.org")))
print(email.utils.parsedate_to_datetime("Tue, 01 Dec 2026 03:00:00 +0000"))
msgid = email.utils.make_msgid(domain="example.org")
print(msgid.startswith("<") and msgid.endswith("@example.org>"))

req = urllib.request.Request("http://example.org/path?q=1", data=b"x=1", headers={"X-Test": "yes"})
print(req.get_method(), req.host, req.selector, req.full_url, req.header_items())
print(urllib.request.urlparse("https://user@host:8080/a/b;p?q#f"))

# http.client speaking to a listening socket of this program: the request is written to the
# connection (the server side reads it), the response is queued before it is read.
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
port = srv.getsockname()[1]
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
conn.connect()
peer, _ = srv.accept()
peer.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\nX-Served-By: same program\r\n\r\nhello")
conn.request("GET", "/index.html", headers={"Accept": "text/plain"})
request = peer.recv(4096).decode()
print(request.splitlines()[0], "Host: 127.0.0.1:%d" % port in request)
resp = conn.getresponse()
print(resp.status, resp.reason, resp.getheader("X-Served-By"), resp.read())
conn.close()
peer.close()

srv.close()
try:
    urllib.request.urlopen("http://127.0.0.1:%d/" % port, timeout=1)
except urllib.error.URLError as e:
    print("URLError", repr(e.reason))
try:
    socket.getaddrinfo("no-such-host.invalid", 80)
except socket.gaierror as e:
    print("gaierror", e.errno, e)
