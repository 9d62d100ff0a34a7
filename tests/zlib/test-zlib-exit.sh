#!/bin/sh
# Exit while zlib works on the pool (issue #20): process.exit() or an
# uncaught exception right after gzip() queued a 1 MiB job used to free the
# stream (the context's last GC) under the running deflate. 20 runs of each
# must exit with the expected code and no crash. $1 is the runtime.
N=$1
fail() { echo "FAIL: $*"; exit 1; }
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
i=0
while [ $i -lt 20 ]; do
  i=$((i + 1))
  "$N" -e "require('zlib').gzip(Buffer.alloc(1 << 20), () => {}); process.exit()" 2>"$t/err"
  rc=$?
  [ $rc -eq 0 ] && [ ! -s "$t/err" ] || fail "gzip + process.exit(), run $i: exit $rc $(cat "$t/err")"
  "$N" -e "require('zlib').gzip(Buffer.alloc(1 << 20), () => {}); throw new Error('boom')" 2>"$t/err"
  rc=$?
  [ $rc -eq 1 ] && grep -q '^Error: boom$' "$t/err" ||
    fail "gzip + uncaught exception, run $i: exit $rc $(cat "$t/err")"
  # a stream too: a job per write, the handle closed by the exit
  "$N" -e "const z = require('zlib').createDeflate(); z.write(Buffer.alloc(1 << 20)); z.on('data', () => {}); setImmediate(() => process.exit(3))" 2>"$t/err"
  rc=$?
  [ $rc -eq 3 ] && [ ! -s "$t/err" ] || fail "deflate stream + exit, run $i: exit $rc $(cat "$t/err")"
done
exit 0
