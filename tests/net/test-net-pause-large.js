// pause()/resume() across a large transfer: 64 MiB from the server, the
// client pausing for a while at every 4 MiB. No 'data' arrives while paused,
// the sender sees backpressure (write() false, then 'drain'), and every byte
// arrives in order. Reads land in Buffers that are each one read's worth.
var common = require('../common');
var assert = require('assert');
var net = require('net');
var Buffer = require('buffer').Buffer;

var TOTAL = 64 * 1024 * 1024;
var CHUNK = 256 * 1024;
var STEP = 4 * 1024 * 1024;

var sent = 0, drains = 0;
var server = net.createServer(common.mustCall(function (s) {
  function pump() {
    while (sent < TOTAL) {
      var b = Buffer.allocUnsafe(CHUNK);
      for (var i = 0; i < CHUNK; i += 4096) b.fill((sent + i) >>> 12 & 0xff, i, i + 4096);
      sent += CHUNK;
      if (!s.write(b)) return;
    }
    s.end();
  }
  s.on('drain', function () { drains++; pump(); });
  pump();
}));

server.listen(0, '127.0.0.1', common.mustCall(function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  var received = 0, nextPause = STEP, paused = false, pauses = 0, maxChunk = 0;
  c.on('data', function (d) {
    assert.strictEqual(paused, false, "'data' while paused");
    if (d.length > maxChunk) maxChunk = d.length;
    // spot-check the pattern: one value per 4 KiB page of the stream
    for (var off = (4096 - received % 4096) % 4096; off < d.length; off += 4096) {
      assert.strictEqual(d[off], (received + off) >>> 12 & 0xff, 'byte ' + (received + off));
    }
    received += d.length;
    if (received >= nextPause) {
      nextPause += STEP;
      paused = true;
      pauses++;
      c.pause();
      setTimeout(function () { paused = false; c.resume(); }, 15);
    }
  });
  c.on('end', common.mustCall(function () {
    assert.strictEqual(received, TOTAL);
    assert.ok(pauses >= 15, 'paused ' + pauses + ' times');
    assert.ok(drains > 0, 'the sender saw backpressure');
    assert.ok(maxChunk <= 64 * 1024, 'one read is at most 64 KiB, got ' + maxChunk);
    server.close();
  }));
}));

setTimeout(function () { throw new Error('timed out'); }, 60000).unref();
