// NODE_CLUSTER_SCHED_POLICY=none: the primary shares its listening socket
// and the workers accept themselves; a server still answers on it.
process.env.NODE_CLUSTER_SCHED_POLICY = 'none';
var common = require('../common');
var assert = require('assert');
var cluster = require('cluster');
var net = require('net');

assert.strictEqual(cluster.schedulingPolicy, cluster.SCHED_NONE);

if (cluster.isWorker) {
  net.createServer(function (s) { s.end('w' + cluster.worker.id); }).listen(0, '127.0.0.1');
  return;
}

var guard = common.clusterGuard(cluster, 20000);

var n = 0;
cluster.fork();
cluster.fork();
cluster.on('listening', common.mustCall(function (w, address) {
  if (++n < 2) return;
  var done = 0;
  for (var i = 0; i < 6; i++) {
    var c = net.connect(address.port, '127.0.0.1');
    c.setEncoding('utf8');
    c.on('data', function (d) { assert.ok(/^w[12]$/.test(d), d); });
    c.on('end', function () {
      if (++done === 6) cluster.disconnect(common.mustCall(function () { clearTimeout(guard); }));
    });
  }
}, 2));
cluster.on('exit', common.mustCall(function (w, code) {
  assert.strictEqual(code, 0);
  assert.strictEqual(w.exitedAfterDisconnect, true);
}, 2));
