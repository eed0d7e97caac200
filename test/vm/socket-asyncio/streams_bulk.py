# A 1 MiB transfer each way through asyncio streams: partial sends against a full peer buffer,
# the transport's write buffering and drain(), readexactly and read-to-EOF.
import asyncio, hashlib
DATA = bytes(range(256)) * 4096  # 1 MiB
async def handle(r, w):
    got = await r.readexactly(len(DATA))
    w.write(hashlib.sha256(got).hexdigest().encode() + b"\n")
    w.write(got[::-1])
    await w.drain()
    w.close()
async def main():
    srv = await asyncio.start_server(handle, "127.0.0.1", 0)
    r, w = await asyncio.open_connection(*srv.sockets[0].getsockname())
    w.write(DATA)
    await w.drain()
    print((await r.readline()).decode().strip() == hashlib.sha256(DATA).hexdigest())
    back = await r.read()
    print(len(back), back == DATA[::-1])
    srv.close()
asyncio.run(main())
