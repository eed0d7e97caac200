# m[i] checks the view again after i.__index__ ran: a release there makes it a ValueError.
class MyIndex:
    def __index__(self):
        m.release()
        return 4
m = memoryview(bytearray(b'\xff' * 16))
try: print(m[MyIndex()])
except ValueError as e: print("ValueError", e)
m = memoryview(bytearray(b'\xff' * 16))
print(m[2], m[-1], m[True])
