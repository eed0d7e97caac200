# exit: 1
# A SyntaxError in an imported module, uncaught: the import line, then the module's file, line and caret.
import _helper
import _bad_syntax
