// Readable.prototype.pipe with a slow destination: memory stays bounded
// (the source is asked for data only as the destination drains), every byte
// arrives in order, the destination is ended; one source into two
// destinations waits for the slower; unpipe() stops the flow.
var common = require('../common');
var assert = require('assert');
var Buffer = require('buffer').Buffer;
var stream = require('stream');

// 1 MB through a destination that takes a tick per 1 KB write.
(function () {
  var total = 1024 * 1024;
  var produced = 0;
  var maxBuffered = 0;
  var src = new stream.Readable({
    highWaterMark: 16384,
    read: function (size) {
      if (produced >= total) { this.push(null); return; }
      var n = Math.min(size, total - produced);
      var chunk = Buffer.alloc(n);
      for (var i = 0; i < n; i++) chunk[i] = (produced + i) & 0xff;
      produced += n;
      this.push(chunk);
    }
  });
  var received = 0;
  var inOrder = true;
  var dst = new stream.Writable({
    highWaterMark: 1024,
    write: function (chunk, enc, cb) {
      for (var i = 0; i < chunk.length; i += 997) {
        if (chunk[i] !== ((received + i) & 0xff)) inOrder = false;
      }
      received += chunk.length;
      maxBuffered = Math.max(maxBuffered, produced - received);
      setImmediate(cb);
    }
  });
  var drains = 0;
  dst.on('drain', function () { drains++; });
  src.pipe(dst);
  dst.on('finish', common.mustCall(function () {
    assert.strictEqual(received, total);
    assert.ok(inOrder, 'bytes arrive in order');
    assert.ok(drains > 10, 'the destination pushed back (' + drains + ' drains)');
    // Never more than both high-water marks plus one read in flight.
    assert.ok(maxBuffered <= 16384 * 3, 'buffered at most ' + maxBuffered + ' bytes');
  }));
})();

// Two destinations: the source goes at the pace of the slower one.
(function () {
  var src = new stream.Readable({ objectMode: true, highWaterMark: 2, read: function () {} });
  var fast = [];
  var slow = [];
  var fastDst = new stream.Writable({ objectMode: true, write: function (c, e, cb) { fast.push(c); cb(); } });
  var slowDst = new stream.Writable({ objectMode: true, highWaterMark: 1, write: function (c, e, cb) { slow.push(c); setTimeout(cb, 2); } });
  src.pipe(fastDst);
  src.pipe(slowDst);
  for (var i = 0; i < 6; i++) src.push(i);
  src.push(null);
  var finished = 0;
  function done() {
    if (++finished < 2) return;
    assert.deepStrictEqual(fast, [0, 1, 2, 3, 4, 5]);
    assert.deepStrictEqual(slow, [0, 1, 2, 3, 4, 5]);
  }
  fastDst.on('finish', common.mustCall(done));
  slowDst.on('finish', common.mustCall(done));
})();

// unpipe(): 'unpipe' on the destination, the source stops flowing, dest stays open.
(function () {
  var src = new stream.Readable({ read: function () {} });
  var got = [];
  var dst = new stream.Writable({ write: function (c, e, cb) { got.push(c.toString()); cb(); } });
  dst.on('unpipe', common.mustCall(function (s) { assert.strictEqual(s, src); }));
  src.pipe(dst);
  src.push('before');
  setTimeout(function () {
    src.unpipe(dst);
    src.push('after');
    setTimeout(function () {
      assert.deepStrictEqual(got, ['before']);
      assert.strictEqual(src.readableFlowing, false);
      assert.strictEqual(dst.writableEnded, false);
    }, 5);
  }, 5);
})();

// pipe({end: false}) leaves the destination open at the source's end.
(function () {
  var src = stream.Readable.from(['x']);
  var dst = new stream.PassThrough({ objectMode: true });
  src.pipe(dst, { end: false });
  src.on('end', common.mustCall(function () {
    setTimeout(function () { assert.strictEqual(dst.writableEnded, false); }, 2);
  }));
  dst.resume();
})();

// A destination error unpipes; the source is not destroyed by it.
(function () {
  var src = new stream.Readable({ read: function () {} });
  var dst = new stream.Writable({ write: function (c, e, cb) { cb(new Error('sink broke')); } });
  dst.on('error', common.mustCall(function (err) { assert.strictEqual(err.message, 'sink broke'); }));
  dst.on('unpipe', common.mustCall());
  src.pipe(dst);
  src.push('x');
  setTimeout(function () { assert.strictEqual(src.destroyed, false); }, 10);
})();

// Chained pipes return the destination.
(function () {
  var a = new stream.PassThrough();
  var b = new stream.PassThrough();
  var c = new stream.PassThrough();
  assert.strictEqual(a.pipe(b).pipe(c), c);
  var text = '';
  c.setEncoding('utf8');
  c.on('data', function (s) { text += s; });
  c.on('end', common.mustCall(function () { assert.strictEqual(text, 'through three'); }));
  a.end('through three');
})();
