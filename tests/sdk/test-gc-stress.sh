# Handle rooting under a tiny nursery: minor GCs (which move objects) run
# constantly while plugins hold handles, references and wrapped objects.
N=$1
cd "$(dirname "$0")" || exit 1
NODUS_GC_NURSERY_KB=192 "$N" test-addon.js || { echo "test-addon.js failed under GC stress"; exit 1; }
cd ../kernel || exit 1
NODUS_GC_NURSERY_KB=192 "$N" test-order.js || { echo "test-order.js failed under GC stress"; exit 1; }
cd ../util || exit 1
for t in test-inspect-table.js test-format.js; do
  [ -f "$t" ] || continue
  NODUS_GC_NURSERY_KB=192 "$N" "$t" >/dev/null || { echo "$t failed under GC stress"; exit 1; }
done
exit 0
