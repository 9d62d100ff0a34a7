// A peer that never reads: write() returns false once the high-water mark is
// queued, no 'drain' comes while the kernel buffers stay full, and the memory
// held is what the program chose to buffer (it stops writing on false).
// Destroying the stuck socket ends it cleanly.
var common = require('../common');
var assert = require('assert');
var net = require('net');
var Buffer = require('buffer').Buffer;

var CHUNK = 64 * 1024;

var server = net.createServer(common.mustCall(function (s) {
  var written = 0;
  var falses = 0;
  s.on('drain', function () { pump(); });
  function pump() {
    while (written < 64 * 1024 * 1024) {
      written += CHUNK;
      if (!s.write(Buffer.alloc(CHUNK, 'z'))) {
        falses++;
        assert.ok(s.writableLength <= s.writableHighWaterMark + CHUNK, 'buffered ' + s.writableLength);
        return;
      }
    }
  }
  pump();
  assert.strictEqual(falses, 1);
  setTimeout(common.mustCall(function () {
    // the peer read nothing: the kernel took a bounded amount, nothing more
    assert.ok(written < 32 * 1024 * 1024, 'wrote ' + written + ' bytes to a peer that reads nothing');
    assert.ok(s.writableLength > 0);
    assert.strictEqual(s.writableNeedDrain, true);
    s.on('close', common.mustCall(function () { server.close(); }));
    s.destroy();
  }), 500);
}));

server.listen(0, '127.0.0.1', common.mustCall(function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.pause();                       // never reads
  c.on('error', function () {});   // the server's destroy may reset it
  c.on('close', common.mustCall());
  server.on('close', function () { c.destroy(); });
  setTimeout(function () { c.destroy(); }, 2000).unref();
}));

setTimeout(function () { throw new Error('timed out'); }, 10000).unref();
