// Modern Writable: _write and _writev, cork/uncork batching, 'finish' and
// _final, writable* properties, decodeStrings/defaultEncoding, objectMode,
// errors (write after end, bad chunks, failing _write, _final) and destroy.
var common = require('../common');
var assert = require('assert');
var Buffer = require('buffer').Buffer;
var stream = require('stream');
var Writable = stream.Writable;

// Strings reach _write as Buffers with encoding 'buffer' by default.
(function () {
  var w = new Writable({
    write: common.mustCall(function (chunk, encoding, cb) {
      assert.ok(Buffer.isBuffer(chunk));
      assert.strictEqual(encoding, 'buffer');
      assert.strictEqual(chunk.toString(), 'hi');
      cb();
    })
  });
  w.write('hi');
})();

// decodeStrings: false keeps strings and their encoding.
(function () {
  var seen = [];
  var w = new Writable({
    decodeStrings: false,
    write: function (chunk, encoding, cb) { seen.push([chunk, encoding]); cb(); }
  });
  w.write('a');
  w.write('ff', 'hex');
  w.setDefaultEncoding('latin1');
  w.write('b');
  w.end(common.mustCall(function () {
    assert.deepStrictEqual(seen, [['a', 'utf8'], ['ff', 'hex'], ['b', 'latin1']]);
  }));
})();

// cork(): writes queue up and go to _writev in one call at uncork().
(function () {
  var calls = [];
  var w = new Writable({
    write: function (chunk, enc, cb) { calls.push('write ' + chunk); cb(); },
    writev: function (chunks, cb) {
      calls.push('writev ' + chunks.map(function (c) { return c.chunk.toString(); }).join(','));
      cb();
    }
  });
  w.cork();
  w.write('a');
  w.write('b');
  w.write('c', common.mustCall());
  assert.strictEqual(w.writableCorked, 1);
  assert.strictEqual(w.writableLength, 3);
  assert.deepStrictEqual(calls, []);
  process.nextTick(function () {
    w.uncork();
    assert.deepStrictEqual(calls, ['writev a,b,c']);
    w.end('d');
  });
  w.on('finish', common.mustCall(function () { assert.deepStrictEqual(calls, ['writev a,b,c', 'write d']); }));
})();

// While a write is in flight later writes queue; with _writev they go together.
(function () {
  var batches = [];
  var w = new Writable({
    write: function (chunk, enc, cb) { batches.push([chunk.toString()]); setTimeout(cb, 1); },
    writev: function (chunks, cb) {
      batches.push(chunks.map(function (c) { return c.chunk.toString(); }));
      setTimeout(cb, 1);
    }
  });
  w.write('1');
  w.write('2');
  w.write('3');
  w.end();
  w.on('finish', common.mustCall(function () { assert.deepStrictEqual(batches, [['1'], ['2', '3']]); }));
})();

// _final runs before 'finish'; 'finish' before 'close'; the end() callback with them.
(function () {
  var order = [];
  var w = new Writable({
    write: function (chunk, enc, cb) { order.push('write'); cb(); },
    final: function (cb) { order.push('final'); setTimeout(cb, 1); }
  });
  w.on('finish', function () { order.push('finish'); });
  w.on('close', common.mustCall(function () {
    order.push('close');
    assert.deepStrictEqual(order, ['write', 'final', 'end cb', 'finish', 'close']);
  }));
  w.end('x', function () { order.push('end cb'); });
})();

// Properties through a write's life.
(function () {
  var w = new Writable({ highWaterMark: 5, write: function (c, e, cb) { setTimeout(cb, 1); } });
  assert.strictEqual(w.writable, true);
  assert.strictEqual(w.writableHighWaterMark, 5);
  assert.strictEqual(w.writableObjectMode, false);
  assert.strictEqual(w.write('abc'), true);
  assert.strictEqual(w.write('def'), false);
  assert.strictEqual(w.writableNeedDrain, true);
  assert.strictEqual(w.writableLength, 6);
  w.end();
  assert.strictEqual(w.writableEnded, true);
  assert.strictEqual(w.writableFinished, false);
  w.on('finish', common.mustCall(function () {
    assert.strictEqual(w.writableFinished, true);
    assert.strictEqual(w.writableLength, 0);
  }));
  w.on('drain', common.mustNotCall('no drain once ending'));
})();

// objectMode counts items; null is never allowed.
(function () {
  var items = [];
  var w = new Writable({ objectMode: true, highWaterMark: 2, write: function (c, e, cb) { items.push(c); setTimeout(cb, 1); } });
  assert.strictEqual(w.write({ n: 1 }), true);
  assert.strictEqual(w.write([2]), false);
  assert.throws(function () { w.write(null); }, function (err) { return err.code === 'ERR_STREAM_NULL_VALUES'; });
  w.end(3);
  w.on('finish', common.mustCall(function () { assert.deepStrictEqual(items, [{ n: 1 }, [2], 3]); }));
})();

// Bad input throws synchronously.
(function () {
  var w = new Writable({ write: function (c, e, cb) { cb(); } });
  assert.throws(function () { w.write(5); }, function (err) { return err.code === 'ERR_INVALID_ARG_TYPE'; });
  assert.throws(function () { w.write({}); }, TypeError);
  assert.throws(function () { w.write('x', 'no-such-encoding'); }, function (err) { return err.code === 'ERR_UNKNOWN_ENCODING'; });
  assert.throws(function () { w.setDefaultEncoding('nope'); }, function (err) { return err.code === 'ERR_UNKNOWN_ENCODING'; });
})();

// A failing _write: its callback and later ones get the error, 'error' once, then 'close'.
(function () {
  var errors = 0;
  var w = new Writable({ write: function (c, e, cb) { setTimeout(function () { cb(new Error('no space')); }, 1); } });
  w.on('error', function (err) { errors++; assert.strictEqual(err.message, 'no space'); });
  w.write('a', common.mustCall(function (err) { assert.strictEqual(err.message, 'no space'); }));
  w.write('b', common.mustCall(function (err) { assert.ok(err); }));
  w.on('close', common.mustCall(function () {
    assert.strictEqual(errors, 1);
    assert.strictEqual(w.destroyed, true);
    assert.strictEqual(w.errored.message, 'no space');
  }));
})();

// A failing _final fails the end() callback and emits 'error', no 'finish'.
(function () {
  var w = new Writable({ write: function (c, e, cb) { cb(); }, final: function (cb) { cb(new Error('flush failed')); } });
  w.on('finish', common.mustNotCall('finish after failed final'));
  w.on('error', common.mustCall(function (err) { assert.strictEqual(err.message, 'flush failed'); }));
  w.end(common.mustCall(function (err) { assert.strictEqual(err.message, 'flush failed'); }));
})();

// Ending twice: the second callback waits for 'finish'; after it, ERR_STREAM_ALREADY_FINISHED.
(function () {
  var w = new Writable({ write: function (c, e, cb) { cb(); } });
  w.end();
  w.end(common.mustCall(function (err) {
    assert.strictEqual(err, null);
    w.end(common.mustCall(function (err2) { assert.strictEqual(err2.code, 'ERR_STREAM_ALREADY_FINISHED'); }));
  }));
})();

// destroy() with queued writes: their callbacks get ERR_STREAM_DESTROYED.
(function () {
  var w = new Writable({ write: function (c, e, cb) { setTimeout(cb, 5); } });
  w.write('in flight', common.mustCall());
  w.write('queued', common.mustCall(function (err) { assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED'); }));
  w.destroy();
  assert.strictEqual(w.destroyed, true);
  assert.strictEqual(w.writable, false);
  w.write('after', common.mustCall(function (err) { assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED'); }));
  w.on('close', common.mustCall());
})();

// instanceof: Duplex counts as a Writable; plain calls construct.
assert.ok(new stream.Duplex() instanceof Writable);
assert.ok(!(new stream.Readable() instanceof Writable));
assert.ok(Writable() instanceof Writable);
