# asyncio streams over 127.0.0.1 inside one program: start_server, open_connection, readline,
# readexactly, read until EOF, write_eof, several clients at once, IncompleteReadError.
import asyncio

log = []

async def handle(reader, writer):
    peer = writer.get_extra_info("peername")
    assert peer[0] == "127.0.0.1"
    while True:
        line = await reader.readline()
        if not line:
            break
        if line == b"upper\n":
            try:
                data = await reader.readexactly(5)
            except asyncio.IncompleteReadError as e:
                log.append(f"server: short read {e.partial!r}")
                break
            writer.write(data.upper())
        else:
            writer.write(b"echo: " + line)
        await writer.drain()
    log.append("server saw EOF")
    writer.close()
    await writer.wait_closed()

async def client(port, name, lines):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    out = []
    for line in lines:
        writer.write(line.encode() + b"\n")
        await writer.drain()
        out.append((await reader.readline()).decode().rstrip("\n"))
    writer.write(b"upper\nhello")
    out.append((await reader.readexactly(5)).decode())
    writer.write_eof()
    rest = await reader.read()
    out.append(repr(rest))
    writer.close()
    await writer.wait_closed()
    return name, out

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(type(port).__name__, 1024 <= port <= 65535)
    results = await asyncio.gather(
        client(port, "a", ["one", "two"]),
        client(port, "b", ["three"]),
        client(port, "c", []),
    )
    for name, out in results:
        print(name, out)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"upper\nab")
    writer.write_eof()
    try:
        await reader.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError", e.partial, e.expected)
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    await asyncio.sleep(0)
    print(sorted(log))
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print("refused", e.errno)

asyncio.run(main())
