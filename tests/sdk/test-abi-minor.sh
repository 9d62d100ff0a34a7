# A plugin built for ABI 1.1 on a 1.0 runtime gets the loader's ABI refusal,
# whether its descriptor says 1.1 (desc11) or it uses a 1.1 function, whose
# symbol version makes dlopen itself fail first (needs11). The 1.0 runtime
# is tests/sdk/abi10: the loader's code on a stub libnodus.so.1 with only
# the NODUS_1.0 version node.
N=$1
d=$NODUS_TEST_BUILD_ROOT/tests/sdk
fail() { echo "FAIL: $*"; echo "$out"; exit 1; }
[ -x "$d/abi10/abi10-host" ] || fail "tests/sdk/abi10 is not built (ninja -C build)"
# meson's LD_LIBRARY_PATH would put the real kernel before the stub.
out=$(env -u LD_LIBRARY_PATH "$d/abi10/abi10-host" "$d/desc10.so" "$d/desc11.so" "$d/needs11.node")
echo "$out" | grep -qx 'runtime ABI 1.0' || fail "the host did not run on the 1.0 stub"
echo "$out" | grep -qx 'ok desc10' || fail "a 1.0 plugin was not loaded"
for p in desc11.so:desc11 needs11.node:needs11; do
  want="ERR_PLUGIN_ABI: plugin '${p#*:}' ($d/${p%:*}) was built for nodus ABI 1.1; this runtime (nodus 0.0.0-abi10) provides ABI 1.0"
  echo "$out" | grep -qxF "$want" || fail "${p%:*}: expected: $want"
done
# The same addon loads on this runtime.
[ "$("$N" -e "process.stdout.write(String(require('$d/needs11.node').ok))")" = true ] || fail "needs11 on 1.1"
exit 0
