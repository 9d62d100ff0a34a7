# server.listenFD(fd) with a descriptor bound and listening before nodus
# started, as systemd socket activation hands it over (here by python3 as
# fd 3); the adopted descriptor becomes close-on-exec.
N=$1
fail() { echo "FAIL: $*"; exit 1; }
out=$(timeout 20 python3 - "$N" <<'PY'
import os, socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(('127.0.0.1', 0))
s.listen(16)
port = s.getsockname()[1]
if s.fileno() != 3:
    os.dup2(s.fileno(), 3)
os.set_inheritable(3, True)     # as a service manager leaves it
os.environ['LISTEN_PORT'] = str(port)
script = r'''
var net = require("net");
var assert = require("assert");
var server = new net.Server(function (sock) {
  sock.setEncoding("utf8");
  sock.on("data", function (d) { sock.write("echo:" + d); });
  sock.on("end", function () { sock.end(); });
});
server.listenFD(3);
server.on("listening", function () {
  var port = +process.env.LISTEN_PORT;
  assert.strictEqual(server.address().port, port);
  var flags = /flags:\s*([0-7]+)/.exec(require("fs").readFileSync("/proc/self/fdinfo/3", "utf8"))[1];
  assert.ok(parseInt(flags, 8) & 0x80000, "fd 3 is not close-on-exec: flags " + flags);   // O_CLOEXEC
  assert.ok(parseInt(flags, 8) & 0x800, "fd 3 is blocking: flags " + flags);             // O_NONBLOCK
  var c = net.connect(port, "127.0.0.1");
  var got = "";
  c.on("connect", function () { c.end("activated"); });
  c.on("data", function (d) { got += d; });
  c.on("end", function () {
    server.close(function () { console.log(got); });
  });
});
'''
os.execv(sys.argv[1], [sys.argv[1], '-e', script])
PY
) || fail "nodus exited with $?: $out"
[ "$out" = "echo:activated" ] || fail "got: $out"
echo ok
