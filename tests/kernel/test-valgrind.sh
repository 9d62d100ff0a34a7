# A clean shutdown: valgrind finds no error and no leak, for an empty
# program and for one that used timers, promises, signals and a plugin.
N=$1
command -v valgrind >/dev/null || { echo "valgrind missing (scripts/bootstrap installs it)"; exit 1; }
vg() {
  valgrind -q --leak-check=full --errors-for-leak-kinds=definite,possible \
    --error-exitcode=99 "$N" "$@"
}
vg -e 0 || { echo "nodus -e 0: valgrind reported errors or leaks"; exit 1; }
vg -e '
var E = require("events"); var e = new E(); e.on("x", function () {});
setTimeout(function () { e.emit("x"); }, 1);
setInterval(function () {}, 1000).unref();
process.on("SIGUSR1", function () {});
Promise.resolve(1).then(function () {});
(async function () { await null; })();
require("assert").ok(true);
' || { echo "timers/promises/events: valgrind reported errors or leaks"; exit 1; }
vg -e 'process.exit(0); ' || { echo "process.exit: valgrind reported errors or leaks"; exit 1; }
exit 0
