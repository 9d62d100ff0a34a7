# accept() out of descriptors (EMFILE): a server under `ulimit -n 40` gets
# 80 connections from another process. It keeps the ones it could accept,
# backs off on a timer for the rest (no busy loop: it burns little CPU while
# stuck), and once the first connections close it accepts and serves the
# waiting ones and new ones. It never crashes or stops listening.
N=$1
fail() { echo "FAIL: $*"; exit 1; }
t=$(mktemp -d)
cleanup() { [ -n "$srv" ] && kill $srv 2>/dev/null; rm -rf "$t"; }
trap cleanup EXIT
(
  # dash and bash both have ulimit -n, though POSIX does not name it.
  # shellcheck disable=SC3045
  ulimit -n 40 || exit 1
  exec "$N" -e '
  var net = require("net");
  var server = net.createServer(function (s) {
    s.on("error", function () {});
    s.write("hi\n");
    s.on("data", function (d) { s.write(d); });
    s.on("end", function () { s.end(); });
  });
  server.on("error", function (e) { console.error("server error", e); process.exit(1); });
  server.listen(0, "127.0.0.1", 100, function () {
    process.stdout.write(server.address().port + "\n");
  });
  setTimeout(function () { server.close(); process.exit(0); }, 40000).unref();
  '
) >"$t/port" 2>"$t/err" &
srv=$!
for _ in $(seq 50); do [ -s "$t/port" ] && break; sleep 0.1; done
port=$(cat "$t/port")
[ -n "$port" ] || fail "server did not start: $(cat "$t/err")"

timeout 40 python3 - "$port" "$srv" <<'PY' || fail "client checks failed; server stderr: $(cat "$t/err")"
import os, select, socket, sys, time
port, pid = int(sys.argv[1]), int(sys.argv[2])
tick = os.sysconf('SC_CLK_TCK')

def cpu():
    f = open('/proc/%d/stat' % pid).read().rsplit(')', 1)[1].split()
    return (int(f[11]) + int(f[12])) / tick     # utime + stime

def greeted(socks, wait):
    """The sockets that have received the greeting within `wait` seconds."""
    got, deadline = {}, time.time() + wait
    while len(got) < len(socks) and time.time() < deadline:
        r, _, _ = select.select([s for s in socks if s not in got], [], [], 0.1)
        for s in r:
            data = s.recv(16)
            got[s] = data
    return got

conns = []
for i in range(80):
    c = socket.create_connection(('127.0.0.1', port), timeout=5)
    conns.append(c)
first = greeted(conns, 1.5)
stuck = [c for c in conns if c not in first]
assert 0 < len(first) < 60, 'served %d of 80 under ulimit -n 40' % len(first)
assert len(stuck) > 0
# stuck in EMFILE: the back-off must not spin
c0 = cpu(); time.sleep(1.0); used = cpu() - c0
assert used < 0.3, 'server used %.2f s of CPU in 1 s while out of descriptors' % used
assert os.path.exists('/proc/%d' % pid), 'server died'

# free the server's descriptors: it must now serve the ones left waiting
for c in list(first):
    c.close()
# (closing each as it is served, since they do not all fit at once)
remaining, later, deadline = stuck, 0, time.time() + 15
while remaining and time.time() < deadline:
    got = greeted(remaining, 1)
    for c in got:
        c.close()
    later += len(got)
    remaining = [c for c in remaining if c not in got]
assert not remaining, 'served %d of %d waiting connections after fds freed' % (later, len(stuck))

# and keeps working for new connections
c = socket.create_connection(('127.0.0.1', port), timeout=5)
c.sendall(b'ping')
c.shutdown(socket.SHUT_WR)
data = b''
while True:
    d = c.recv(100)
    if not d: break
    data += d
assert data == b'hi\nping', data
print('ok: %d served at first, %d after fds were freed, %.2f s CPU while stuck' % (len(first), later, used))
PY
kill $srv 2>/dev/null
echo ok
