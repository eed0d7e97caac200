# Modules built on socket, used without a network: email.utils' dates and addresses, urllib's
# Request and parsing, http.client's constants and response classes, socketserver's classes.
import email.utils
import http
import http.client
import socket
import socketserver
import urllib.parse
import urllib.request

print(email.utils.formatdate(86400 * 365, usegmt=True))
print(email.utils.parseaddr("Ada Lovelace <ada@example.org>"), email.utils.getaddresses(["a@b.c, Bob <bob@x.y>"]))
print(email.utils.formataddr(("Grace Hopper", "grace@example.org")), email.utils.parsedate_tz("Mon, 20 Nov 1995 19:12:08 -0500"))
msgid = email.utils.make_msgid(domain="example.org")
print(msgid.startswith("<") and msgid.endswith("@example.org>"))
req = urllib.request.Request("http://example.org/p?q=1", data=b"x", headers={"X-Test": "yes"}, method="PUT")
print(req.get_method(), req.host, req.type, req.selector, req.header_items(), req.has_header("X-test"))
print(urllib.parse.urlsplit("https://user:pw@host:8080/a/b?q=1#f").port, urllib.parse.quote("a b/c"), urllib.parse.urlencode({"k": "v w"}))
print(http.client.HTTP_PORT, http.client.HTTPS_PORT, http.HTTPStatus.NOT_FOUND.phrase, http.client.responses[418])
conn = http.client.HTTPConnection("example.org", 8080, timeout=3)
print(conn.host, conn.port, conn.timeout, conn.sock)
print(socketserver.TCPServer.address_family, socketserver.UDPServer.socket_type, socketserver.TCPServer.request_queue_size)
print(issubclass(socketserver.ThreadingTCPServer, socketserver.TCPServer), socket.SOCK_STREAM in (1, 2))
