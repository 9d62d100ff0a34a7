#!/bin/sh
# Runs test-fs-permissions.js as the current user and, when we are root and
# setpriv can drop to `nobody`, again as nobody, so the EACCES paths are
# exercised even where the suite runs as root. $1 is the runtime (nodus, or
# node to check the test itself).
set -e
runtime=$1
"$runtime" test-fs-permissions.js
if [ "$(id -u)" != 0 ]; then exit 0; fi
if ! command -v setpriv >/dev/null 2>&1; then
  echo "setpriv not available: the non-root run is skipped"
  exit 0
fi
# nobody must be able to reach the runtime, this directory and a temp dir
if ! setpriv --reuid=65534 --regid=65534 --clear-groups sh -c "test -x '$runtime' && test -r test-fs-permissions.js"; then
  echo "nobody cannot run $runtime here: the non-root run is skipped"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
chmod 1777 "$tmp"
TMPDIR=$tmp setpriv --reuid=65534 --regid=65534 --clear-groups "$runtime" test-fs-permissions.js
