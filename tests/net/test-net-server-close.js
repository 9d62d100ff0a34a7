// server.close(): new connections are refused at once, open ones keep
// working, and 'close' (and close's callback) comes after the last of them
// has closed. connections/getConnections count down on the way.
var common = require('../common');
var assert = require('assert');
var net = require('net');

var isNodus = !!process.versions.nodus;
var accepted = 0;
var closed = false;
var port, clients;

var server = net.createServer(function (s) {
  s.setEncoding('utf8');
  s.on('data', function (d) { s.write('re:' + d); });
  s.on('end', function () { s.end(); });
  if (++accepted === 2) closeWhileOpen();
});

server.on('close', common.mustCall(function () {
  closed = true;
  assert.strictEqual(server.listening, false);
}));

server.listen(0, '127.0.0.1', common.mustCall(function () {
  port = server.address().port;
  clients = [net.connect(port, '127.0.0.1'), net.connect(port, '127.0.0.1')];
  clients[0].setEncoding('utf8');
  clients[1].resume();
}));

function closeWhileOpen() {
  server.close(common.mustCall(function (err) {
    assert.strictEqual(err, undefined);
    assert.strictEqual(closed, true);
  }));
  assert.strictEqual(server.address(), null);
  // refused now
  var late = net.connect(port, '127.0.0.1');
  late.on('error', common.mustCall(function (e) { assert.strictEqual(e.code, 'ECONNREFUSED'); }));
  // the open connections still talk
  clients[0].write('one');
  clients[0].on('data', common.mustCall(function (d) {
    assert.strictEqual(d, 're:one');
    assert.strictEqual(closed, false);
    clients[0].end();
  }));
  clients[0].on('close', common.mustCall(function () {
    setTimeout(function () {
      assert.strictEqual(closed, false);
      server.getConnections(common.mustCall(function (err, n) {
        assert.strictEqual(n, 1);
        if (isNodus) assert.strictEqual(server.connections, 1);
        clients[1].end();
      }));
    }, 50);
  }));
}

setTimeout(function () { throw new Error('timed out'); }, 10000).unref();
