// A worker killed by a signal gives 'exit' with the signal; the primary
// forks another, which joins the same port, and the port keeps serving.
var common = require('../common');
var assert = require('assert');
var cluster = require('cluster');
var net = require('net');

if (cluster.isWorker) {
  net.createServer(function (s) { s.end('w' + cluster.worker.id); }).listen(0, '127.0.0.1');
  return;
}

var guard = common.clusterGuard(cluster, 20000);

function fetch(port, cb) {
  var c = net.connect(port, '127.0.0.1');
  var data = '';
  c.setEncoding('utf8');
  c.on('data', function (d) { data += d; });
  c.on('end', function () { cb(data); });
}

function fetchMany(port, n, cb) {
  var seen = {}, done = 0;
  for (var i = 0; i < n; i++) {
    fetch(port, function (data) {
      seen[data] = true;
      if (++done === n) cb(seen);
    });
  }
}

var port = 0, listening = 0;
var first = cluster.fork();
var other = cluster.fork();
var third = null;
cluster.on('listening', function (w, address) {
  if (++listening === 2) {
    port = address.port;
    fetchMany(port, 4, common.mustCall(function (seen) {
      assert.deepStrictEqual(Object.keys(seen).sort(), ['w1', 'w2']);
      first.process.kill('SIGKILL');
    }));
  } else if (listening === 3) {
    assert.strictEqual(w, third);
    assert.strictEqual(address.port, port);
    fetchMany(port, 6, common.mustCall(function (seen) {
      assert.deepStrictEqual(Object.keys(seen).sort(), ['w2', 'w3']);
      cluster.disconnect();
    }));
  }
});
var exits = 0;
cluster.on('exit', common.mustCall(function (w, code, signal) {
  if (w === first) {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, 'SIGKILL');
    assert.strictEqual(w.exitedAfterDisconnect, false);
    assert.strictEqual(cluster.workers[1], undefined);
    third = cluster.fork();
    return;
  }
  assert.strictEqual(code, 0);
  assert.strictEqual(w.exitedAfterDisconnect, true);
  if (++exits === 2) clearTimeout(guard);
}, 3));
