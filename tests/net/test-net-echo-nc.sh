# The spec's echo server (home page example, port 0 instead of 8124) against
# a client nodus did not write: netcat (OpenBSD's nc), over TCP and over a
# UNIX socket. nc half-closes after its input (-N), the server answers the
# 'end' with end(), and nc prints everything it got.
N=$1
fail() { echo "FAIL: $*"; exit 1; }
command -v nc >/dev/null || fail "nc missing (scripts/bootstrap installs netcat-openbsd)"
t=$(mktemp -d)
cleanup() { [ -n "$srv" ] && kill $srv 2>/dev/null; rm -rf "$t"; }
trap cleanup EXIT
"$N" -e '
var net = require("net");
var sock = process.argv[1];
function echo(socket) {
  socket.setEncoding("utf8");
  socket.write("Echo server\r\n");
  socket.on("data", function (data) {
    socket.write(data);
  });
  socket.on("end", function () {
    socket.end();
  });
}
var tcp = net.createServer(echo).listen(0, "127.0.0.1", function () {
  var unix = net.createServer(echo).listen(sock, function () {
    process.stdout.write(tcp.address().port + "\n");
  });
  setTimeout(function () { tcp.close(); unix.close(); }, 30000).unref();
});
' "$t/echo.sock" >"$t/port" &
srv=$!
for _ in $(seq 50); do [ -s "$t/port" ] && break; sleep 0.1; done
port=$(cat "$t/port")
[ -n "$port" ] || fail "server did not start"

printf 'hello\nworld\n' | timeout 10 nc -N 127.0.0.1 "$port" >"$t/out1" || fail "nc tcp"
printf 'Echo server\r\nhello\nworld\n' | cmp -s - "$t/out1" || { od -c "$t/out1"; fail "tcp echo"; }

# 1 MB of ASCII (the server decodes UTF-8, so the bytes must survive it).
head -c 1000000 /dev/zero | tr '\0' 'a' >"$t/big"
timeout 20 nc -N 127.0.0.1 "$port" <"$t/big" >"$t/out2" || fail "nc tcp big ascii"
{ printf 'Echo server\r\n'; cat "$t/big"; } | cmp -s - "$t/out2" || fail "big echo differs ($(wc -c <"$t/out2") bytes)"

printf 'over unix\n' | timeout 10 nc -N -U "$t/echo.sock" >"$t/out3" || fail "nc unix"
printf 'Echo server\r\nover unix\n' | cmp -s - "$t/out3" || { od -c "$t/out3"; fail "unix echo"; }
echo ok
