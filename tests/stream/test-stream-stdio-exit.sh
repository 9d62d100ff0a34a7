#!/bin/sh
# stdout built by stream._createWriteStreamForFd over the process plugin's
# synchronous writer: 10 MB written then process.exit() loses nothing, to a
# regular file and to a pipe (skipped where the helpers do not exist).
# usage: sh test-stream-stdio-exit.sh NODUS
nodus=$1
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

cat > "$tmp/write.js" <<'JS'
var stream = require('stream');
if (typeof stream._createWriteStreamForFd !== 'function' || typeof process._writeSync !== 'function') {
  process.exit(3);
}
var out = stream._createWriteStreamForFd(1, process._writeSync);
var line = new Array(1024).join('x') + '\n';
for (var i = 0; i < 10240; i++) out.write(line);
process.exit(0);
JS

"$nodus" "$tmp/write.js" > "$tmp/out.txt"
rc=$?
if [ $rc -eq 3 ]; then echo "skipped: no stdio helpers"; exit 0; fi
[ $rc -eq 0 ] || { echo "exit code $rc"; exit 1; }
size=$(wc -c < "$tmp/out.txt")
[ "$size" -eq 10485760 ] || { echo "file got $size bytes"; exit 1; }

size=$("$nodus" "$tmp/write.js" | wc -c)
[ "$size" -eq 10485760 ] || { echo "pipe got $size bytes"; exit 1; }
exit 0
