// Legacy Stream (module.exports of 'stream'): an EventEmitter whose pipe()
// moves 'data' to dest.write(), pauses the source when write() returns
// false and resumes it on 'drain', ends dest on 'end' (destroys it on
// 'close'), honours {end: false}, never ends stdio, and rethrows an error
// nobody else handles.
var common = require('../common');
var assert = require('assert');
var Stream = require('stream');
var EventEmitter = require('events').EventEmitter;

assert.strictEqual(typeof Stream, 'function');
assert.strictEqual(Stream.Stream, Stream);
var legacy = new Stream();
assert.ok(legacy instanceof EventEmitter);

// A v0.2-style source: emits 'data' itself, counts pause/resume calls.
function oldSource() {
  var s = new Stream();
  s.readable = true;
  s.paused = false;
  s.pause = function () { s.paused = true; };
  s.resume = function () { s.paused = false; };
  return s;
}

// A v0.2-style sink whose write() reports a full buffer every `every` writes.
function oldSink(every) {
  var d = new Stream();
  d.writable = true;
  d.written = [];
  d.ended = 0;
  d.destroyed = 0;
  d.write = function (data) {
    d.written.push(data);
    return d.written.length % every !== 0;
  };
  d.end = function () { d.ended++; };
  d.destroy = function () { d.destroyed++; };
  return d;
}

// Backpressure: pause on false, resume on 'drain'; 'end' ends dest once.
(function () {
  var src = oldSource();
  var dst = oldSink(2);
  dst.on('pipe', common.mustCall(function (s) { assert.strictEqual(s, src); }));
  assert.strictEqual(src.pipe(dst), dst);
  src.emit('data', 'a');
  assert.strictEqual(src.paused, false);
  src.emit('data', 'b');
  assert.strictEqual(src.paused, true);
  dst.emit('drain');
  assert.strictEqual(src.paused, false);
  src.emit('end');
  src.emit('close');
  assert.strictEqual(dst.ended, 1);
  assert.strictEqual(dst.destroyed, 0);
  // After 'end' the pipe is taken down.
  src.emit('data', 'late');
  assert.deepStrictEqual(dst.written, ['a', 'b']);
})();

// 'close' without 'end' destroys dest.
(function () {
  var src = oldSource();
  var dst = oldSink(100);
  src.pipe(dst);
  src.emit('close');
  assert.strictEqual(dst.destroyed, 1);
  assert.strictEqual(dst.ended, 0);
})();

// {end: false} leaves dest open.
(function () {
  var src = oldSource();
  var dst = oldSink(100);
  src.pipe(dst, { end: false });
  src.emit('data', 'x');
  src.emit('end');
  assert.strictEqual(dst.ended, 0);
  assert.deepStrictEqual(dst.written, ['x']);
})();

// A destination that is stdio is never ended.
(function () {
  var src = oldSource();
  var dst = oldSink(100);
  dst._isStdio = true;
  src.pipe(dst);
  src.emit('end');
  assert.strictEqual(dst.ended, 0);
})();

// A source that is no longer readable is not resumed by 'drain'.
(function () {
  var src = oldSource();
  var dst = oldSink(1);
  src.pipe(dst);
  src.emit('data', 'x');
  assert.strictEqual(src.paused, true);
  src.readable = false;
  dst.emit('drain');
  assert.strictEqual(src.paused, true);
})();

// An error with no other listener is thrown; with one, it is left to it.
(function () {
  var src = oldSource();
  var dst = oldSink(100);
  src.pipe(dst);
  assert.throws(function () { src.emit('error', new Error('boom')); }, /boom/);
  // The pipe is gone afterwards.
  src.emit('data', 'after error');
  assert.deepStrictEqual(dst.written, []);

  var src2 = oldSource();
  var dst2 = oldSink(100);
  src2.pipe(dst2);
  dst2.on('error', common.mustCall(function (err) { assert.strictEqual(err.message, 'handled'); }));
  dst2.emit('error', new Error('handled'));
})();

// A legacy source piped into a modern Writable: backpressure works the same.
(function () {
  var src = oldSource();
  var chunks = [];
  var w = new Stream.Writable({
    objectMode: true,
    highWaterMark: 2,
    write: function (chunk, enc, cb) { chunks.push(chunk); setTimeout(cb, 1); }
  });
  src.pipe(w);
  src.emit('data', 1);
  src.emit('data', 2);
  assert.strictEqual(src.paused, true);
  w.on('drain', common.mustCall(function () {
    process.nextTick(function () {
      assert.strictEqual(src.paused, false);
      src.emit('data', 3);
      src.emit('end');
    });
  }));
  w.on('finish', common.mustCall(function () { assert.deepStrictEqual(chunks, [1, 2, 3]); }));
})();
