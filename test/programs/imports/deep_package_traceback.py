# exit: 1
# A traceback through functions of modules in nested packages.
from pkg.inner.deep import fail
def run():
    fail()
run()
