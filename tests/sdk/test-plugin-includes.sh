# Plugins use the SDK only: no engine header and no private kernel header in
# modules/, and every quoted include names a file of the plugin's own folder
# (or a header generated from its JavaScript).
root=$NODUS_TEST_SOURCE_ROOT
bad=$(grep -rnE '#include *[<"](js|jsapi|jsfriendapi|mozilla)[/.a-zA-Z]*' "$root/modules" --include='*.c' --include='*.h')
[ -z "$bad" ] || { echo "engine headers in plugins:"; echo "$bad"; exit 1; }
status=0
for f in $(find "$root/modules" -name '*.c' -o -name '*.h'); do
  dir=$(dirname "$f")
  for inc in $(sed -n 's/^#include *"\([^"]*\)".*/\1/p' "$f"); do
    case "$inc" in
      *_js.h|plugin_js.h) continue ;;
    esac
    if [ ! -f "$dir/$inc" ] || case "$inc" in *..*) true ;; *) false ;; esac; then
      echo "$f includes \"$inc\", which is not its own"; status=1
    fi
  done
done
exit $status
