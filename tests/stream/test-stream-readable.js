// Modern Readable: push() and its return value against highWaterMark,
// read(n) in paused mode, the 'readable' event, flowing mode via 'data'
// and resume(), unshift(), objectMode, readable* properties and errors.
var common = require('../common');
var assert = require('assert');
var Buffer = require('buffer').Buffer;
var stream = require('stream');
var Readable = stream.Readable;

// push() returns false once highWaterMark bytes are buffered.
(function () {
  var r = new Readable({ read: function () {}, highWaterMark: 4 });
  assert.strictEqual(r.readableHighWaterMark, 4);
  assert.strictEqual(r.push('ab'), true);
  assert.strictEqual(r.push('cd'), false);
  assert.strictEqual(r.readableLength, 4);
  assert.strictEqual(new Readable().readableHighWaterMark, 16384);
  assert.strictEqual(new Readable({ objectMode: true }).readableHighWaterMark, 16);
})();

// read(n) takes exactly n bytes across chunks; at the end, what is left.
(function () {
  var r = new Readable({ read: function () {} });
  r.push('abcdef');
  r.push('ghij');
  assert.strictEqual(r.read(3).toString(), 'abc');
  assert.strictEqual(r.read(5).toString(), 'defgh');
  assert.strictEqual(r.read(10), null);  // not enough yet
  r.push(null);
  assert.strictEqual(r.read(10).toString(), 'ij');
  assert.strictEqual(r.read(), null);
  r.on('end', common.mustCall());
})();

// 'readable' in paused mode: read() in a loop until null, 'end' after.
(function () {
  var i = 0;
  var r = new Readable({
    read: function (size) {
      assert.strictEqual(size, 16384);
      var self = this;
      setTimeout(function () { self.push(i < 3 ? 'chunk' + i++ : null); }, 1);
    }
  });
  var text = '';
  r.on('readable', function () {
    var c;
    while ((c = r.read()) !== null) text += c;
  });
  r.on('end', common.mustCall(function () {
    assert.strictEqual(text, 'chunk0chunk1chunk2');
    assert.strictEqual(r.readableEnded, true);
  }));
})();

// Nothing is read until asked; then _read() is called until the buffer
// reaches the mark.
(function () {
  var calls = 0;
  var r = new Readable({
    highWaterMark: 10,
    read: function () { calls++; this.push('xxx'); }
  });
  assert.strictEqual(calls, 0);
  r.read(0);
  setTimeout(common.mustCall(function () {
    // 3+3+3+3 = 12 >= 10 after four reads.
    assert.strictEqual(calls, 4);
    assert.strictEqual(r.readableLength, 12);
  }), 10);
})();

// Flowing mode: a 'data' listener starts it, pause() stops, resume() restarts.
(function () {
  var r = new Readable({ read: function () {} });
  assert.strictEqual(r.readableFlowing, null);
  r.on('data', function () {});
  assert.strictEqual(r.readableFlowing, true);
  r.pause();
  assert.strictEqual(r.readableFlowing, false);
  assert.strictEqual(r.isPaused(), true);
  r.resume();
  assert.strictEqual(r.isPaused(), false);
  r.on('resume', common.mustCall());
})();

// unshift() puts data back at the front.
(function () {
  var r = new Readable({ read: function () {} });
  r.setEncoding('utf8');
  r.push('world');
  r.unshift('hello ');
  r.push(null);
  var text = '';
  r.on('data', function (c) { text += c; });
  r.on('end', common.mustCall(function () { assert.strictEqual(text, 'hello world'); }));
})();

// objectMode: any value but null is one item; read() returns one at a time.
(function () {
  var r = new Readable({ objectMode: true, read: function () {} });
  r.push({ a: 1 });
  r.push(0);
  r.push('');
  r.push(false);
  assert.strictEqual(r.readableLength, 4);
  assert.deepStrictEqual(r.read(), { a: 1 });
  assert.strictEqual(r.read(100), 0);
  var rest = [];
  r.on('data', function (v) { rest.push(v); });
  r.push(null);
  r.on('end', common.mustCall(function () { assert.deepStrictEqual(rest, ['', false]); }));
})();

// Uint8Array chunks become Buffers.
(function () {
  var r = new Readable({ read: function () {} });
  r.push(new Uint8Array([104, 105]));
  var c = r.read();
  assert.ok(Buffer.isBuffer(c));
  assert.strictEqual(c.toString(), 'hi');
})();

// Errors: a chunk of the wrong type, push after EOF, a throwing _read.
(function () {
  var r = new Readable({ read: function () {} });
  r.on('error', common.mustCall(function (err) {
    assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
    assert.ok(err instanceof TypeError);
  }));
  r.push(42);
})();
(function () {
  var r = new Readable({ read: function () {} });
  r.on('error', common.mustCall(function (err) { assert.strictEqual(err.code, 'ERR_STREAM_PUSH_AFTER_EOF'); }));
  r.push(null);
  r.push('more');
})();
(function () {
  var r = new Readable({ read: function () { throw new Error('read threw'); } });
  r.on('error', common.mustCall(function (err) { assert.strictEqual(err.message, 'read threw'); }));
  r.resume();
})();
(function () {
  // No _read at all.
  var r = new Readable();
  r.on('error', common.mustCall(function (err) { assert.ok(/_read\(\)/.test(err.message)); }));
  r.resume();
})();
assert.throws(function () { new Readable({ highWaterMark: -1 }); }, function (err) {
  return err instanceof TypeError && err.code === 'ERR_INVALID_ARG_VALUE';
});

// A plain call (no `new`) still makes a Readable.
assert.ok(Readable({ read: function () {} }) instanceof Readable);

// Subclassing the old way: util.inherits + Readable.call(this).
(function () {
  var util = require('util');
  function Counter(limit) {
    Readable.call(this, { objectMode: true });
    this.n = 0;
    this.limit = limit;
  }
  util.inherits(Counter, Readable);
  Counter.prototype._read = function () {
    this.push(this.n < this.limit ? this.n++ : null);
  };
  var got = [];
  new Counter(3).on('data', function (v) { got.push(v); }).on('end', common.mustCall(function () {
    assert.deepStrictEqual(got, [0, 1, 2]);
  }));
})();

// wrap(): an old-style stream as a modern Readable, with backpressure.
(function () {
  var EventEmitter = require('events').EventEmitter;
  var old = new EventEmitter();
  var pauses = 0;
  old.pause = function () { pauses++; };
  old.resume = function () {};
  var r = new Readable({ highWaterMark: 2 }).wrap(old);
  old.emit('data', Buffer.from('abc'));
  assert.strictEqual(pauses, 1);
  var text = '';
  r.on('data', function (c) { text += c; });
  old.emit('end');
  r.on('end', common.mustCall(function () { assert.strictEqual(text, 'abc'); }));
})();
