# Builtin types without a constructor (frames, generators, descriptors, iterators' views) refuse to be instantiated; types.CellType([contents]).
import types
def show(f):
    try: r = f(); print(type(r).__name__)
    except BaseException as e: print(type(e).__name__ + ":", e)
def g(): yield
for T in [type(len), types.FrameType, types.GeneratorType, types.CoroutineType, types.MethodWrapperType, types.WrapperDescriptorType, types.MethodDescriptorType, types.GetSetDescriptorType, types.MemberDescriptorType, types.CellType, types.MethodType, type(iter([])), type({}.keys()), type(g().gi_frame), type(Ellipsis), type(NotImplemented), type(None), types.ClassMethodDescriptorType, types.AsyncGeneratorType]:
    show(lambda: T())
show(lambda: types.CellType(5).cell_contents)
show(lambda: types.CellType(1, 2))
show(lambda: types.CellType(x=1))
