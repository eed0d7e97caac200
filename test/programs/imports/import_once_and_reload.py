# A module body runs once however many times it is imported; importlib.reload runs it again.
import _noisy
import _noisy
from _noisy import bump
print(bump(), bump(), _noisy.counter)
import _noisy as again
print(again is _noisy, again.counter)
import importlib
reloaded = importlib.reload(_noisy)
print(reloaded is _noisy, _noisy.counter, bump(), _noisy.counter)
import sys
del sys.modules["_noisy"]
import _noisy
print(_noisy is not again, _noisy.counter)
