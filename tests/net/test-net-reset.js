// A peer that resets mid-write (it closes with unread data, so the kernel
// sends RST): the writer gets 'error' (ECONNRESET or EPIPE) and then
// 'close(true)', and the process is not killed by SIGPIPE. Then
// resetAndDestroy(): the peer's read fails with ECONNRESET.
var common = require('../common');
var assert = require('assert');
var net = require('net');
var Buffer = require('buffer').Buffer;

var server = net.createServer(common.mustCall(function (s) {
  var errors = 0;
  s.on('error', common.mustCall(function (e) {
    errors++;
    assert.ok(e.code === 'ECONNRESET' || e.code === 'EPIPE', e.code);
    assert.ok(e.syscall === 'write' || e.syscall === 'read', e.syscall);
  }));
  s.on('close', common.mustCall(function (hadError) {
    assert.strictEqual(hadError, true);
    assert.strictEqual(errors, 1);
    server.close(resetting);
  }));
  (function pump() {
    if (s.destroyed) return;
    while (s.write(Buffer.alloc(16 * 1024, 'r'))) {}
    s.once('drain', pump);
  })();
  // after the peer is gone a write fails, even with nothing queued
  var iv = setInterval(function () {
    if (s.destroyed) return clearInterval(iv);
    s.write('more');
  }, 20);
}));

server.listen(0, '127.0.0.1', common.mustCall(function () {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.on('data', common.mustCall(function () {
    // unread data remains in the receive queue: close() sends RST
    c.pause();
    setTimeout(function () { c.destroy(); }, 50);
  }, 1));
}));

function resetting() {
  var srv = net.createServer(common.mustCall(function (s) {
    s.on('error', common.mustCall(function (e) {
      assert.strictEqual(e.code, 'ECONNRESET');
      assert.strictEqual(e.syscall, 'read');
      assert.strictEqual(e.message, 'read ECONNRESET');
    }));
    s.on('close', common.mustCall(function (hadError) {
      assert.strictEqual(hadError, true);
      srv.close();
    }));
    s.resume();
  }));
  srv.listen(0, '127.0.0.1', common.mustCall(function () {
    var c = net.connect(srv.address().port, '127.0.0.1');
    c.on('error', common.mustNotCall('the resetting side errored'));
    c.on('connect', common.mustCall(function () {
      c.write('before the reset');
      setTimeout(function () { c.resetAndDestroy(); }, 20);
    }));
    c.on('close', common.mustCall(function (hadError) { assert.strictEqual(hadError, false); }));
  }));
}

setTimeout(function () { throw new Error('timed out'); }, 10000).unref();
