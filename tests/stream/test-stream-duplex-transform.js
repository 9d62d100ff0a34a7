// Duplex, Transform and PassThrough: independent sides, allowHalfOpen,
// readable/writable options, per-side objectMode and highWaterMark,
// _transform/_flush, transform backpressure, errors.
var common = require('../common');
var assert = require('assert');
var Buffer = require('buffer').Buffer;
var stream = require('stream');

// A Duplex reads what it pushes and writes through _write, independently.
(function () {
  var written = [];
  var d = new stream.Duplex({
    read: function () {},
    write: function (chunk, enc, cb) { written.push(chunk.toString()); cb(); }
  });
  assert.ok(d instanceof stream.Readable);
  assert.ok(d instanceof stream.Writable);
  assert.strictEqual(d.allowHalfOpen, true);
  d.write('to sink');
  d.push('from source');
  d.push(null);
  var read = '';
  d.on('data', function (c) { read += c; });
  d.on('end', common.mustCall(function () {
    assert.strictEqual(read, 'from source');
    // Half open: the writable side is still usable after 'end'.
    assert.strictEqual(d.writable, true);
    d.end('last');
  }));
  d.on('finish', common.mustCall(function () { assert.deepStrictEqual(written, ['to sink', 'last']); }));
  d.on('close', common.mustCall());
})();

// allowHalfOpen: false ends the writable side when the readable side ends.
(function () {
  var d = new stream.Duplex({ allowHalfOpen: false, read: function () {}, write: function (c, e, cb) { cb(); } });
  d.on('finish', common.mustCall());
  d.on('close', common.mustCall(function () { assert.strictEqual(d.writableEnded, true); }));
  d.resume();
  d.push(null);
})();

// readable: false / writable: false.
(function () {
  var d = new stream.Duplex({ readable: false, write: function (c, e, cb) { cb(); } });
  assert.strictEqual(d.readable, false);
  assert.strictEqual(d.writable, true);
  var d2 = new stream.Duplex({ writable: false, read: function () {} });
  assert.strictEqual(d2.writable, false);
  assert.strictEqual(d2.readable, true);
})();

// Per-side objectMode and highWaterMark.
(function () {
  var d = new stream.Duplex({ readableObjectMode: true, writableHighWaterMark: 3, read: function () {}, write: function (c, e, cb) { cb(); } });
  assert.strictEqual(d.readableObjectMode, true);
  assert.strictEqual(d.writableObjectMode, false);
  assert.strictEqual(d.writableHighWaterMark, 3);
  assert.strictEqual(d.readableHighWaterMark, 16);
})();

// Transform: _transform may push any number of chunks; _flush adds the tail.
(function () {
  var t = new stream.Transform({
    transform: function (chunk, enc, cb) {
      var s = chunk.toString();
      for (var i = 0; i < s.length; i++) this.push(s[i].toUpperCase());
      cb();
    },
    flush: function (cb) { cb(null, '!'); }
  });
  var out = '';
  t.on('data', function (c) { out += c; });
  t.on('end', common.mustCall(function () { assert.strictEqual(out, 'ABC!'); }));
  t.write('ab');
  t.end('c');
})();

// A Transform whose output nobody reads stops taking input (backpressure).
(function () {
  var transformed = 0;
  var t = new stream.Transform({
    highWaterMark: 4,
    transform: function (chunk, enc, cb) { transformed++; cb(null, chunk); }
  });
  var accepted = 0;
  for (var i = 0; i < 10; i++) if (t.write('xx')) accepted++;
  setTimeout(common.mustCall(function () {
    // The readable side holds up to its mark; the rest waits on the writable side.
    assert.ok(transformed < 10, 'transform stalls without a reader (' + transformed + ')');
    assert.ok(accepted < 10);
    var total = 0;
    t.on('data', function (c) { total += c.length; });
    t.end();
    t.on('end', common.mustCall(function () { assert.strictEqual(total, 20); }));
  }), 10);
})();

// Transform errors: from _transform and from _flush.
(function () {
  var t = new stream.Transform({ transform: function (c, e, cb) { cb(new Error('bad input')); } });
  t.on('error', common.mustCall(function (err) { assert.strictEqual(err.message, 'bad input'); }));
  t.on('close', common.mustCall());
  t.write('x');
})();
(function () {
  var t = new stream.Transform({ transform: function (c, e, cb) { cb(null, c); }, flush: function (cb) { cb(new Error('bad tail')); } });
  t.on('error', common.mustCall(function (err) { assert.strictEqual(err.message, 'bad tail'); }));
  t.on('finish', common.mustNotCall('finish after a failed flush'));
  t.resume();
  t.end('x');
})();

// Subclassing Transform the old way.
(function () {
  var util = require('util');
  function Lines() { stream.Transform.call(this, { readableObjectMode: true }); this.rest = ''; }
  util.inherits(Lines, stream.Transform);
  Lines.prototype._transform = function (chunk, enc, cb) {
    var parts = (this.rest + chunk).split('\n');
    this.rest = parts.pop();
    for (var i = 0; i < parts.length; i++) this.push(parts[i]);
    cb();
  };
  Lines.prototype._flush = function (cb) { if (this.rest) this.push(this.rest); cb(); };
  var lines = [];
  var l = new Lines();
  l.on('data', function (line) { lines.push(line); });
  l.on('end', common.mustCall(function () { assert.deepStrictEqual(lines, ['one', 'two', 'three']); }));
  l.write('one\ntw');
  l.write('o\nthr');
  l.end('ee');
})();

// PassThrough passes bytes and objects unchanged.
(function () {
  var p = new stream.PassThrough();
  var out = [];
  p.on('data', function (c) { out.push(c); });
  p.on('end', common.mustCall(function () { assert.strictEqual(Buffer.concat(out).toString(), 'abc'); }));
  p.write('a');
  p.end(Buffer.from('bc'));
  var o = new stream.PassThrough({ objectMode: true });
  var objs = [];
  o.on('data', function (v) { objs.push(v); });
  o.on('end', common.mustCall(function () { assert.deepStrictEqual(objs, [1, { two: 2 }]); }));
  o.write(1);
  o.end({ two: 2 });
  assert.ok(o instanceof stream.Transform);
})();
