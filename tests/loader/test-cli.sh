# The command line: -e, -p, -v, -h, stdin, --, argv, bad options, shebang,
# plugins found by name, unknown builtins.
N=$1
fail() { echo "FAIL: $*"; exit 1; }
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT

[ "$("$N" -p '1+1')" = "2" ] || fail "-p 1+1"
[ "$("$N" --print '"a" + "b"')" = "ab" ] || fail "--print"
[ "$("$N" -e 'process.stdout.write("e")')" = "e" ] || fail "-e"
"$N" -v | grep -Eq '^v[0-9]+\.[0-9]+\.[0-9]+$' || fail "-v"
"$N" --help | grep -q 'Usage: nodus' || fail "--help"
"$N" --no-such-option 2>/dev/null; [ $? -eq 9 ] || fail "bad option exits 9"
[ "$(echo 'process.stdout.write("stdin " + __filename)' | "$N")" = "stdin $(pwd)/[stdin]" ] || fail "stdin"
[ "$(echo 'process.stdout.write("dash")' | "$N" -)" = "dash" ] || fail "- reads stdin"
printf '#!/usr/bin/env nodus\nprocess.stdout.write(JSON.stringify(process.argv.slice(2)))\n' >"$t/args.js"
[ "$("$N" "$t/args.js" a -e --b)" = '["a","-e","--b"]' ] || fail "script args"
[ "$("$N" -- "$t/args.js" x)" = '["x"]' ] || fail "--"
[ "$("$N" -e 'process.stdout.write(JSON.stringify(process.argv.slice(1)))' p q)" = '["p","q"]' ] || fail "-e args"
cp "$t/args.js" "$t/noext"
[ "$("$N" "$t/noext" 1)" = '["1"]' ] || fail "script without .js"
( cd "$t" && [ "$("$N" args 2)" = '["2"]' ] ) || fail "script found with .js added"
"$N" "$t/missing.js" 2>"$t/err"; [ $? -eq 1 ] && grep -q "Cannot find module" "$t/err" || fail "missing script"
"$N" -e 'require("nonexistent_builtin_x")' 2>"$t/err"; grep -q "Cannot find module 'nonexistent_builtin_x'" "$t/err" || fail "missing builtin"
exit 0
"$N" -e 'setTimeout(function(){}, 0)' || fail "timers preloaded"
# Plugins load lazily: a program that never requires assert never maps it.
"$N" -e 'setTimeout(function () {}, 3000)' & pid=$!
sleep 0.3
grep -q '/timers/timers.so\|/timers.so' /proc/$pid/maps || { kill $pid; fail "timers not mapped"; }
if grep -q 'assert.so' /proc/$pid/maps; then kill $pid; fail "assert mapped without require"; fi
kill $pid; wait $pid 2>/dev/null
exit 0
