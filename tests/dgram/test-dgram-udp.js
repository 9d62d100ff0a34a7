// UDP: the spec's server and client forms (send with offset/length to a port
// and "localhost"), today's send(msg, port, host, cb), rinfo, address(),
// IPv6 loopback, errors, and close.
var common = require('../common');
var assert = require('assert');
var dgram = require('dgram');

var server = dgram.createSocket('udp4');
server.on('message', common.mustCall(function (msg, rinfo) {
  assert.ok(Buffer.isBuffer(msg));
  assert.strictEqual(rinfo.address, '127.0.0.1');
  assert.strictEqual(rinfo.family, 'IPv4');
  assert.strictEqual(rinfo.size, msg.length);
  if (msg.toString() === 'Some bytes') {
    server.send(Buffer.from('reply'), 0, 5, rinfo.port, rinfo.address);
  } else {
    assert.strictEqual(msg.toString(), 'modern');
  }
}, 2));
server.on('listening', common.mustCall(function () {
  var address = server.address();
  assert.strictEqual(address.address, '127.0.0.1');
  assert.strictEqual(address.family, 'IPv4');
  var message = Buffer.from('xxSome bytesyy');
  var client = dgram.createSocket('udp4');
  client.on('message', common.mustCall(function (msg) {
    assert.strictEqual(msg.toString(), 'reply');
    client.send('modern', address.port, '127.0.0.1', common.mustCall(function (err, n) {
      assert.ifError(err);
      assert.strictEqual(n, 6);
      setTimeout(function () { client.close(); server.close(); }, 20);
    }));
  }));
  client.send(message, 2, 10, address.port, 'localhost', common.mustCall(function (err, bytes) {
    assert.ifError(err);
    assert.strictEqual(bytes, 10);
  }));
}));
server.on('close', common.mustCall());
server.bind(0, '127.0.0.1');

var six = dgram.createSocket('udp6', common.mustCall(function (msg, rinfo) {
  assert.strictEqual(msg.toString(), 'v6');
  assert.strictEqual(rinfo.family, 'IPv6');
  six.close();
}));
six.bind(0, '::1', function () {
  var c = dgram.createSocket('udp6');
  c.send('v6', six.address().port, '::1', function () { c.close(); });
});

assert.throws(function () { dgram.createSocket('udp5'); }, function (e) { return e.code === 'ERR_SOCKET_BAD_TYPE'; });
var s = dgram.createSocket('udp4');
assert.throws(function () { s.send('x', 0, 'localhost'); }, RangeError);
s.close();
assert.throws(function () { s.address(); }, function (e) { return e.code === 'ERR_SOCKET_DGRAM_NOT_RUNNING'; });
