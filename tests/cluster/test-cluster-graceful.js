// Graceful restart: worker.disconnect() while a request is in flight on a
// keep-alive connection. The response still arrives whole, the idle
// keep-alive connection is closed after it, and the worker exits with 0.
var common = require('../common');
var assert = require('assert');
var cluster = require('cluster');
var http = require('http');

if (cluster.isWorker) {
  http.createServer(function (req, res) {
    if (req.url === '/slow') {
      process.send('in-flight');
      setTimeout(function () { res.end('slow done'); }, 300);
    } else {
      res.end('fast');
    }
  }).listen(0, '127.0.0.1');
  return;
}

var guard = common.clusterGuard(cluster, 20000);

var agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
var worker = cluster.fork();

function get(port, path, cb) {
  http.get({ host: '127.0.0.1', port: port, path: path, agent: agent }, function (res) {
    var body = '';
    res.setEncoding('utf8');
    res.on('data', function (d) { body += d; });
    res.on('end', function () { cb(res, body); });
  });
}

worker.on('listening', common.mustCall(function (address) {
  get(address.port, '/', common.mustCall(function (res, body) {
    assert.strictEqual(body, 'fast');
    // Same keep-alive connection: the slow request is in flight when the
    // primary asks the worker to go.
    get(address.port, '/slow', common.mustCall(function (res2, body2) {
      assert.strictEqual(res2.statusCode, 200);
      assert.strictEqual(body2, 'slow done');
    }));
  }));
}));
worker.on('message', common.mustCall(function (m) {
  assert.strictEqual(m, 'in-flight');
  worker.disconnect();
}));
worker.on('exit', common.mustCall(function (code, signal) {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
  assert.strictEqual(worker.exitedAfterDisconnect, true);
  agent.destroy();
  clearTimeout(guard);
}));
