# FileIO.__init__ sets `name` through setattr, so a subclass's __setattr__ sees it and may refuse it;
# when __init__ fails after getting a descriptor, it closes the descriptor only if it opened it
# itself: one it was given (a directory's, or refused by __setattr__) stays open for its owner.
import errno
import io
import os


class Refused(Exception):
    pass


class RefusesName(io.FileIO):
    def __setattr__(self, name, value):
        print("setattr", name)
        if name == "name":
            raise Refused("blocked setting name")
        return super().__setattr__(name, value)


fd = os.open(__file__, os.O_RDONLY)
try:
    RefusesName(fd)
except Refused as e:
    print("given a descriptor:", e)
os.close(fd)
print("the descriptor was still open for its owner to close")

try:
    RefusesName(__file__)
except Refused as e:
    print("given a name:", e)


class SeesName(io.FileIO):
    def __setattr__(self, name, value):
        if name == "name":
            print("setattr name, the file's own:", value == __file__)
        super().__setattr__(name, value)


f = SeesName(__file__)
print(f.name == __file__, f.__dict__ == {"name": __file__})
io.FileIO.close(f)

fd = os.open(".", os.O_RDONLY)
try:
    io.FileIO(fd, "r")
except IsADirectoryError as e:
    print("a directory's descriptor:", e.errno == errno.EISDIR, e.filename == fd)
os.close(fd)
print("the directory's descriptor was still open")
try:
    io.FileIO(".", "r")
except IsADirectoryError as e:
    print("a directory's name:", e.errno == errno.EISDIR, e.filename)
