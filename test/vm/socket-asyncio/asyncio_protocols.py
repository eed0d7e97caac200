# asyncio's lower layers over the in-process network: Protocol-based create_server and
# create_connection, the loop's sock_* coroutines on a socketpair, and UDP datagram endpoints.
import asyncio, socket

class Echo(asyncio.Protocol):
    def connection_made(self, t):
        self.t = t
    def data_received(self, data):
        self.t.write(data[::-1])
    def eof_received(self):
        self.t.close()

class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.buf = b""
    def data_received(self, data):
        self.buf += data
    def connection_lost(self, exc):
        self.done.set_result(self.buf)

class UDPEcho(asyncio.DatagramProtocol):
    def connection_made(self, t):
        self.t = t
    def datagram_received(self, data, addr):
        self.t.sendto(data.upper(), addr)

class UDPClient(asyncio.DatagramProtocol):
    def __init__(self, fut):
        self.fut = fut
    def datagram_received(self, data, addr):
        self.fut.set_result(data)

async def main():
    loop = asyncio.get_running_loop()
    srv = await loop.create_server(Echo, "127.0.0.1", 0)
    port = srv.sockets[0].getsockname()[1]
    done = loop.create_future()
    t, p = await loop.create_connection(lambda: Client(done), "127.0.0.1", port)
    t.write(b"abcdef")
    t.write_eof()
    print(await done)
    srv.close(); await srv.wait_closed()

    a, b = socket.socketpair()
    a.setblocking(False); b.setblocking(False)
    await loop.sock_sendall(a, b"low level")
    print(await loop.sock_recv(b, 100))
    a.close(); b.close()

    st, _ = await loop.create_datagram_endpoint(UDPEcho, local_addr=("127.0.0.1", 0))
    addr = st.get_extra_info("sockname")
    fut = loop.create_future()
    ct, _ = await loop.create_datagram_endpoint(lambda: UDPClient(fut), remote_addr=addr)
    ct.sendto(b"udp")
    print(await asyncio.wait_for(fut, 1))
    ct.close(); st.close()


asyncio.run(main())
