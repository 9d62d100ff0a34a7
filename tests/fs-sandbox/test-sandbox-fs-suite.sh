#!/bin/sh
# fs-sandbox passes the fs tests for paths inside its root: a manifest maps
# fs to fs-sandbox with a fresh temporary root, TMPDIR=/tmp names <root>/tmp
# inside the sandbox, and a selection of tests/fs runs unchanged (those that
# need host paths such as __filename or /proc are left out), once with
# openat2(RESOLVE_IN_ROOT) and once with the component-by-component walk.
# $1 is the nodus binary.
nodus=$1
fsdir=$(cd ../fs && pwd)
root=$(mktemp -d)
conf=$(mktemp)
out=$(mktemp)
trap 'rm -rf "$root" "$conf" "$out"' EXIT
mkdir "$root/tmp"
status=0
for resolve in openat2 walk; do
  echo "fs = fs-sandbox root=$root resolve=$resolve" > "$conf"
  # the tests below really run in the sandbox: `/` is the root
  listing=$(NODUS_MODULES="$conf" "$nodus" -e "console.log(require('fs').readdirSync('/').join())")
  if [ "$listing" != tmp ]; then echo "FAIL ($resolve): / lists '$listing', not the sandbox root"; exit 1; fi
  for t in test-fs-spec-examples.js test-fs-errors.js test-fs-calls.js test-fs-order.js \
           test-fs-streams.js test-fs-parallel.js test-fs-promises.js test-fs-readfile.js \
           test-fs-watch.js test-fs-permissions.js; do
    if ! (cd "$fsdir" && TMPDIR=/tmp NODUS_MODULES="$conf" timeout -k 5 60 "$nodus" "$t" > "$out" 2>&1); then
      echo "FAIL ($resolve): $t"; cat "$out"; status=1; continue
    fi
    expected="$fsdir/${t%.js}.out"
    if [ -f "$expected" ] && ! grep -v '^(nodus' "$out" | diff -u "$expected" -; then
      echo "FAIL ($resolve): $t: stdout differs"; status=1; continue
    fi
    echo "ok ($resolve): $t"
  done
  # the slow-read test, with its FIFO inside the root
  rm -f "$root/tmp/fifo"
  mkfifo "$root/tmp/fifo"
  if (cd "$fsdir" && FIFO=/tmp/fifo NODUS_MODULES="$conf" timeout -k 5 60 "$nodus" fixtures/fifo-reader.js > "$out" 2>&1); then
    echo "ok ($resolve): fixtures/fifo-reader.js"
  else
    echo "FAIL ($resolve): fixtures/fifo-reader.js"; cat "$out"; status=1
  fi
  # nothing was written outside the root's tmp/
  extra=$(find "$root" -mindepth 1 -maxdepth 1 ! -name tmp -exec basename {} \;)
  if [ -n "$extra" ]; then echo "FAIL ($resolve): unexpected entries in the root: $extra"; status=1; fi
done
exit $status
