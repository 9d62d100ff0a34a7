#!/bin/sh
# Exit while fs works on the pool (issue #20). A write already handed to the
# pool finishes, as in node: fs.write of 200 MB then process.exit() leaves
# the whole file (it used to leave 20-36 KB: the Buffer was freed under the
# write). Reads into large Buffers at exit, and many requests, some running
# and some still queued, exit cleanly. 20 runs each. $1 is the runtime.
N=$1
fail() { echo "FAIL: $*"; exit 1; }
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
head -c 1048576 /dev/zero >"$t/src"
i=0
while [ $i -lt 20 ]; do
  i=$((i + 1))
  rm -f "$t/big"
  "$N" -e "const fs = require('fs'); const fd = fs.openSync('$t/big', 'w');
fs.write(fd, Buffer.alloc(200 << 20, 1), () => {}); process.exit()" 2>"$t/err"
  rc=$?
  [ $rc -eq 0 ] && [ ! -s "$t/err" ] || fail "write + exit, run $i: exit $rc $(cat "$t/err")"
  size=$(stat -c %s "$t/big")
  [ "$size" -eq 209715200 ] || fail "write + exit, run $i: the file has $size bytes"
  "$N" -e "const fs = require('fs');
for (let k = 0; k < 12; k++) {
  const fd = fs.openSync('$t/src', 'r');
  fs.read(fd, Buffer.alloc(1 << 20), 0, 1 << 20, 0, () => {});
  fs.stat('$t', () => {});
  fs.readFile('$t/src', () => {});
}
process.exit(4)" 2>"$t/err"
  rc=$?
  [ $rc -eq 4 ] && [ ! -s "$t/err" ] || fail "reads + exit, run $i: exit $rc $(cat "$t/err")"
done
rm -f "$t/big"
exit 0
