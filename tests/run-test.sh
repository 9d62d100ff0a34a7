#!/bin/sh
# Runs one JavaScript test under nodus: pass = exit 0 within the timeout and,
# when FILE.out exists next to it, stdout equal to that file.
# usage: run-test.sh NODUS TEST.js
nodus=$1; test=$2
dir=$(dirname "$test"); base=$(basename "$test" .js)
out=$(mktemp); trap 'rm -f "$out"' EXIT
cd "$dir" || exit 2
timeout -k 5 60 "$nodus" "$base.js" >"$out"
rc=$?
if [ $rc -ne 0 ]; then
  echo "exit code $rc"; cat "$out"; exit 1
fi
if [ -f "$base.out" ]; then
  if ! diff -u "$base.out" "$out"; then echo "stdout differs from $base.out"; exit 1; fi
fi
exit 0
