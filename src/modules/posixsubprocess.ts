// _posixsubprocess (Modules/_posixsubprocess.c): subprocess imports it on POSIX. dislab runs no
// other processes, so fork_exec fails as fork() does where processes cannot be created:
// OSError ENOSYS ("[Errno 38] Function not implemented"), raised by Popen.
import { type PyModule } from "../objects/index.ts";
import { makeModule } from "./util.ts";
import { osError } from "./errno.ts";

export function makePosixSubprocess(): PyModule {
  return makeModule("_posixsubprocess", [["fork_exec", () => {
    throw osError("ENOSYS");
  }]], [], "A POSIX helper for the subprocess module.");
}
