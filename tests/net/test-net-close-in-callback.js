// Closing a socket from inside its own callbacks is safe: destroy() in the
// first 'data' stops the rest (no more 'data' after it, even with megabytes
// waiting in the kernel), in 'connect' before anything is read, in 'end',
// and a server's close() inside 'connection'; every close comes once.
var common = require('../common');
var assert = require('assert');
var net = require('net');
var Buffer = require('buffer').Buffer;

var big = Buffer.alloc(4 * 1024 * 1024, 'z');

var server = net.createServer(function (s) {
  s.on('error', function () {});
  s.write(big);
  s.end();
});

server.listen(0, '127.0.0.1', common.mustCall(function () {
  var port = server.address().port;
  var left = 3;
  function done() { if (--left === 0) closeInConnection(); }

  // 1. destroy() in the first 'data'
  var a = net.connect(port, '127.0.0.1');
  var datas = 0, destroyed = false;
  a.on('data', function (d) {
    assert.strictEqual(destroyed, false, 'no data after destroy()');
    datas++;
    destroyed = true;
    a.destroy();
    // a second destroy and a write after it are harmless
    a.destroy();
    a.write('late', function (err) { assert.ok(err); });
  });
  a.on('error', function () {});
  a.on('close', common.mustCall(function () {
    assert.strictEqual(datas, 1);
    done();
  }));

  // 2. destroy() in 'connect'
  var b = net.connect(port, '127.0.0.1');
  b.on('connect', common.mustCall(function () { b.destroy(); }));
  b.on('data', common.mustNotCall('data after destroy in connect'));
  b.on('close', common.mustCall(done));

  // 3. destroy() in 'end', after reading everything
  var c = net.connect(port, '127.0.0.1');
  var got = 0;
  c.on('data', function (d) { got += d.length; });
  c.on('end', common.mustCall(function () {
    assert.strictEqual(got, big.length);
    c.destroy();
  }));
  c.on('close', common.mustCall(done));
}));

// 4. the server closes its listener, and the socket, inside 'connection'
function closeInConnection() {
  server.close();
  var s2 = net.createServer(common.mustCall(function (s) {
    s2.close();
    s.destroy();
  }));
  s2.listen(0, '127.0.0.1', common.mustCall(function () {
    var d = net.connect(s2.address().port, '127.0.0.1');
    d.on('error', function () {});
    d.resume();
    d.on('close', common.mustCall());
  }));
  s2.on('close', common.mustCall());
}

setTimeout(function () { throw new Error('timed out'); }, 20000).unref();
