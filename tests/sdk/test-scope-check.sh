# The runtime checks after every native call and loop callback that the
# plugin closed every handle scope it opened (Node's CallIntoModule check),
# and aborts naming the plugin and the function when it did not.
N=$1
addon=$NODUS_TEST_BUILD_ROOT/tests/sdk/sdk_test.node
# No core files from the expected aborts (dash and bash both have -c).
# shellcheck disable=SC3045
ulimit -c 0
fail() { echo "FAIL: $*"; echo "$err"; exit 1; }
expect_abort() { # script, message
  err=$("$N" -e "$1" 2>&1 >/dev/null)
  rc=$?
  [ $rc -eq 134 ] || fail "$1: exit $rc, expected an abort (134)"
  echo "$err" | grep -qxF "$2" || fail "$1: expected: $2"
}
expect_abort "require('$addon').leaky()" \
  "nodus: fatal: native function 'leaky' of plugin 'sdk_test' returned with 1 handle scope left open"
expect_abort "require('$addon').leakyTimer()" \
  "nodus: fatal: timer callback of plugin 'sdk_test' returned with 1 handle scope left open"
# Balanced scopes, and an exception thrown with every scope closed, pass.
"$N" -e "
var a = require('$addon');
if (a.makeArray(3000).length !== 3000) throw new Error('makeArray');
try { a.callBack(function () { throw new Error('x'); }); } catch (e) {}
" || fail "balanced scopes aborted"
exit 0
