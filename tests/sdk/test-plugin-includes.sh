# Plugins use the SDK only: no engine header and no private kernel header in
# modules/, and every quoted include names a file of the plugin's own folder
# (or a header generated from its JavaScript).
root=$NODUS_TEST_SOURCE_ROOT
bad=$(grep -rnE '#include *[<"](js|jsapi|jsfriendapi|mozilla)[/.a-zA-Z]*' "$root/modules" --include='*.c' --include='*.h')
[ -z "$bad" ] || { echo "engine headers in plugins:"; echo "$bad"; exit 1; }
# File and include names have no spaces; the output lists every offender.
out=$(find "$root/modules" -name '*.c' -o -name '*.h' | while read -r f; do
  dir=$(dirname "$f")
  sed -n 's/^#include *"\([^"]*\)".*/\1/p' "$f" | while read -r inc; do
    case "$inc" in
      *_js.h) continue ;;
      *..*) echo "$f includes \"$inc\", which is not its own" ;;
      *) [ -f "$dir/$inc" ] || echo "$f includes \"$inc\", which is not its own" ;;
    esac
  done
done)
[ -z "$out" ] || { echo "$out"; exit 1; }
exit 0
