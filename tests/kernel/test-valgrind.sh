# A clean shutdown: valgrind finds no error and no leak, for an empty
# program, for one that used timers, promises, signals and a plugin, and for
# references that finalizers free.
N=$1
# Under AddressSanitizer (-Ddebug_checks=true) valgrind cannot run the
# binary; LeakSanitizer does this job there. 77: meson's "skipped".
if ldd "$N" 2>/dev/null | grep -q libasan; then echo "sanitizer build: skipped"; exit 77; fi
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
# References freed by finalizers during a GC and at exit, weak ones cleared
# by a GC and weak ones still set at exit (tests/sdk/addon.c's Ref).
vg -e '
var a = require(process.env.NODUS_TEST_BUILD_ROOT + "/tests/sdk/sdk_test.node");
var kept = { k: 1 }, refs = [new a.Ref(kept, true), new a.Ref(kept, false)];
(function () { for (var i = 0; i < 100; i++) { var o = { i: i }; refs.push(new a.Ref(o, true)); new a.Ref(o, false); } })();
a.gc(); a.gc();
refs.push(new a.Ref(refs, false)); /* a cycle through a root, broken at exit */
' || { echo "references and finalizers: valgrind reported errors or leaks"; exit 1; }
exit 0
