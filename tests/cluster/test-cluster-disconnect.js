// worker.disconnect(): the worker closes its server, drops the channel and
// exits on its own; exitedAfterDisconnect is true; 'disconnect' comes on
// the worker and on cluster.
var common = require('../common');
var assert = require('assert');
var cluster = require('cluster');
var net = require('net');

if (cluster.isWorker) {
  var server = net.createServer(function (s) { s.end('ok'); }).listen(0, '127.0.0.1');
  server.on('close', function () { process.stdout.write(''); });
  cluster.worker.on('disconnect', function () {
    assert.strictEqual(server.listening, false);
  });
  return;
}

var guard = common.clusterGuard(cluster, 20000);

var worker = cluster.fork();
worker.on('listening', common.mustCall(function (address) {
  var c = net.connect(address.port, '127.0.0.1');
  c.on('data', common.mustCall(function (d) {
    assert.strictEqual(String(d), 'ok');
    worker.disconnect();
    assert.strictEqual(worker.exitedAfterDisconnect, true);
  }));
  c.on('end', function () { c.destroy(); });
}));
worker.on('disconnect', common.mustCall());
cluster.on('disconnect', common.mustCall(function (w) { assert.strictEqual(w, worker); }));
worker.on('exit', common.mustCall(function (code, signal) {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
  assert.strictEqual(worker.exitedAfterDisconnect, true);
  assert.strictEqual(worker.isDead(), true);
  assert.strictEqual(worker.isConnected(), false);
  clearTimeout(guard);
}));
