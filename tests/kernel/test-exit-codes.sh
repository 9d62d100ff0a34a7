# Exit codes and uncaught-exception output, as Node's.
N=$1
fail() { echo "FAIL: $*"; exit 1; }
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT

"$N" -e '0' || fail "-e 0 exits $?"
"$N" -e 'process.exit(42)'; [ $? -eq 42 ] || fail "process.exit(42)"
"$N" -e 'process.exitCode = 5'; [ $? -eq 5 ] || fail "exitCode 5"
"$N" -e 'process.on("exit", function (c) { process.stdout.write("exit " + c + "\n"); }); process.exit(3)' >"$t/o"
[ $? -eq 3 ] && [ "$(cat "$t/o")" = "exit 3" ] || fail "exit event sees the code"
"$N" -e 'try { process.exit(4) } finally { process.stdout.write("finally\n") }' >"$t/o"
[ $? -eq 4 ] && [ ! -s "$t/o" ] || fail "process.exit is not catchable"
"$N" -e 'setTimeout(function(){ process.stdout.write("no\n") }, 10); process.exit()' >"$t/o"
[ $? -eq 0 ] && [ ! -s "$t/o" ] || fail "process.exit() stops the loop"

# An uncaught exception: file:line, the source line, a caret, the stack; exit 1.
printf 'var x = 1;\nfunction boom() {\n  throw new Error("kaput");\n}\nboom();\n' >"$t/boom.js"
"$N" "$t/boom.js" 2>"$t/err"; rc=$?
[ $rc -eq 1 ] || fail "uncaught exits $rc"
head -1 "$t/err" | grep -qx "$t/boom.js:3" || fail "first line names file:line: $(head -1 "$t/err")"
sed -n 2p "$t/err" | grep -qx '  throw new Error("kaput");' || fail "source line"
sed -n 3p "$t/err" | grep -q '^ *^$' || fail "caret line"
grep -q '^Error: kaput$' "$t/err" || fail "message line"
grep -q "^    at boom ($t/boom.js:3:9)$" "$t/err" || fail "stack frame: $(cat "$t/err")"

# 'exit' runs after an uncaught exception, with code 1.
"$N" -e 'process.on("exit", function (c) { process.stdout.write("code " + c + "\n") }); null.x' >"$t/o" 2>/dev/null
[ $? -eq 1 ] && [ "$(cat "$t/o")" = "code 1" ] || fail "exit after uncaught"

# uncaughtException listeners keep the process alive.
"$N" -e 'process.on("uncaughtException", function (e) { process.stdout.write("caught " + e.message + "\n") }); setTimeout(function () { process.stdout.write("after\n") }, 5); throw new Error("x")' >"$t/o"
[ $? -eq 0 ] && [ "$(cat "$t/o")" = "caught x
after" ] || fail "uncaughtException: $(cat "$t/o")"

# A thrown non-error value.
"$N" -e 'throw 42' 2>"$t/err"; [ $? -eq 1 ] && grep -q 'Uncaught 42' "$t/err" || fail "throw 42"

# Unhandled rejections are fatal (Node 15+), unless listened for.
"$N" -e 'Promise.reject(new Error("nope"))' 2>"$t/err"; [ $? -eq 1 ] && grep -q 'Error: nope' "$t/err" || fail "unhandled rejection"
"$N" -e 'process.on("unhandledRejection", function (r) { process.stdout.write("r " + r + "\n") }); Promise.reject(7)' >"$t/o"
[ $? -eq 0 ] && [ "$(cat "$t/o")" = "r 7" ] || fail "unhandledRejection listener"

# Killed by a signal: the shell sees 128+signal.
"$N" -e 'process.kill(process.pid, "SIGTERM"); setTimeout(function(){}, 1000)'; [ $? -eq 143 ] || fail "SIGTERM gives 143"

# A syntax error names the file and line.
printf 'var a = 1;\nvar b = ;\n' >"$t/syn.js"
"$N" "$t/syn.js" 2>"$t/err"; [ $? -eq 1 ] || fail "syntax error exit"
head -1 "$t/err" | grep -qx "$t/syn.js:2" || fail "syntax error location: $(cat "$t/err")"
grep -q '^SyntaxError' "$t/err" || fail "SyntaxError named"
exit 0
