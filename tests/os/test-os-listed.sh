# os is an ordinary builtin: listed by --list-modules, required by name and
# with the node: prefix, and usable from -p.
N=$1
fail() { echo "FAIL: $*"; exit 1; }
"$N" --list-modules | grep -Eq '^os +[0-9.]+ +1\.[0-9]+ +default ' || fail "os not listed"
[ "$("$N" -p 'require("os") === require("node:os")')" = true ] || fail "node:os"
[ "$("$N" -p 'require("os").platform()')" = linux ] || fail "platform"
exit 0
