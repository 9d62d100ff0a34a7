# stdin on the stream core: 10 MB through a pipe and from a file arrive
# whole and in order (md5 of what 'data' delivered), also when the reader
# pauses now and then, or after every chunk (then a 'data' comes from
# Readable's buffer while its next read is pending); a slow writer's small
# pieces all arrive.
N=$1
fail() { echo "FAIL: $*"; exit 1; }
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
head -c 10485760 /dev/urandom >"$t/in"
want="$(md5sum <"$t/in" | cut -d' ' -f1) 10485760"
prog='
var h = require("crypto").createHash("md5"), n = 0, pauses = 0;
process.stdin.on("data", function (d) {
  h.update(d);
  n += d.length;
  if ((process.argv[1] === "pause" && n >= (pauses + 1) * 1048576) || process.argv[1] === "every") {
    pauses++;
    process.stdin.pause();
    setTimeout(function () { process.stdin.resume(); }, 5);
  }
});
process.stdin.on("end", function () { console.log(h.digest("hex") + " " + n); });'
out=$(cat "$t/in" | "$N" -e "$prog") || fail "pipe: exit $?"
[ "$out" = "$want" ] || fail "pipe: $out, want $want"
out=$("$N" -e "$prog" <"$t/in") || fail "file: exit $?"
[ "$out" = "$want" ] || fail "file: $out, want $want"
out=$(cat "$t/in" | "$N" -e "$prog" pause) || fail "pipe with pauses: exit $?"
[ "$out" = "$want" ] || fail "pipe with pauses: $out, want $want"
out=$("$N" -e "$prog" pause <"$t/in") || fail "file with pauses: exit $?"
[ "$out" = "$want" ] || fail "file with pauses: $out, want $want"
out=$(head -c 1048576 "$t/in" | "$N" -e "$prog" every) || fail "pipe, pause every chunk: exit $?"
want1="$(head -c 1048576 "$t/in" | md5sum | cut -d' ' -f1) 1048576"
[ "$out" = "$want1" ] || fail "pipe, pause every chunk: $out, want $want1"
out=$("$N" -e "$prog" every <"$t/in") || fail "file, pause every chunk: exit $?"
[ "$out" = "$want" ] || fail "file, pause every chunk: $out, want $want"
# a slow writer: small pieces with gaps
out=$( (for i in 1 2 3 4 5; do printf 'piece%s\n' "$i"; sleep 0.05; done) | "$N" -e '
var got = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", function (d) { got += d; });
process.stdin.on("end", function () { console.log(JSON.stringify(got)); });')
[ "$out" = '"piece1\npiece2\npiece3\npiece4\npiece5\n"' ] || fail "slow writer: $out"
exit 0
