// The spec's cluster hello server: a primary with 2 round-robin workers
// answers 20 HTTP requests, and both workers answer some of them.
var common = require('../common');
var assert = require('assert');
var cluster = require('cluster');
var http = require('http');

if (cluster.isWorker) {
  assert.strictEqual(cluster.isPrimary, false);
  assert.strictEqual(process.env.NODE_UNIQUE_ID, undefined);
  http.createServer(function (req, res) {
    res.end('hello from ' + cluster.worker.id);
  }).listen(0, '127.0.0.1');
  return;
}

assert.strictEqual(cluster.isPrimary, true);
assert.strictEqual(cluster.isMaster, true);
assert.strictEqual(cluster.isWorker, false);
assert.strictEqual(cluster.schedulingPolicy, cluster.SCHED_RR);

var guard = common.clusterGuard(cluster, 30000);

var listening = 0, forked = 0, ports = [];
cluster.on('fork', function () { forked++; });
cluster.fork();
cluster.fork();
cluster.on('listening', function (worker, address) {
  assert.strictEqual(address.address, '127.0.0.1');
  assert.strictEqual(address.addressType, 4);
  ports.push(address.port);
  if (++listening === 2) {
    assert.strictEqual(ports[0], ports[1]); // listen(0): one shared port
    run(ports[0]);
  }
});

function run(port) {
  var seen = {}, done = 0;
  for (var i = 0; i < 20; i++) {
    http.get({ host: '127.0.0.1', port: port, path: '/', agent: false }, function (res) {
      var body = '';
      res.setEncoding('utf8');
      res.on('data', function (d) { body += d; });
      res.on('end', function () {
        assert.ok(/^hello from [12]$/.test(body), body);
        seen[body] = (seen[body] || 0) + 1;
        if (++done === 20) finish(seen);
      });
    });
  }
}

var exits = 0;
function finish(seen) {
  assert.strictEqual(Object.keys(seen).length, 2, JSON.stringify(seen));
  assert.strictEqual(forked, 2);
  cluster.on('exit', function (worker, code, signal) {
    assert.strictEqual(worker.exitedAfterDisconnect, true);
    if (++exits === 2) clearTimeout(guard);
  });
  for (var id in cluster.workers) cluster.workers[id].disconnect();
}

process.on('exit', function () { assert.strictEqual(exits, 2); });
