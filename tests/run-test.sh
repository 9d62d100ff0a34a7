#!/bin/sh
# Runs one test: test-*.js under nodus (pass = exit 0 within the time limit
# and, when TEST.out exists beside it, stdout equal to that file), or
# test-*.sh under sh with the nodus binary as $1 (pass = exit 0).
# usage: run-test.sh NODUS TEST
nodus=$(cd "$(dirname "$1")" && pwd)/$(basename "$1"); test=$2
dir=$(dirname "$test"); file=$(basename "$test")
cd "$dir" || exit 2
case "$file" in
  *.sh) exec timeout -k 5 80 sh "$file" "$nodus" ;;
esac
base=${file%.js}
out=$(mktemp); trap 'rm -f "$out"' EXIT
timeout -k 5 60 "$nodus" "$file" >"$out"
rc=$?
if [ $rc -ne 0 ]; then
  echo "exit code $rc"; cat "$out"; exit 1
fi
if [ -f "$base.out" ]; then
  if ! diff -u "$base.out" "$out"; then echo "stdout differs from $base.out"; exit 1; fi
fi
exit 0
