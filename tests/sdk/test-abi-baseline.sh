# The public ABI of libnodus against the record in sdk/abi/ (written by
# scripts/abi-dump):
#  - every function of nodus.h and nodus-embed.h is exported, under the
#    version node of kernel/nodus.map that the map gives it;
#  - the map's newest node is the header's NODUS_ABI_MINOR, and a released
#    node (every recorded one) has exactly its recorded symbols: a new
#    function needs a new node and a minor bump;
#  - no public function or type is removed or changed (abigail), which
#    would need NODUS_ABI_MAJOR bumped.
root=$NODUS_TEST_SOURCE_ROOT
lib=$NODUS_TEST_BUILD_ROOT/kernel/libnodus.so.1
command -v abidiff >/dev/null || { echo "abidiff missing (scripts/bootstrap installs abigail-tools)"; exit 1; }
hdr=$root/sdk/include/nodus/nodus.h
major=$(sed -n 's/^#define NODUS_ABI_MAJOR  *\([0-9]*\).*/\1/p' "$hdr")
minor=$(sed -n 's/^#define NODUS_ABI_MINOR  *\([0-9]*\).*/\1/p' "$hdr")
base=$root/sdk/abi/libnodus-$major.abi
syms=$root/sdk/abi/libnodus-$major.symbols
if [ ! -f "$base" ] || [ ! -f "$syms" ]; then echo "no ABI record for major $major: scripts/abi-dump $lib"; exit 1; fi
t=$(mktemp); trap 'rm -f "$t" "$t".*' EXIT
bad=0
fail() { echo "$*"; bad=1; }

# The version nodes of the map, the record, and what the library exports.
"$root/scripts/abi-dump" --map >"$t.map"
readelf --dyn-syms --wide "$lib" | awk '$7 != "UND" && $8 ~ /@@NODUS_/ { split($8, a, "@@"); print a[2], a[1] }' |
  sort -k1,1V -k2,2 >"$t.elf"
# Functions the headers declare.
grep -h '^ND_EXTERN' "$hdr" "$root/kernel/include/nodus-embed.h" | grep -oE '\bnd_[a-z0-9_]+\(' |
  tr -d '(' | sort -u >"$t.decl"

newest=$(cut -d' ' -f1 "$t.map" | sort -uV | tail -1)
[ "$newest" = "NODUS_$major.$minor" ] ||
  fail "kernel/nodus.map's newest version node is $newest, but nodus.h says ABI $major.$minor:" \
    "bump NODUS_ABI_MINOR with a new node (and run scripts/abi-dump), or the other way round"
cut -d' ' -f1 "$t.map" | sort -u >"$t.nodes"
while read -r node; do
  grep -q "^$node " "$syms" || fail "$node is not recorded: run scripts/abi-dump $lib"
done <"$t.nodes"
cut -d' ' -f1 "$syms" | sort -u >"$t.nodes"
while read -r node; do
  grep "^$node " "$syms" >"$t.a"
  grep "^$node " "$t.map" >"$t.b"
  if ! cmp -s "$t.a" "$t.b"; then
    fail "$node is released, but kernel/nodus.map changed its symbols:"
    diff "$t.a" "$t.b" | sed -n 's/^\([<>]\) /  \1 /p'
    echo "  (a released minor never changes: put a new function in NODUS_$major.$((minor + 1)) and bump NODUS_ABI_MINOR)"
  fi
done <"$t.nodes"
# Each declared function with its node in the map and its exported version.
awk '{ print $2, $1 }' "$t.map" | sort >"$t.mapn"
awk '{ print $2, $1 }' "$t.elf" | sort >"$t.elfn"
join -a1 -e - -o 0,2.2 "$t.decl" "$t.mapn" | join -a1 -e nothing -o 0,1.2,2.2 - "$t.elfn" >"$t.each"
while read -r f node got; do
  if [ "$node" = - ]; then
    fail "$f is declared in a public header but is in no version node of kernel/nodus.map:" \
      "add it to NODUS_$major.$((minor + 1)) and bump NODUS_ABI_MINOR"
  elif [ "$got" != "$node" ]; then
    fail "$f is exported as '$got', but kernel/nodus.map puts it in $node"
  fi
done <"$t.each"
# Map names no header declares: a function on its way (declared on another
# branch) exports nothing until it exists; say so, it is not an error.
awk '{ print $2 }' "$t.map" | sort >"$t.names"
for f in $(comm -23 "$t.names" "$t.decl"); do echo "note: $f is in kernel/nodus.map but declared by no header"; done

# test-abi-rules.sh checks the rules above on doctored copies: no need to
# compare signatures there.
[ -z "$NODUS_ABI_SYMBOLS_ONLY" ] || exit $bad
if ! readelf -S "$lib" | grep -q '\.debug_info'; then
  echo "signatures not compared: $lib has no debug info (configure with -Ddebug=true)"
  exit $bad
fi
"$root/scripts/abi-dump" --xml "$lib" >"$t.xml"
abidiff --headers-dir2 "$root/sdk/include/nodus" "$base" "$t.xml" >"$t.diff" 2>&1
rc=$?
cat "$t.diff"; grep -E "changes summary" "$t.diff" >"$t.sum"
# abidiff's exit status is a bit field: 1 error, 4 change, 8 incompatible.
# Adding functions is what a minor release does; anything removed or changed
# (abidiff counts a changed parameter list or struct as "Changed") is not.
if [ $((rc & 1)) -ne 0 ]; then fail "abidiff failed"; fi
if [ $((rc & 8)) -ne 0 ]; then fail "incompatible ABI change without a major bump"; fi
if [ $((rc & 4)) -ne 0 ] && grep -Eq '[1-9][0-9]* Removed|[1-9][0-9]* Changed' "$t.sum"; then
  fail "public functions or types removed or changed without a major bump"
fi
exit $bad
