# The signal module without operating-system signals (only what Linux and the WebAssembly oracle
# agree on): handlers as the program installs them, raise_signal delivering SIGINT to the
# handler, default_int_handler, strsignal, valid_signals and the errors of signal().
import signal

print(signal.SIGINT, int(signal.SIGTERM), signal.NSIG, signal.SIG_DFL, signal.SIG_IGN)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGTERM))
seen = []
def handler(signum, frame):
    seen.append((signum, frame.f_code.co_name))
old = signal.signal(signal.SIGINT, handler)
print(old is signal.default_int_handler, signal.getsignal(signal.SIGINT) is handler)
def trigger():
    signal.raise_signal(signal.SIGINT)
    return "after"
print(trigger(), seen)
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
print("ignored")
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
for args in [(signal.SIGINT, 5), (0, signal.SIG_DFL), (99, signal.SIG_DFL)]:
    try:
        signal.signal(*args)
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
for n in [1, 2, 15]:
    print(n, signal.strsignal(n))
print(signal.SIGINT in signal.valid_signals(), signal.Signals(2).name, signal.Handlers(signal.SIG_IGN).name)
try:
    signal.default_int_handler()
except TypeError as e:
    print(e)
