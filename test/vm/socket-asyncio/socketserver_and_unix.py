# socketserver handling a request from a client of the same program, and asyncio over AF_UNIX.
import asyncio, os, socket, socketserver

class Upper(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline()
        self.wfile.write(line.upper())

with socketserver.TCPServer(("127.0.0.1", 0), Upper) as server:
    client = socket.create_connection(server.server_address)
    client.sendall(b"hello socketserver\n")
    server.handle_request()
    print(client.recv(100))
    client.close()

path = "/tmp/dislab-socket-test-%d.sock" % os.getpid()
async def handle(r, w):
    w.write((await r.readline())[::-1])
    await w.drain()
    w.close()
async def main():
    srv = await asyncio.start_unix_server(handle, path)
    print(srv.sockets[0].getsockname() == path, srv.sockets[0].family)
    r, w = await asyncio.open_unix_connection(path)
    w.write(b"abc\n")
    print(await r.read())
    w.close()
    srv.close()
    await srv.wait_closed()
try:
    asyncio.run(main())
finally:
    try:
        os.unlink(path)
    except OSError:
        pass
