#!/bin/sh
# A pool job that never returns (readFile of a FIFO nobody writes: open()
# waits for a writer) cannot hold the exit forever: after the drain's bound
# the process ends with its exit code, without freeing what the job may use.
# $1 is the runtime.
N=$1
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
mkfifo "$t/fifo"
timeout 40 "$N" -e "require('fs').readFile('$t/fifo', () => {}); setTimeout(() => process.exit(3), 50)" 2>"$t/err"
rc=$?
[ $rc -eq 3 ] && [ ! -s "$t/err" ] || { echo "FAIL: exit $rc $(cat "$t/err")"; exit 1; }
exit 0
