# exit: 1
import _helper, pkg
print(_helper.X, pkg.sub.Y, _helper.__file__, pkg.__file__, pkg.__path__, _helper)
_helper.boom()
