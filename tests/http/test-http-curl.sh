# curl, a client nodus did not write, against the server; and the client
# against python3's http.server, a server nodus did not write.
N=$1
fail() { echo "FAIL: $*"; exit 1; }
t=$(mktemp -d)
cleanup() { [ -n "$srv" ] && kill $srv 2>/dev/null; [ -n "$py" ] && kill $py 2>/dev/null; rm -rf "$t"; }
trap cleanup EXIT
command -v curl >/dev/null || fail "curl missing (scripts/bootstrap installs it)"
"$N" -e '
var http = require("http");
var s = http.createServer(function (req, res) {
  var body = "";
  req.on("data", function (d) { body += d; });
  req.on("end", function () {
    res.writeHead(200, {"Content-Type": "text/plain"});
    res.end(req.method + " " + req.url + " " + body.length + "\n");
  });
});
s.listen(0, "127.0.0.1", function () { process.stdout.write(s.address().port + "\n"); });
setTimeout(function () { s.close(); }, 20000).unref();
' >"$t/port" &
srv=$!
for _ in $(seq 50); do [ -s "$t/port" ] && break; sleep 0.1; done
port=$(cat "$t/port")
[ -n "$port" ] || fail "server did not start"
out=$(curl -s --max-time 10 "http://127.0.0.1:$port/a?b=c") || fail "curl GET"
[ "$out" = "GET /a?b=c 0" ] || fail "GET: $out"
out=$(curl -s --max-time 10 -d "hello=world" "http://127.0.0.1:$port/post") || fail "curl POST"
[ "$out" = "POST /post 11" ] || fail "POST: $out"
head -c 3000000 /dev/zero >"$t/big"
out=$(curl -s --max-time 20 -H 'Transfer-Encoding: chunked' --data-binary @"$t/big" "http://127.0.0.1:$port/big") || fail "curl chunked upload"
[ "$out" = "POST /big 3000000" ] || fail "chunked upload: $out"
out=$(curl -s --max-time 10 --http1.0 "http://127.0.0.1:$port/old") || fail "curl 1.0"
[ "$out" = "GET /old 0" ] || fail "HTTP/1.0: $out"
kill $srv; srv=

# the client against python's server
mkdir -p "$t/www" && printf 'served by python\n' >"$t/www/file.txt"
(cd "$t/www" && exec python3 -m http.server 0 --bind 127.0.0.1 >"$t/py.log" 2>&1) &
py=$!
for _ in $(seq 50); do grep -q "port" "$t/py.log" 2>/dev/null && break; sleep 0.1; done
pport=$(sed -n 's/.*port \([0-9]*\).*/\1/p' "$t/py.log" | head -1)
[ -n "$pport" ] || fail "python server did not start: $(cat "$t/py.log")"
out=$("$N" -e '
require("http").get({host: "127.0.0.1", port: '"$pport"', path: "/file.txt"}, function (res) {
  var b = ""; res.setEncoding("utf8");
  res.on("data", function (d) { b += d; });
  res.on("end", function () { process.stdout.write(res.statusCode + " " + b); });
});')
[ "$out" = "200 served by python" ] || fail "client vs python: $out"
exit 0
