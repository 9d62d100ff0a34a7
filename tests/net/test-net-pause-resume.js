// Backpressure both ways: a paused receiver stops reading from the kernel,
// so the sender's write() returns false and 'drain' waits until resume();
// every byte arrives, in order.
var common = require('../common');
var assert = require('assert');
var net = require('net');
var Buffer = require('buffer').Buffer;

var CHUNK = 64 * 1024;
var TOTAL = 16 * 1024 * 1024;
var received = 0;
var sawFalse = false;
var pausedAt = -1;

var server = net.createServer(common.mustCall(function (s) {
  s.on('data', function (d) {
    for (var i = 0; i < d.length; i++) {
      if (d[i] !== ((received + i) & 0xff)) throw new Error('byte ' + (received + i) + ' out of order');
    }
    received += d.length;
    if (pausedAt < 0 && received > 256 * 1024) {
      pausedAt = received;
      s.pause();
      assert.strictEqual(s.isPaused(), true);
      // While paused nothing arrives, and the sender runs into backpressure.
      setTimeout(common.mustCall(function () {
        assert.ok(received - pausedAt < 2 * CHUNK, 'data kept coming while paused: ' + (received - pausedAt));
        assert.ok(sawFalse, 'the sender never saw write() return false');
        s.resume();
      }), 300);
    }
  });
  s.on('end', common.mustCall(function () {
    assert.strictEqual(received, TOTAL);
    s.end();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var sent = 0;
  var drains = 0;
  function chunk() {
    var b = Buffer.alloc(CHUNK);
    for (var i = 0; i < CHUNK; i++) b[i] = (sent + i) & 0xff;
    return b;
  }
  function pump() {
    while (sent < TOTAL) {
      var b = chunk();
      sent += CHUNK;
      if (!c.write(b)) {
        sawFalse = true;
        // what the program chose to buffer stays near the high-water mark
        assert.ok(c.writableLength <= c.writableHighWaterMark + CHUNK);
        return;
      }
    }
    c.end();
  }
  c.on('connect', pump);
  c.on('drain', function () { drains++; pump(); });
  c.on('close', common.mustCall(function (hadError) {
    assert.strictEqual(hadError, false);
    assert.ok(drains > 0);
    assert.strictEqual(c.bytesWritten, TOTAL);
    server.close();
  }));
  c.resume();
}));

setTimeout(function () { throw new Error('timed out'); }, 30000).unref();
