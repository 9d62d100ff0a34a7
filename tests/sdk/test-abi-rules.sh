# test-abi-baseline.sh refuses what the ABI rules forbid. Each case doctors
# a copy of the sources it reads (nodus.h, kernel/nodus.map, the record in
# sdk/abi/) and expects the check to fail, saying why.
N=$1
src=$NODUS_TEST_SOURCE_ROOT
lib=$NODUS_TEST_BUILD_ROOT/kernel/libnodus.so.1
check=$src/tests/sdk/test-abi-baseline.sh
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
fail() { echo "FAIL: $*"; echo "$out"; exit 1; }
fresh() { # a copy of what the check reads
  rm -rf "$t/root"
  mkdir -p "$t/root/sdk/include/nodus" "$t/root/kernel/include" "$t/root/sdk/abi" "$t/root/scripts"
  cp "$src"/sdk/include/nodus/*.h "$t/root/sdk/include/nodus/"
  cp "$src/kernel/include/nodus-embed.h" "$t/root/kernel/include/"
  cp "$src/kernel/nodus.map" "$t/root/kernel/"
  cp "$src"/sdk/abi/* "$t/root/sdk/abi/"
  cp "$src/scripts/abi-dump" "$t/root/scripts/"
}
hdr=$t/root/sdk/include/nodus/nodus.h
map=$t/root/kernel/nodus.map
run() { out=$(NODUS_TEST_SOURCE_ROOT="$t/root" NODUS_ABI_SYMBOLS_ONLY=1 sh "$check" "$N" 2>&1); }
refused() { # case, expected message
  run && fail "$1: the check passed"
  echo "$out" | grep -qF "$2" || fail "$1: expected '$2'"
}
declare_frob() { sed -i 's|^ND_EXTERN void nd_abi(.*|&\nND_EXTERN ND_NODISCARD nd_status nd_frob(nd_env env);|' "$hdr"; }
into_node() { sed -i "/^$1 {/,/^}/ s|^  global:|&\n    $2;|" "$map"; }

fresh; run || fail "the unmodified copy is refused"
fresh; declare_frob
grep -q 'nd_frob(nd_env env);' "$hdr" || fail "cannot doctor nodus.h"
refused "a function declared and not exported" \
  "nd_frob is declared in a public header but is in no version node of kernel/nodus.map"
into_node NODUS_1.1 nd_frob
refused "a function added to the released 1.1" "NODUS_1.1 is released, but kernel/nodus.map changed its symbols"
"$t/root/scripts/abi-dump" "$lib" >/dev/null 2>"$t/dump.err" && fail "abi-dump recorded a changed released node"
grep -qF "NODUS_1.1 is released and its symbols changed" "$t/dump.err" || fail "abi-dump: $(cat "$t/dump.err")"
fresh; declare_frob
printf 'NODUS_1.2 {\n  global:\n    nd_frob;\n} NODUS_1.1;\n' >>"$map"
refused "a new node without the minor bump" "newest version node is NODUS_1.2, but nodus.h says ABI 1.1"
sed -i 's/^#define NODUS_ABI_MINOR 1 /#define NODUS_ABI_MINOR 2 /' "$hdr"
refused "a bumped minor not recorded" "NODUS_1.2 is not recorded"
# Bumped, in its node and recorded: only the implementation is missing.
"$t/root/scripts/abi-dump" "$lib" >/dev/null 2>&1 || fail "abi-dump refused a new node"
refused "a recorded function the library lacks" \
  "nd_frob is exported as 'nothing', but kernel/nodus.map puts it in NODUS_1.2"
[ "$(echo "$out" | grep -vc '^note:')" = 1 ] || fail "more than the missing implementation was refused"
fresh; sed -i '/^NODUS_1.0 {/,/^}/ {/^    nd_gc;$/d}' "$map"
refused "a function removed from the released 1.0" "NODUS_1.0 is released, but kernel/nodus.map changed its symbols"
fresh; sed -i '/^NODUS_1.1 {/,/^}/ {/^    nd_module_option;$/d}' "$map"; into_node NODUS_1.0 nd_module_option
refused "a function moved into 1.0" "NODUS_1.0 is released, but kernel/nodus.map changed its symbols"
exit 0
