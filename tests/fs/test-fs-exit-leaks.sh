#!/bin/sh
# Pool work at exit leaks nothing (issue #20): requests still queued when
# process.exit() runs complete with cancelled = true and free their records
# and paths; those running finish first. valgrind finds no definite or
# possible leak and no error. $1 is the runtime.
# Under the sanitizer build (valgrind cannot run it) LeakSanitizer checks the
# same programs: any leak with a frame in nodus's own code fails.
N=$1
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
if ldd "$N" | grep -q libasan; then
  vg() {
    ASAN_OPTIONS=detect_leaks=1 "$N" "$@" 2>"$t/err"
    rc=$?
    if grep -Eq '(modules|kernel|sdk|loader)/[^ ]*\.(c|cc|h):[0-9]' "$t/err"; then
      cat "$t/err"
      return 99
    fi
    return $rc
  }
else
  command -v valgrind >/dev/null || { echo "valgrind missing (scripts/bootstrap installs it)"; exit 1; }
  vg() {
    valgrind -q --leak-check=full --errors-for-leak-kinds=definite,possible \
      --error-exitcode=99 "$N" "$@"
  }
fi
vg -e "require('fs').stat('.', () => {}); process.exit()" ||
  { echo "stat + exit: the leak check reported errors or leaks"; exit 1; }
# more requests than pool threads: some are cancelled before they start
vg -e "const fs = require('fs');
for (let i = 0; i < 16; i++) { fs.stat('.', () => {}); fs.readdir('.', () => {}); }
require('dns').lookup('localhost', () => {});
require('crypto').pbkdf2('p', 's', 1000, 32, 'sha256', () => {});
require('zlib').deflate(Buffer.alloc(100000), () => {});
process.exit()" || { echo "many requests + exit: the leak check reported errors or leaks"; exit 1; }
# process.exit() inside a completion: the rest of that batch is cancelled
vg -e "let n = 0;
for (let i = 0; i < 64; i++) require('fs').stat('.', () => { if (++n === 3) process.exit(2); });"
[ $? -eq 2 ] || { echo "exit in a completion: the leak check reported errors or leaks"; exit 1; }
# an uncaught exception instead of process.exit()
vg -e "for (let i = 0; i < 8; i++) require('fs').stat('.', () => {}); null.x" 2>/dev/null
[ $? -eq 1 ] || { echo "stat + uncaught: the leak check reported errors or leaks"; exit 1; }
exit 0
