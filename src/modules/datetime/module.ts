// The _datetime module (Modules/_datetimemodule.c, 3.10): CPython's datetime.py ends with
// `from _datetime import *`, so these native types replace its pure-Python ones, with C's reprs,
// messages and hashes. Local time is the time module's (local-time.ts).
import { PyModule } from "../../objects/index.ts";
import { DateType, DateTimeType, TimeType, TimedeltaType, TzinfoType, TimezoneType, MINYEAR, MAXYEAR } from "./types.ts";
import { PyCapsule } from "../capsule.ts";
import "./timedelta.ts";
import "./tz.ts";
import "./date.ts";
import "./timeofday.ts";
import "./datetime.ts";

export function makeDatetime(): PyModule {
  const m = new PyModule("_datetime");
  m.dict.setStr("__doc__", "Fast implementation of the datetime type.");
  for (const [n, v] of [["date", DateType], ["datetime", DateTimeType], ["time", TimeType], ["timedelta", TimedeltaType], ["tzinfo", TzinfoType],
    ["timezone", TimezoneType], ["MINYEAR", MINYEAR], ["MAXYEAR", MAXYEAR]] as const) m.dict.setStr(n, v);
  m.dict.setStr("datetime_CAPI", new PyCapsule("datetime.datetime_CAPI"));
  return m;
}
