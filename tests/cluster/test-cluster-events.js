// 'fork', 'online', 'listening' (with the address), 'message' both ways and
// 'exit' with the code, on the worker and on cluster; setupPrimary's args.
var common = require('../common');
var assert = require('assert');
var cluster = require('cluster');
var net = require('net');

if (cluster.isWorker) {
  assert.deepStrictEqual(process.argv.slice(2), ['one', 'two']);
  assert.strictEqual(process.env.EXTRA, 'yes');
  var viaWorker = [];
  cluster.worker.on('message', function (m) { viaWorker.push(m); });
  process.on('message', function (m) {
    assert.strictEqual(viaWorker[viaWorker.length - 1], m);
    assert.strictEqual(cluster.worker.process, process);
    if (m === 'quit') process.exit(3);
    process.send({ echo: m, id: cluster.worker.id });
  });
  net.createServer(function () {}).listen(0, '127.0.0.1');
  return;
}

var guard = common.clusterGuard(cluster, 20000);

cluster.setupPrimary({ args: ['one', 'two'] });
assert.deepStrictEqual(cluster.settings.args, ['one', 'two']);
assert.strictEqual(cluster.settings.exec, __filename);
assert.strictEqual(cluster.setupMaster, cluster.setupPrimary);
assert.throws(function () { cluster.setupPrimary(5); }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { cluster.fork(5); }, { code: 'ERR_INVALID_ARG_TYPE' });

var order = [];
cluster.on('fork', common.mustCall(function (w) { order.push('fork'); assert.strictEqual(w, worker); }));
cluster.on('online', common.mustCall(function (w) { order.push('online'); assert.strictEqual(w, worker); }));
var worker = cluster.fork({ EXTRA: 'yes' });
assert.ok(worker instanceof cluster.Worker);
assert.strictEqual(worker.id, 1);
assert.strictEqual(cluster.workers[1], worker);
assert.strictEqual(worker.isDead(), false);
assert.strictEqual(typeof worker.process.pid, 'number');
worker.on('online', common.mustCall());
worker.on('listening', common.mustCall(function (address) {
  assert.strictEqual(address.address, '127.0.0.1');
  assert.ok(address.port > 0);
}));
cluster.on('listening', common.mustCall(function (w, address) {
  order.push('listening');
  assert.strictEqual(w, worker);
  assert.strictEqual(address.addressType, 4);
  w.send('ping');
}));
cluster.on('message', common.mustCall(function (w, m) {
  assert.strictEqual(w, worker);
  assert.deepStrictEqual(m, { echo: 'ping', id: 1 });
}));
worker.on('message', common.mustCall(function (m) {
  assert.deepStrictEqual(m, { echo: 'ping', id: 1 });
  assert.strictEqual(worker.isConnected(), true);
  worker.send('quit');
}));
worker.on('exit', common.mustCall(function (code, signal) {
  assert.strictEqual(code, 3);
  assert.strictEqual(signal, null);
}));
cluster.on('exit', common.mustCall(function (w, code, signal) {
  assert.strictEqual(w, worker);
  assert.strictEqual(code, 3);
  assert.strictEqual(signal, null);
  assert.strictEqual(w.exitedAfterDisconnect, false);
  assert.strictEqual(w.isDead(), true);
  assert.deepStrictEqual(order, ['fork', 'online', 'listening']);
  clearTimeout(guard);
}));
