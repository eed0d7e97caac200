# What a closed StringIO or BytesIO says, method by method: StringIO's own checks say 'I/O operation on
# closed file', what it inherits from IOBase (readlines, writelines, iter, isatty, __enter__) and every
# BytesIO check end it with a period.
import io
s=io.StringIO('ab'); s.close()
for f in ['s.readlines()', 'list(s)', 's.read()', 'next(s)', 'iter(s)', 's.writelines([])', 's.readline()', 's.tell()', 's.seekable()', 's.getvalue()', 's.isatty()', 's.truncate()', 's.fileno()', 's.flush()', 'next(iter([]), 0) or s.__enter__()']:
    try: print(f, eval(f))
    except Exception as e: print(f, type(e).__name__, e)
b=io.BytesIO(b'ab'); b.close()
for f in ['b.readlines()', 'list(b)', 'b.read()', 'next(b)', 'b.writelines([])', 'b.readline()', 'b.tell()', 'b.seekable()', 'b.getvalue()', 'b.isatty()', 'b.flush()', 'b.getbuffer()', 'b.__enter__()']:
    try: print(f, eval(f))
    except Exception as e: print(f, type(e).__name__, e)
