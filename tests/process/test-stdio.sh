# Standard I/O: the spec's stdin example with piped and file input, stdin
# left alone does not keep the process alive, and 10 MB written to stdout
# (a pipe and a file) right before process.exit() all arrive.
N=$1
fail() { echo "FAIL: $*"; exit 1; }
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
prog='
var stdin = process.openStdin();
stdin.setEncoding("utf8");
var got = "";
stdin.on("data", function (chunk) { got += chunk; });
stdin.on("end", function () { process.stdout.write("data_length=" + got.length + " last=" + JSON.stringify(got.slice(-6)) + "\n"); });'
out=$(printf 'hello\nworld\n' | "$N" -e "$prog")
[ "$out" = 'data_length=12 last="world\n"' ] || fail "piped stdin: $out"
head -c 3000000 /dev/zero | tr '\0' 'a' >"$t/in"; printf 'tail!\n' >>"$t/in"
out=$("$N" -e "$prog" <"$t/in")
[ "$out" = 'data_length=3000006 last="tail!\n"' ] || fail "file stdin: $out"
# multi-byte characters split across reads stay whole with setEncoding
printf '\342\202\254%.0s' $(seq 30000) >"$t/euro"
out=$("$N" -e "$prog" <"$t/euro")
[ "$out" = 'data_length=30000 last="€€€€€€"' ] || fail "utf8 stdin: $out"
# stdin never read: the process exits at once
timeout 5 "$N" -e 'process.stdin; process.stdout.write("ok")' </dev/zero >/dev/null || fail "unread stdin keeps the process alive"
# nothing lost at exit
write10='var b = "x".repeat(1024 * 1024); for (var i = 0; i < 10; i++) process.stdout.write(b); process.exit(0)'
"$N" -e "$write10" >"$t/out" || fail "exit code"
[ "$(wc -c <"$t/out")" -eq 10485760 ] || fail "file: $(wc -c <"$t/out") bytes"
n=$("$N" -e "$write10" | wc -c)
[ "$n" -eq 10485760 ] || fail "pipe: $n bytes"
n=$("$N" -e "$write10" | (sleep 1; wc -c))
[ "$n" -eq 10485760 ] || fail "slow pipe: $n bytes"
# stderr too
"$N" -e 'process.stderr.write("e".repeat(100000)); process.exit(3)' 2>"$t/err"; [ $? -eq 3 ] || fail "stderr exit"
[ "$(wc -c <"$t/err")" -eq 100000 ] || fail "stderr bytes"
exit 0
