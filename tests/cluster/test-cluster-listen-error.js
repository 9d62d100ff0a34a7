// A port the primary cannot bind gives the worker's server an 'error' with
// Node's code, and the worker carries on; NODE_UNIQUE_ID without a channel
// is no worker.
var common = require('../common');
var assert = require('assert');
var cluster = require('cluster');
var net = require('net');
var cp = require('child_process');

if (process.argv[2] === 'plain') {
  assert.strictEqual(cluster.isWorker, false);
  net.createServer().listen(0, '127.0.0.1', function () { this.close(); });
  return;
}

if (cluster.isWorker) {
  var s = net.createServer();
  s.on('error', function (err) {
    process.send({ code: err.code, syscall: err.syscall, listening: s.listening });
  });
  s.listen(+process.env.BUSY_PORT, '127.0.0.1');
  return;
}

var guard = common.clusterGuard(cluster, 20000);

var r = cp.spawnSync(process.execPath, [__filename, 'plain'],
  { env: Object.assign({}, process.env, { NODE_UNIQUE_ID: '7' }) });
assert.strictEqual(r.status, 0, String(r.stderr));

var busy = net.createServer().listen(0, '127.0.0.1', common.mustCall(function () {
  var worker = cluster.fork({ BUSY_PORT: String(busy.address().port) });
  worker.on('listening', common.mustNotCall());
  worker.on('message', common.mustCall(function (m) {
    assert.deepStrictEqual(m, { code: 'EADDRINUSE', syscall: 'listen', listening: false });
    worker.kill();
  }));
  worker.on('exit', common.mustCall(function () {
    busy.close();
    clearTimeout(guard);
  }));
}));
