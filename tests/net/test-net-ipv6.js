// IPv6 loopback: listen on ::1, connect to it, addresses and families as
// node reports them; the same socket API as IPv4.
var common = require('../common');
var assert = require('assert');
var net = require('net');

var server = net.createServer(common.mustCall(function (s) {
  assert.strictEqual(s.remoteAddress, '::1');
  assert.strictEqual(s.remoteFamily, 'IPv6');
  assert.strictEqual(s.localAddress, '::1');
  s.end('six');
}));

server.listen(0, '::1', common.mustCall(function () {
  var a = server.address();
  assert.strictEqual(a.address, '::1');
  assert.strictEqual(a.family, 'IPv6');
  assert.ok(a.port > 0);
  var c = net.connect({ port: a.port, host: '::1' });
  var got = '';
  c.on('connect', common.mustCall(function () {
    assert.strictEqual(c.remoteAddress, '::1');
    assert.strictEqual(c.remotePort, a.port);
    assert.strictEqual(c.remoteFamily, 'IPv6');
    assert.strictEqual(c.localAddress, '::1');
    assert.ok(c.localPort > 0);
  }));
  c.on('data', function (d) { got += d; });
  c.on('end', common.mustCall(function () {
    assert.strictEqual(got, 'six');
    server.close();
  }));
}));

setTimeout(function () { throw new Error('timed out'); }, 10000).unref();
