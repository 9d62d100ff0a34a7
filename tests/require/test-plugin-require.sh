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
exit 0
