# Plugins made of several files, internal/ modules and checked deps, through
# the probe plugins of tests/require/plugins (fixtures/plugin-require.js has
# the assertions), and --list-modules without internal plugins.
N=$1
fail() { echo "FAIL: $*"; exit 1; }
export NODUS_MODULE_PATH="$NODUS_MODULE_PATH:$NODUS_TEST_BUILD_ROOT/tests/require:$NODUS_TEST_BUILD_ROOT/tests/sdk"
"$N" fixtures/plugin-require.js "$NODUS_TEST_BUILD_ROOT/tests/require/probe_addon.node" || fail "plugin-require.js"
"$N" --list-modules >list.$$ || fail "--list-modules exit"
grep -q '^events ' list.$$ || { rm -f list.$$; fail "events not listed"; }
if grep -Eq '^(internal|_errors|errors)' list.$$; then cat list.$$; rm -f list.$$; fail "internal plugin listed"; fi
rm -f list.$$
# The manifest takes names with one '/' and no other.
printf 'internal/errors = internal/errors\n' >conf.$$
"$N" --modules conf.$$ -e 'require("path").join("a")' || { rm -f conf.$$; fail "internal/errors in a manifest"; }
printf 'internal/a/b = leafdep\n' >conf.$$
"$N" --modules conf.$$ -e 0 2>err.$$; rc=$?
grep -q "'internal/a/b' is not a module name" err.$$ && [ $rc -eq 9 ] || { cat err.$$; rm -f conf.$$ err.$$; fail "two slashes accepted"; }
printf 'internal/../x = leafdep\n' >conf.$$
"$N" --modules conf.$$ -e 0 2>err.$$; rc=$?
grep -q "is not a module name" err.$$ && [ $rc -eq 9 ] || { cat err.$$; rm -f conf.$$ err.$$; fail "'..' accepted"; }
rm -f conf.$$ err.$$
exit 0
