# Features that do not exist in 3.10: except* and ExceptionGroup are errors here, as in CPython 3.10.
import builtins
print(hasattr(builtins, "ExceptionGroup"), hasattr(builtins, "BaseExceptionGroup"))
try:
    compile("try:\n    pass\nexcept* ValueError:\n    pass\n", "<star>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.offset)
try:
    ExceptionGroup
except NameError as e:
    print("NameError:", e)
print(hasattr(BaseException, "add_note"), hasattr(BaseException, "__notes__"))
