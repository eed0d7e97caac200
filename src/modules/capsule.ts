// PyCapsule objects (Objects/capsule.c): the opaque C-API tables extension modules export
// (datetime.datetime_CAPI, unicodedata._ucnhash_CAPI). Python code can only look at them; their
// contents are for C, so here they hold nothing but their name.
import { type PyObj, PyObject, PyType, TypeType, ObjectType, defMethods, addr, typeError } from "../objects/index.ts";

export class PyCapsule extends PyObject {
  constructor(public name: string) {
    super(CapsuleType);
  }
}
export const CapsuleType = new PyType(TypeType, "PyCapsule", [ObjectType]);
CapsuleType.baseAllowed = false;
defMethods(CapsuleType, [
  ["__new__", () => {
    throw typeError("cannot create 'PyCapsule' instances");
  }],
  ["__repr__", (s: PyObj) => `<capsule object "${(s as PyCapsule).name}" at ${addr(s)}>`, 0, 0],
]);
