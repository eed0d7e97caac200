// The most derived metaclass among a class statement's metaclass and its bases' types
// (_PyType_CalculateMetaclass), with 3.10's conflict message.
import { PyType, typeOf, typeError, type PyObj } from "../objects/index.ts";

export function calculateMetaOf(meta: PyType, bases: PyObj[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bt = typeOf(b);
    if (winner.isSubtype(bt)) continue;
    if (bt.isSubtype(winner)) {
      winner = bt;
      continue;
    }
    throw typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
  }
  return winner;
}
