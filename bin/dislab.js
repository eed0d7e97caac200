#!/usr/bin/env -S node --stack-size=3000
// --stack-size: CPython accepts 199 levels of nested brackets; dislab's recursive-descent parser
// needs more than V8's default stack (about 1 MB) for that. 3000 KB stays well inside the 8 MB
// main-thread stack of Linux and macOS.
import "../dist/cli/main.js";
