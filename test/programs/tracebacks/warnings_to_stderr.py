# Warnings printed by the default handler on stderr (file:line: Category: message, then the source line).
import warnings
def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1
def noisy():
    warnings.warn("something odd")
    warnings.warn("again, same place")
for _ in range(3):
    noisy()
old_api()
warnings.warn("runtime trouble", RuntimeWarning)
warnings.warn(UserWarning("an instance"))
warnings.warn("future change", FutureWarning)
warnings.warn("hidden by default", PendingDeprecationWarning)
warnings.warn_explicit("explicit", SyntaxWarning, "virtual.py", 12)
print("stdout is separate from stderr")
