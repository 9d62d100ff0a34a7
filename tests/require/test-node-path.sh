# NODE_PATH and ~/.node_libraries are searched after node_modules.
N=$1
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
mkdir -p "$t/np" "$t/home/.node_libraries" "$t/run"
echo 'module.exports = "from NODE_PATH";' >"$t/np/npmod.js"
echo 'module.exports = "from node_libraries";' >"$t/home/.node_libraries/libmod.js"
cd "$t/run" || exit 1
out=$(NODE_PATH="$t/np" HOME="$t/home" "$N" -e 'process.stdout.write(require("npmod") + "," + require("libmod") + "," + (require.paths.indexOf(process.env.NODE_PATH) >= 0))')
[ "$out" = "from NODE_PATH,from node_libraries,true" ] || { echo "got: $out"; exit 1; }
