#!/bin/sh
# Closed stdio descriptors (`nodus x.js <&-`) behave as /dev/null, as in
# Node: stdin ends at once (it used to read the event loop's epoll fd and
# fail with EINVAL), and writes to a closed stdout or stderr are dropped.
N=$1
fail() { echo "FAIL: $*"; exit 1; }
out=$("$N" -e '
var got = 0;
process.stdin.on("data", function (d) { got += d.length; });
process.stdin.on("end", function () { console.log("end " + got); });
process.stdin.on("error", function (e) { console.log("error " + e.code); });
' <&-) || fail "exit code $? with stdin closed"
[ "$out" = "end 0" ] || fail "stdin closed: got '$out'"
"$N" -e 'console.log("to a closed stdout"); console.error("x")' >&- 2>&- || fail "closed stdout/stderr: exit $?"
out=$("$N" -e 'var fs = require("fs"); console.log(fs.fstatSync(0).isCharacterDevice())' <&-) || fail "fstat"
[ "$out" = "true" ] || fail "fd 0 is not /dev/null: $out"
exit 0
