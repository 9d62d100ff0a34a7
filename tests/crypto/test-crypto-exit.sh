#!/bin/sh
# Exit while crypto works on the pool (issue #20): pbkdf2, scrypt and
# randomBytes jobs, some running and some still queued, then process.exit()
# or an uncaught exception. 20 runs of each exit cleanly. $1 is the runtime.
N=$1
fail() { echo "FAIL: $*"; exit 1; }
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
jobs="const c = require('crypto');
for (let i = 0; i < 6; i++) {
  c.pbkdf2('secret', 'salt', 20000, 64, 'sha512', () => {});
  c.scrypt('secret', 'salt', 64, { N: 1024 }, () => {});
  c.randomBytes(1 << 16, () => {});
}"
i=0
while [ $i -lt 20 ]; do
  i=$((i + 1))
  "$N" -e "$jobs; process.exit(6)" 2>"$t/err"
  rc=$?
  [ $rc -eq 6 ] && [ ! -s "$t/err" ] || fail "process.exit(), run $i: exit $rc $(cat "$t/err")"
  "$N" -e "$jobs; throw new Error('boom')" 2>"$t/err"
  rc=$?
  [ $rc -eq 1 ] && grep -q '^Error: boom$' "$t/err" || fail "uncaught, run $i: exit $rc $(cat "$t/err")"
done
exit 0
