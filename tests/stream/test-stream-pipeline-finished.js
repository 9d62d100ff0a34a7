// stream.pipeline and stream.finished (callback and promise forms): success,
// errors in any stage (every stage destroyed, the callback called once),
// premature close, async generator stages, iterable sources, async function
// destinations, and finished() on streams already done.
var common = require('../common');
var assert = require('assert');
var stream = require('stream');

function collector(out) {
  return new stream.Writable({ objectMode: true, write: function (c, e, cb) { out.push(c); cb(); } });
}

// Three stages, success.
(function () {
  var out = [];
  var upper = new stream.Transform({ objectMode: true, transform: function (c, e, cb) { cb(null, c.toUpperCase()); } });
  var ret = stream.pipeline(stream.Readable.from(['a', 'b']), upper, collector(out), common.mustCall(function (err) {
    assert.strictEqual(err, undefined);
    assert.deepStrictEqual(out, ['A', 'B']);
  }));
  assert.ok(ret instanceof stream.Writable);
})();

// An error in the middle destroys every stage; the callback gets it once.
(function () {
  var src = new stream.Readable({ read: function () {} });
  var bad = new stream.Transform({ transform: function (c, e, cb) { cb(new Error('bad chunk')); } });
  var dst = new stream.Writable({ write: function (c, e, cb) { cb(); } });
  stream.pipeline(src, bad, dst, common.mustCall(function (err) {
    assert.strictEqual(err.message, 'bad chunk');
    assert.strictEqual(src.destroyed, true);
    assert.strictEqual(bad.destroyed, true);
    assert.strictEqual(dst.destroyed, true);
  }));
  src.push('x');
})();

// The source closing early is a premature close.
(function () {
  var src = new stream.Readable({ read: function () {} });
  var dst = new stream.Writable({ write: function (c, e, cb) { cb(); } });
  stream.pipeline(src, dst, common.mustCall(function (err) {
    assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
    assert.strictEqual(dst.destroyed, true);
  }));
  setTimeout(function () { src.destroy(); }, 1);
})();

// Async generator transform, and an array as the source.
(function () {
  var out = [];
  stream.pipeline(['x', 'yy', 'zzz'], async function* (source) {
    for await (var s of source) yield s.length;
  }, collector(out), common.mustCall(function (err) {
    assert.strictEqual(err, undefined);
    assert.deepStrictEqual(out, [1, 2, 3]);
  }));
})();

// An async function destination: its result is the callback's value.
(function () {
  stream.pipeline(stream.Readable.from([1, 2, 3]), async function (source) {
    var sum = 0;
    for await (var n of source) sum += n;
    return sum;
  }, common.mustCall(function (err, value) {
    assert.strictEqual(err, undefined);
    assert.strictEqual(value, 6);
  }));
})();

// A generator that throws fails the pipeline.
(function () {
  stream.pipeline(stream.Readable.from([1]), async function* (source) {
    for await (var n of source) throw new Error('gen failed at ' + n);
  }, collector([]), common.mustCall(function (err) {
    assert.strictEqual(err.message, 'gen failed at 1');
  }));
})();

// Argument checks.
assert.throws(function () { stream.pipeline(stream.Readable.from([]), function () {}); }, function (err) {
  return err.code === 'ERR_MISSING_ARGS';
});
assert.throws(function () { stream.pipeline(stream.Readable.from([]), collector([])); }, function (err) {
  return err.code === 'ERR_INVALID_ARG_TYPE';
});

// promises.pipeline resolves; rejects on error.
(function () {
  var out = [];
  stream.promises.pipeline(stream.Readable.from(['p']), collector(out)).then(common.mustCall(function () {
    assert.deepStrictEqual(out, ['p']);
  }));
  var failing = new stream.Writable({ write: function (c, e, cb) { cb(new Error('write failed')); } });
  stream.promises.pipeline(stream.Readable.from(['q'], { objectMode: false }), failing).then(
    common.mustNotCall('resolved'),
    common.mustCall(function (err) { assert.strictEqual(err.message, 'write failed'); }));
})();

// finished(): readable end, writable finish, error, premature close.
(function () {
  var r = new stream.Readable({ read: function () {} });
  stream.finished(r, common.mustCall(function (err) { assert.strictEqual(err, undefined); }));
  r.resume();
  r.push(null);

  var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
  stream.finished(w, common.mustCall(function (err) { assert.strictEqual(err, undefined); }));
  w.end('x');

  var bad = new stream.Writable({ write: function (c, e, cb) { cb(new Error('fail')); } });
  stream.finished(bad, common.mustCall(function (err) { assert.strictEqual(err.message, 'fail'); }));
  bad.write('x');

  var cut = new stream.Readable({ read: function () {} });
  stream.finished(cut, common.mustCall(function (err) { assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE'); }));
  cut.destroy();
})();

// finished() on a stream that is already done calls back on a later tick.
(function () {
  var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
  w.end();
  w.on('close', common.mustCall(function () {
    var sync = true;
    stream.finished(w, common.mustCall(function (err) {
      assert.strictEqual(sync, false);
      assert.strictEqual(err, undefined);
    }));
    sync = false;
  }));
})();

// finished() options: readable only on a Duplex; the returned cleanup stops it.
(function () {
  var d = new stream.Duplex({ read: function () {}, write: function (c, e, cb) { cb(); } });
  stream.finished(d, { writable: false }, common.mustCall(function (err) { assert.strictEqual(err, undefined); }));
  d.resume();
  d.push(null);
  var r = new stream.Readable({ read: function () {} });
  var stop = stream.finished(r, common.mustNotCall('callback after cleanup'));
  stop();
  r.destroy();
})();

// promises.finished.
(function () {
  var r = stream.Readable.from(['z']);
  r.resume();
  stream.promises.finished(r).then(common.mustCall());
})();
