# TextIOWrapper.tell()/seek() cookies as textio.c builds them (bytes-per-character guess, safe start points, a pending CR in the decoder flags) and readline limits across chunk boundaries, for several codecs, newline modes and chunk sizes.
import io
for nl in [None, "", "\n", "\r", "\r\n"]:
    for size in [1, 2, 3, 5]:
        t = io.TextIOWrapper(io.BytesIO(b"ab\r\ncd\rx\ny\r\n\r\nlast"), encoding="ascii", newline=nl)
        t._CHUNK_SIZE = size
        out = []
        while True:
            line = t.readline(2)
            if not line:
                break
            out.append((line, t.tell()))
        print(repr(nl), size, out)
        t.seek(0)
        print("  ", [t.readline() for _ in range(7)])
texts = ["héllo wörld\nsecond line €\nthird 😀 line\n", "a\r\nb\rc\nd" * 3]
for enc in ["utf-8", "utf-16", "utf-32-le", "latin-1", "utf-8-sig", "cp1252", "cp437"]:
    for text in texts:
        for nl in [None, "", "\n"]:
            try:
                data = text.encode(enc)
            except UnicodeEncodeError:
                continue
            for size in [1, 2, 5, 64]:
                t = io.TextIOWrapper(io.BytesIO(data), encoding=enc, newline=nl)
                t._CHUNK_SIZE = size
                cookies = []
                while True:
                    c = t.read(3)
                    if not c:
                        break
                    cookies.append(t.tell())
                ok = True
                for c in cookies:
                    t.seek(c)
                    t.read(1)
                print(enc, repr(nl), size, cookies)
