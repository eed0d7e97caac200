# license() prints CPython's LICENSE.txt, which site finds beside the standard library. A copy
# pages it all at once (no input() between pages), so the shared builtin stays as it was.
import copy
print(repr(license))
whole = copy.copy(license)
whole.MAXLINES = 10**6
whole()
