#!/bin/sh
# The loop stays responsive while a slow read runs: readFile on a FIFO with
# no writer yet parks a worker thread, and timers keep firing until the
# program itself writes (fixtures/fifo-reader.js). $1 is the runtime.
set -e
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkfifo "$tmp/fifo"
out=$(FIFO="$tmp/fifo" "$1" fixtures/fifo-reader.js)
test "$out" = "the loop ran ten or more timer callbacks during the blocked read"
