# os over a file system: the program's own folder (the cwd is the project root), then a scratch tree under /tmp made
# and removed again (stat, listdir, scandir, walk, rename, os.open/read/write/lseek, errors by type, os.path).
import os, stat, errno
here = os.path.dirname(__file__)
print(os.path.isdir(here), os.path.isfile(__file__), os.path.exists(os.path.join(here, "missing.py")), os.path.basename(__file__))
st = os.stat(__file__)
print(type(st).__name__, stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(here).st_mode), st.st_size > 0, st[6] == st.st_size, len(st))
print(isinstance(st.st_mtime, float), isinstance(st.st_mtime_ns, int), os.path.basename(__file__) in os.listdir(here))
root = "/tmp/dislab_os_files"
def rmtree(p):
    for e in os.scandir(p):
        rmtree(e.path) if e.is_dir() else os.unlink(e.path)
    os.rmdir(p)
if os.path.exists(root):
    rmtree(root)
os.mkdir(root)
os.makedirs(os.path.join(root, "a", "b"))
fd = os.open(os.path.join(root, "a", "f.bin"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b"0123456789"), os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 2, os.SEEK_SET), os.write(fd, b"AB"), os.lseek(fd, 0, os.SEEK_END))
os.close(fd)
fd = os.open(os.path.join(root, "a", "f.bin"), os.O_RDONLY)
print(os.read(fd, 4), os.read(fd, 100), os.read(fd, 5), os.fstat(fd).st_size)
os.close(fd)
fd = os.open(os.path.join(root, "a", "f.bin"), os.O_WRONLY | os.O_APPEND)
os.write(fd, b"++")
os.close(fd)
print(os.stat(os.path.join(root, "a", "f.bin")).st_size)
print(sorted(os.listdir(root)), sorted(os.listdir(os.path.join(root, "a"))), sorted(os.listdir(os.fsencode(root))))
entries = sorted(os.scandir(os.path.join(root, "a")), key=lambda e: e.name)
print([(e.name, e.is_dir(), e.is_file(), e.path.endswith("/a/" + e.name)) for e in entries], repr(entries[0]))
print([(os.path.relpath(d, root), sorted(ds), sorted(fs)) for d, ds, fs in sorted(os.walk(root))])
os.rename(os.path.join(root, "a", "f.bin"), os.path.join(root, "g.bin"))
os.replace(os.path.join(root, "g.bin"), os.path.join(root, "h.bin"))
print(sorted(os.listdir(root)), os.path.exists(os.path.join(root, "a", "f.bin")))
def err(f):
    try:
        return f()
    except OSError as e:
        return (type(e).__name__, e.errno == getattr(errno, errno.errorcode[e.errno]), e.filename is not None)
print(err(lambda: os.stat(os.path.join(root, "nope"))), err(lambda: os.mkdir(root)), err(lambda: os.rmdir(os.path.join(root, "a"))))
print(err(lambda: os.listdir(os.path.join(root, "h.bin"))), err(lambda: os.unlink(os.path.join(root, "a"))), err(lambda: os.open(root + "/x/y", os.O_RDONLY)))
print(err(lambda: os.read(9999, 1)), err(lambda: os.open(os.path.join(root, "h.bin"), os.O_WRONLY | os.O_CREAT | os.O_EXCL)))
cwd = os.getcwd()
os.chdir(root)
print(sorted(os.listdir()), os.path.isfile("h.bin"), os.path.abspath("h.bin") == os.path.join(root, "h.bin"))
os.chdir(cwd)
print(os.getcwd() == cwd, os.path.isfile(__file__))
rmtree(root)
print(os.path.exists(root), os.fspath(os.path.join("x", "y")), os.path.splitext("a/b.tar.gz"), os.path.normpath("a//b/../c/."))
