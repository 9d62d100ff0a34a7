// libnodus_aux's descriptor-stream core from an addon (tests/sdk/
// stream_addon.c): a layer in the io slot (a XOR "cipher", standing where
// TLS would) sees every byte both ways, hands out 100 bytes per read and
// gets the rest delivered through ndx_stream_io_kick; shutdown reaches the
// peer as EOF. Lifetime: an idle stream that became garbage is closed by its
// finalizer; a reading one stays alive (pinned) and keeps delivering; a
// closed stream kept by JS answers -EBADF after a GC.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var Buffer = require('buffer').Buffer;

var addon = require(process.env.NODUS_TEST_BUILD_ROOT + '/tests/sdk/stream_test.node');
var KEY = 0x5a;
var EBADF = -9;

function fdOpen(fd) {
  try { fs.readlinkSync('/proc/self/fd/' + fd); return true; } catch (e) { return false; }
}

function collect(h) {
  h.chunks = [];
  h.ended = false;
}

var callbacks = {
  onread: function (ab, n) {
    if (n > 0) {
      this.chunks.push(Buffer.from(ab, 0, n));
      if (this.onData) this.onData(n);
    } else if (n === 0) {
      this.ended = true;
      if (this.onEnd) this.onEnd();
    } else {
      throw new Error('read error ' + n);
    }
  },
  onwrite: function (count, status) { assert.strictEqual(status, 0); },
  onshutdown: function (status) { assert.strictEqual(status, 0); },
};
addon.setPlainCallbacks(callbacks);
addon.setXorCallbacks(callbacks);

var steps = [layerOut, layerIn, idleCollected, readingPinned, closedThenCollected];
function next() { var s = steps.shift(); if (s) s(); else clearTimeout(guard); }
var guard = setTimeout(function () { throw new Error('timed out'); }, 20000);

var big = Buffer.alloc(1024 * 1024);
for (var i = 0; i < big.length; i++) big[i] = (i * 7 + (i >> 10)) & 0xff;

// 1. through the layer on the way out: the peer reads XORed bytes
function layerOut() {
  var fds = addon.pair();
  var x = new addon.XorStream(fds[0]);
  var p = new addon.PlainStream(fds[1]);
  x.layer(KEY);
  collect(p);
  p.onEnd = common.mustCall(function () {
    var got = Buffer.concat(p.chunks);
    assert.strictEqual(got.length, big.length);
    for (var i = 0; i < got.length; i++) {
      if (got[i] !== (big[i] ^ KEY)) throw new Error('byte ' + i);
    }
    x.close();
    p.close();
    next();
  });
  assert.strictEqual(p.readStart(), 0);
  var r = x.write(big);
  assert.ok(r === 0 || r === 1);
  assert.ok(x.shutdown() >= 0);
}

// 2. through the layer on the way in, 100 bytes at a time: the layer keeps
// the rest and kicks the core, so everything arrives without the
// descriptor announcing it again
function layerIn() {
  var fds = addon.pair();
  var x = new addon.XorStream(fds[0]);
  var p = new addon.PlainStream(fds[1]);
  x.layer(KEY);
  collect(x);
  var coded = Buffer.alloc(300000);
  for (var i = 0; i < coded.length; i++) coded[i] = (i & 0xff) ^ KEY;
  x.onEnd = common.mustCall(function () {
    var got = Buffer.concat(x.chunks);
    assert.strictEqual(got.length, coded.length);
    for (var i = 0; i < got.length; i++) {
      if (got[i] !== (i & 0xff)) throw new Error('byte ' + i);
    }
    x.chunks.forEach(function (c) { assert.ok(c.length <= 100); });
    x.close();
    p.close();
    next();
  });
  assert.strictEqual(x.readStart(), 0);
  p.write(coded);
  p.shutdown();
}

function churn() {
  // garbage, so that a GC has something to do beyond the request
  var a = [];
  for (var i = 0; i < 20000; i++) a.push({ i: i, s: 'x' + i });
  return a.length;
}

// 3. an idle stream nobody references is closed by its finalizer: its
// descriptor goes, and the peer sees end of file
function idleCollected() {
  var fds = addon.pair();
  (function () { new addon.PlainStream(fds[0]); })();
  var peer = new addon.PlainStream(fds[1]);
  collect(peer);
  peer.onEnd = common.mustCall(function () {
    assert.strictEqual(fdOpen(fds[0]), false);
    peer.close();
    next();
  });
  peer.readStart();
  var tries = 0;
  (function again() {
    churn();
    addon.gc();
    if (peer.ended) return;
    if (++tries > 50) throw new Error('the idle stream was never collected');
    setTimeout(again, 10);
  })();
}

// 4. a reading stream is pinned: collected garbage around it, it still
// delivers to its callback (this = the handle, which JS dropped)
function readingPinned() {
  var fds = addon.pair();
  var delivered = 0;
  (function () {
    var r = new addon.PlainStream(fds[0]);
    collect(r);
    r.onData = function (n) {
      delivered += n;
      if (delivered === 5) {
        assert.strictEqual(Buffer.concat(this.chunks).toString(), 'alive');
        this.close();
        w.close();
        next();
      }
    };
    r.readStart();
  })();
  var w = new addon.PlainStream(fds[1]);
  for (var i = 0; i < 5; i++) { churn(); addon.gc(); }
  w.write('alive');
}

// 5. closed, kept, collected around: methods answer EBADF, fd is -1
function closedThenCollected() {
  var fds = addon.pair();
  var a = new addon.PlainStream(fds[0]);
  var b = new addon.XorStream(fds[1]);
  a.close();
  b.close();
  a.close();
  for (var i = 0; i < 3; i++) { churn(); addon.gc(); }
  assert.strictEqual(a.fd, -1);
  assert.strictEqual(a.readStart(), EBADF);
  assert.strictEqual(a.write('x'), EBADF);
  assert.strictEqual(b.shutdown(), EBADF);
  assert.strictEqual(fdOpen(fds[0]), false);
  assert.strictEqual(fdOpen(fds[1]), false);
  // foreign: a Plain method on a Xor stream
  assert.throws(function () { addon.PlainStream.prototype.readStart.call(b); },
                function (e) { return e instanceof TypeError && e.code === 'ERR_INVALID_THIS'; });
  next();
}

next();
