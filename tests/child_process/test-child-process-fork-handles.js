// Handles over the channel (SCM_RIGHTS): a listening net.Server the child
// serves on, and an accepted net.Socket the child answers on; the parent's
// copy of a sent socket is closed (it belongs to the child now).
var common = require('../common');
var assert = require('assert');
var cp = require('child_process');
var net = require('net');

if (process.argv[2] === 'child') {
  process.on('message', function (m, handle) {
    if (m === 'server') {
      assert.ok(handle instanceof net.Server);
      handle.on('connection', function (s) { s.end('served by child'); });
      process.send('listening');
    } else if (m === 'socket') {
      assert.ok(handle instanceof net.Socket);
      handle.end('socket in child');
      process.send('answered');
    } else if (m === 'bye') {
      process.disconnect();
      process.exit(0);
    }
  });
  return;
}

var guard = setTimeout(function () { child.kill('SIGKILL'); throw new Error('timed out'); }, 20000);
var child = cp.fork(__filename, ['child']);

function fetch(port, cb) {
  var c = net.connect(port, '127.0.0.1');
  var data = '';
  c.setEncoding('utf8');
  c.on('data', function (d) { data += d; });
  c.on('end', function () { c.destroy(); cb(data); });
}

var server = net.createServer();
server.listen(0, '127.0.0.1', function () {
  var port = server.address().port;
  child.send('server', server, common.mustCall(function (err) {
    assert.ifError(err);
    server.close(); // the child's copy keeps listening
  }));
  child.once('message', common.mustCall(function (m) {
    assert.strictEqual(m, 'listening');
    fetch(port, common.mustCall(function (data) {
      assert.strictEqual(data, 'served by child');
      sendSocket();
    }));
  }));
});

function sendSocket() {
  var s2 = net.createServer(function (conn) {
    child.send('socket', conn);
    child.once('message', common.mustCall(function (m) { assert.strictEqual(m, 'answered'); }));
  });
  s2.listen(0, '127.0.0.1', function () {
    fetch(s2.address().port, common.mustCall(function (data) {
      assert.strictEqual(data, 'socket in child');
      s2.close();
      child.send('bye');
    }));
  });
}

child.on('exit', common.mustCall(function (code) {
  assert.strictEqual(code, 0);
  clearTimeout(guard);
}));
