# The public ABI of libnodus matches the recorded baseline of its major
# version: a removed or changed function or type needs NODUS_ABI_MAJOR bumped
# (and a new baseline, written by scripts/abi-dump).
N=$1
root=$NODUS_TEST_SOURCE_ROOT
lib=$NODUS_TEST_BUILD_ROOT/kernel/libnodus.so.1
command -v abidiff >/dev/null || { echo "abidiff missing (scripts/bootstrap installs abigail-tools)"; exit 1; }
major=$(sed -n 's/^#define NODUS_ABI_MAJOR \([0-9]*\).*/\1/p' "$root/sdk/include/nodus/nodus.h")
base=$root/sdk/abi/libnodus-$major.abi
[ -f "$base" ] || { echo "no ABI baseline for major $major: scripts/abi-dump $lib > $base"; exit 1; }
t=$(mktemp); trap 'rm -f "$t" "$t.sum"' EXIT
"$root/scripts/abi-dump" "$lib" >"$t"
abidiff --headers-dir2 "$root/sdk/include/nodus" "$base" "$t" >"$t.diff" 2>&1
rc=$?
cat "$t.diff"; grep -E "changes summary" "$t.diff" >"$t.sum"; rm -f "$t.diff"
# abidiff's exit status is a bit field: 1 error, 4 change, 8 incompatible.
# Adding functions is what a minor release does; anything removed or changed
# (abidiff counts a changed parameter list or struct as "Changed") is not.
if [ $((rc & 1)) -ne 0 ]; then echo "abidiff failed"; exit 1; fi
if [ $((rc & 8)) -ne 0 ]; then echo "incompatible ABI change without a major bump"; exit 1; fi
if [ $((rc & 4)) -ne 0 ] && grep -Eq '[1-9][0-9]* Removed|[1-9][0-9]* Changed' "$t.sum"; then
  echo "public functions or types removed or changed without a major bump"; exit 1
fi
exit 0
