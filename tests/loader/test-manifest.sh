# The deployment manifest: swap, off, path, missing implementation, options,
# bad syntax (file and line), dependency order, cycles and missing
# dependencies, and the --list-modules table.
N=$1
fail() { echo "FAIL: $*"; exit 1; }
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
export NODUS_MODULE_PATH="$NODUS_MODULE_PATH:$NODUS_TEST_BUILD_ROOT/tests/sdk"
unset NODUS_MODULES

# dependency order: toplevel needs middep needs leafdep
out=$("$N" -e 'require("toplevel"); process.stdout.write(__pluginOrder.join(","))')
[ "$out" = "leafdep,middep,toplevel" ] || fail "dependency order: $out"

# a cycle of declared dependencies is named
"$N" -e 'require("cyca")' 2>"$t/err"; [ $? -eq 1 ] || fail "cycle exit"
grep -q 'Plugin dependency cycle: cyca -> cycb -> cyca' "$t/err" || fail "cycle message: $(cat "$t/err")"

# a missing dependency fails at the require that needs it, naming both
"$N" -e 'require("leafdep"); process.stdout.write("start ok")' >"$t/o" || fail "unrelated module"
"$N" -e 'try { require("needsmissing") } catch (e) { process.stdout.write(e.code + ": " + e.message) }' >"$t/o"
grep -q "^MODULE_NOT_FOUND: Cannot load 'needsmissing': it needs 'nosuchdep'" "$t/o" || fail "missing dep: $(cat "$t/o")"

cat >"$t/modules.conf" <<CONF
# a deployment
assert = off          # no assert here
sys = leafdep greeting=hello
util = $NODUS_TEST_BUILD_ROOT/tests/sdk/middep.so
events2 = nosuchplugin
CONF
# off: a clear error with its code and the manifest line
out=$("$N" --modules "$t/modules.conf" -e 'try { require("assert") } catch (e) { process.stdout.write(e.code + "|" + e.message) }')
[ "$out" = "ERR_MODULE_DISABLED|Module 'assert' is disabled in this deployment ($t/modules.conf:2)" ] || fail "off: $out"
# swap by name, with an option
out=$(NODUS_MODULES="$t/modules.conf" "$N" -e 'var s = require("sys"); process.stdout.write(s.name + " " + s.greeting)')
[ "$out" = "leafdep hello" ] || fail "swap: $out"
# swap by path
out=$("$N" --modules="$t/modules.conf" -e 'process.stdout.write(require("util").name)' 2>&1)
[ "$out" = "middep" ] || fail "path: $out"
# a missing implementation names the manifest line
"$N" --modules "$t/modules.conf" -e 'require("events2")' 2>"$t/err"
grep -q "its implementation 'nosuchplugin' is not installed ($t/modules.conf:5)" "$t/err" || fail "missing impl: $(cat "$t/err")"
# the table
"$N" --modules "$t/modules.conf" --list-modules >"$t/list" || fail "--list-modules exit"
grep -Eq '^assert +- +- +off ' "$t/list" || fail "list off: $(cat "$t/list")"
grep -Eq '^sys +1\.2\.3 +1\.1 +swapped +.*/leafdep\.so$' "$t/list" || fail "list swapped: $(cat "$t/list")"
grep -Eq '^events +[0-9.]+ +1\.1 +default ' "$t/list" || fail "list default"
grep -Eq '^events2 +- +- +error ' "$t/list" || fail "list error"

# bad syntax: file and line, exit 9 before running anything
printf 'fs = fs\nthis is wrong\n' >"$t/bad.conf"
"$N" --modules "$t/bad.conf" -e 'process.stdout.write("ran")' >"$t/o" 2>"$t/err"; rc=$?
[ $rc -eq 9 ] && [ ! -s "$t/o" ] || fail "bad manifest exit $rc"
grep -q "$t/bad.conf:2: expected 'name = implementation'" "$t/err" || fail "bad syntax message: $(cat "$t/err")"
printf 'a = one\na = two\n' >"$t/dup.conf"
"$N" --modules "$t/dup.conf" -e 0 2>"$t/err"; grep -q "dup.conf:2: 'a' is mapped twice" "$t/err" || fail "duplicate"
"$N" --modules "$t/none.conf" -e 0 2>"$t/err"; [ $? -eq 9 ] && grep -q "cannot read the module manifest" "$t/err" || fail "missing manifest"

# a deployment without timers runs without them
printf 'timers = off\n' >"$t/notimers.conf"
out=$("$N" --modules "$t/notimers.conf" -e 'process.stdout.write(typeof setTimeout)')
[ "$out" = "undefined" ] || fail "timers off: $out"
exit 0
