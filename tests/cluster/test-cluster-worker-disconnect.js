// cluster.worker.disconnect() inside a worker: its server closes, the
// channel goes, the worker exits 0 and the primary sees
// exitedAfterDisconnect === true.
var common = require('../common');
var assert = require('assert');
var cluster = require('cluster');
var net = require('net');

if (cluster.isWorker) {
  var server = net.createServer().listen(0, '127.0.0.1', function () {
    server.on('close', function () { process.stdout.write(''); });
    cluster.worker.disconnect();
  });
  return;
}

var guard = common.clusterGuard(cluster, 20000);

var worker = cluster.fork();
worker.on('listening', common.mustCall());
cluster.on('disconnect', common.mustCall(function (w) { assert.strictEqual(w, worker); }));
cluster.on('exit', common.mustCall(function (w, code, signal) {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
  assert.strictEqual(w.exitedAfterDisconnect, true);
  assert.strictEqual(cluster.workers[w.id], undefined);
  clearTimeout(guard);
}));
