#!/bin/sh
# EPIPE on standard output (issue #20). SIGPIPE is ignored, so a write to a
# pipe whose reader is gone fails with EPIPE; as in Node it surfaces as an
# 'error' event on process.stdout (process.stderr), and an unhandled one ends
# the process with "Error: write EPIPE" and exit code 1 instead of writing
# forever. 20 runs, each bounded by timeout. $1 is the runtime.
N=$1
fail() { echo "FAIL: $*"; exit 1; }
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
i=0
while [ $i -lt 20 ]; do
  i=$((i + 1))
  first=$( (timeout 20 "$N" -e "setInterval(() => console.log('x'.repeat(1000)), 1)" 2>"$t/err"
    echo $? >"$t/rc") | head -1)
  rc=$(cat "$t/rc")
  [ "$rc" -eq 1 ] || fail "run $i: exit $rc (124: still writing after 20 s) $(cat "$t/err")"
  [ ${#first} -eq 1000 ] || fail "run $i: the first line has ${#first} characters"
  grep -q '^Error: write EPIPE$' "$t/err" || fail "run $i: stderr: $(cat "$t/err")"
  grep -q "code: 'EPIPE'" "$t/err" || fail "run $i: no code: $(cat "$t/err")"
  grep -q "syscall: 'write'" "$t/err" || fail "run $i: no syscall: $(cat "$t/err")"
done
# A handled 'error': the listener sees it, the write's callback too.
(timeout 20 "$N" -e "
process.stdout.on('error', (e) => {
  process.stderr.write('error ' + e.code + ' ' + e.errno + ' ' + e.syscall + ' ' + e.message + '\n');
  process.exit(5);
});
setInterval(() => process.stdout.write('y'.repeat(1000) + '\n', (e) => {
  if (e) process.stderr.write('callback ' + e.code + '\n');
}), 1)" 2>"$t/err"
  echo $? >"$t/rc") | head -1 >/dev/null
rc=$(cat "$t/rc")
[ "$rc" -eq 5 ] || fail "handled: exit $rc $(cat "$t/err")"
grep -qx 'callback EPIPE' "$t/err" || fail "handled: $(cat "$t/err")"
grep -qx 'error EPIPE -32 write write EPIPE' "$t/err" || fail "handled: $(cat "$t/err")"
# stderr to a closed pipe ends the same way (the report itself is lost)
(timeout 20 "$N" -e "setInterval(() => console.error('z'.repeat(1000)), 1)" 2>&1 >/dev/null
  echo $? >"$t/rc") | head -1 >/dev/null
rc=$(cat "$t/rc")
[ "$rc" -eq 1 ] || fail "stderr: exit $rc"
exit 0
