#!/bin/sh
# Escape attempts against fs-sandbox (../, absolute paths, symlinks to /etc,
# to a host directory and climbing out, symlink loops), with openat2 and
# with the fallback walk: all refused (EACCES) or confined to the root, and
# nothing outside the root changes. Also: a manifest without root= or with
# a missing root fails at require('fs') with a clear error. $1 is nodus.
nodus=$1
here=$(pwd)
root=$(mktemp -d)
outside=$(mktemp -d)
conf=$(mktemp)
out=$(mktemp)
trap 'rm -rf "$root" "$outside" "$conf" "$out"' EXIT
echo secret > "$outside/secret"
status=0
for resolve in openat2 walk; do
  rm -rf "$root" && mkdir "$root"
  echo inside | tr -d '\n' > "$root/inside.txt"
  ln -s /etc "$root/etclink"
  ln -s ../../../../../../etc "$root/uplink"
  mkdir "$root/sub"
  ln -s ../../.. "$root/sub/deep"
  ln -s loop2 "$root/loop1"
  ln -s loop1 "$root/loop2"
  ln -s self "$root/self"
  ln -s "$outside" "$root/hostlink"
  echo "fs = fs-sandbox root=$root resolve=$resolve" > "$conf"
  if OUTSIDE="$outside" NODUS_MODULES="$conf" timeout -k 5 60 "$nodus" "$here/fixtures/escape.js" > "$out" 2>&1; then
    echo "($resolve) $(cat "$out")"
  else
    echo "FAIL ($resolve):"; cat "$out"; status=1
  fi
  # nothing outside the root moved
  if [ "$(cat "$outside/secret")" != secret ] || [ "$(ls -A "$outside")" != secret ]; then
    echo "FAIL ($resolve): the outside directory changed"; status=1
  fi
  for f in "$root/../outside.txt" "$root/../created" "$root/../made" /etc/evil; do
    if [ -e "$f" ]; then echo "FAIL ($resolve): $f was created"; status=1; fi
  done
  if [ "$(cat "$root/etc/evil" 2>/dev/null)" != "inside the root" ]; then
    echo "FAIL ($resolve): the write through the /etc link did not land in the root"; status=1
  fi
done

echo "fs = fs-sandbox" > "$conf"
NODUS_MODULES="$conf" "$nodus" -e "require('fs')" > "$out" 2>&1 && { echo "FAIL: no root accepted"; status=1; }
grep -q "ERR_FS_SANDBOX_ROOT\|needs a root directory" "$out" || { echo "FAIL: no-root message"; cat "$out"; status=1; }
echo "fs = fs-sandbox root=$root/missing" > "$conf"
NODUS_MODULES="$conf" "$nodus" -e "require('fs')" > "$out" 2>&1 && { echo "FAIL: missing root accepted"; status=1; }
grep -q "ENOENT" "$out" || { echo "FAIL: missing-root message"; cat "$out"; status=1; }
exit $status
