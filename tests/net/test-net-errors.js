// Errors as node shapes them: ECONNREFUSED (message, code, errno, syscall,
// address, port) through 'error' then 'close(true)'; EADDRINUSE through the
// server's 'error' event, never thrown; an unknown host (ENOTFOUND);
// argument validation.
var common = require('../common');
var assert = require('assert');
var net = require('net');

// A port that was just free: listen, note it, close.
var probe = net.createServer().listen(0, '127.0.0.1', common.mustCall(function () {
  var port = probe.address().port;
  probe.close(common.mustCall(function () {
    var c = net.createConnection(port, '127.0.0.1');
    c.on('connect', common.mustNotCall('connected to a closed port'));
    c.on('error', common.mustCall(function (e) {
      assert.strictEqual(e.code, 'ECONNREFUSED');
      assert.strictEqual(e.errno, -111);
      assert.strictEqual(e.syscall, 'connect');
      assert.strictEqual(e.address, '127.0.0.1');
      assert.strictEqual(e.port, port);
      assert.strictEqual(e.message, 'connect ECONNREFUSED 127.0.0.1:' + port);
      assert.ok(e instanceof Error);
    }));
    c.on('close', common.mustCall(function (hadError) {
      assert.strictEqual(hadError, true);
      assert.strictEqual(c.readyState, 'closed');
      assert.strictEqual(c.destroyed, true);
    }));
  }));
}));

// EADDRINUSE
var first = net.createServer().listen(0, '127.0.0.1', common.mustCall(function () {
  var port = first.address().port;
  var second = net.createServer();
  second.on('listening', common.mustNotCall('second server listening'));
  second.on('error', common.mustCall(function (e) {
    assert.strictEqual(e.code, 'EADDRINUSE');
    assert.strictEqual(e.errno, -98);
    assert.strictEqual(e.syscall, 'listen');
    assert.strictEqual(e.address, '127.0.0.1');
    assert.strictEqual(e.port, port);
    assert.strictEqual(e.message, 'listen EADDRINUSE: address already in use 127.0.0.1:' + port);
    assert.strictEqual(second.address(), null);
    first.close();
  }));
  second.listen(port, '127.0.0.1');
}));

// a name that does not resolve
var nx = net.connect(80, 'nodus-no-such-host.invalid');
nx.on('error', common.mustCall(function (e) {
  assert.strictEqual(e.code, 'ENOTFOUND');
  assert.strictEqual(e.syscall, 'getaddrinfo');
  assert.strictEqual(e.hostname, 'nodus-no-such-host.invalid');
}));
nx.on('close', common.mustCall());

// argument validation throws synchronously
assert.throws(function () { net.connect(70000, '127.0.0.1'); }, function (e) {
  return e instanceof RangeError && e.code === 'ERR_SOCKET_BAD_PORT';
});
assert.throws(function () { net.createServer().listen(-1); }, function (e) {
  return e instanceof RangeError && e.code === 'ERR_SOCKET_BAD_PORT';
});
assert.throws(function () { new net.Socket().setTimeout('x'); }, TypeError);

// closing a server that is not listening: the callback gets an error
net.createServer().close(common.mustCall(function (e) {
  assert.strictEqual(e.code, 'ERR_SERVER_NOT_RUNNING');
}));

setTimeout(function () { throw new Error('timed out'); }, 10000).unref();
