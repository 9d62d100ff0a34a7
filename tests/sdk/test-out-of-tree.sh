# An addon built out of tree from an installed prefix (meson install into a
# temporary destdir): the documented cc command line and the meson example,
# then loaded by require() as a file, from node_modules, and via require.paths.
N=$1
fail() { echo "FAIL: $*"; exit 1; }
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
meson install -C "$NODUS_TEST_BUILD_ROOT" --destdir "$t/root" --no-rebuild >"$t/install.log" 2>&1 ||
  { cat "$t/install.log"; fail "meson install"; }
pc=$(find "$t/root" -name nodus.pc | head -1)
[ -n "$pc" ] || fail "nodus.pc not installed"
inc=$(find "$t/root" -path '*/include/nodus/nodus.h' | head -1)
[ -n "$inc" ] || fail "nodus.h not installed"
[ -f "$(dirname "$inc")/nodus_aux.h" ] || fail "nodus_aux.h not installed"
[ -n "$(find "$t/root" -name libnodus_aux.a | head -1)" ] || fail "libnodus_aux.a not installed"
doc=$(find "$t/root" -path '*/doc/nodus/ADDONS.md' | head -1)
[ -n "$doc" ] || fail "ADDONS.md not installed"
ex=$(dirname "$doc")/examples
PKG_CONFIG_PATH=$(dirname "$pc")
export PKG_CONFIG_PATH PKG_CONFIG_SYSROOT_DIR="$t/root"
mkdir -p "$t/app/node_modules/hello" "$t/lib"
# The guide's command line, with nothing but the installed prefix (the
# pkg-config output is a list of flags: split on purpose).
# shellcheck disable=SC2046
cc -shared -fPIC -Werror $(pkg-config --cflags nodus) "$ex/hello/hello.c" $(pkg-config --libs nodus) \
  -o "$t/app/hello.node" || fail "cc build of hello.node"
cp "$t/app/hello.node" "$t/app/node_modules/hello/index.node"
cp "$t/app/hello.node" "$t/lib/hellolib.node"
cd "$t/app" || fail "cd"
[ "$("$N" -e 'process.stdout.write(require("./hello.node").hello)')" = "world" ] || fail "require ./hello.node"
[ "$("$N" -e 'process.stdout.write(require("./hello").hello)')" = "world" ] || fail "require ./hello"
[ "$("$N" -e 'process.stdout.write(require("hello").hello)')" = "world" ] || fail "node_modules/hello/index.node"
[ "$("$N" -e 'require.paths.push("'"$t/lib"'"); process.stdout.write(require("hellolib").hello)')" = "world" ] ||
  fail "require.paths"
# The meson example.
cp -r "$ex/counter" "$t/counter"
(cd "$t/counter" && meson setup build >/dev/null && ninja -C build >/dev/null) || fail "meson example build"
out=$("$N" -e '
var C = require("'"$t"'/counter/build/counter.node").Counter;
var c = new C(10);
c.add(5);
c.slowSquare().then(function (v) { process.stdout.write(String(v)); });')
[ "$out" = "225" ] || fail "counter example: $out"
exit 0
