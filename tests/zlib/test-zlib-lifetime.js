// Native z_streams behind the stream objects: abandoned ones are freed by
// their finalizers, closed ones stay safe to touch, and a callback-form job
// keeps its handle alive while the pool works.
var common = require('../common');
var assert = require('assert');
var zlib = require('zlib');

for (var i = 0; i < 3000; i++) {
  var s = i % 3 === 0 ? zlib.createDeflate({ memLevel: 1, windowBits: 9 }) :
    i % 3 === 1 ? zlib.createInflate() : zlib.createGunzip();
  s.on('error', function () {});
  s.write(i % 3 === 0 ? 'abandoned' : zlib.deflateSync('x'));
  if (i % 10 === 0) s.close();
}
if (typeof gc === 'function') gc();

// After close: reset throws a JavaScript error, writes report one.
var c = zlib.createGzip();
c.close(common.mustCall(function () {
  assert.throws(function () { c.reset(); }, /zlib binding closed/);
  c.on('error', function () {});
  c.write('late', common.mustCall(function (err) { assert.ok(err); }));
}));
assert.strictEqual(c._handle, null);

// reset() on a live stream starts a new zlib stream.
var d = zlib.createInflate(), out = [];
d.on('data', function (x) { out.push(x); });
d.write(zlib.deflateSync('one'), common.mustCall(function () {
  d.reset();
  d.end(zlib.deflateSync('two'));
}));
d.on('end', common.mustCall(function () { assert.strictEqual(Buffer.concat(out).toString(), 'onetwo'); }));

// The pool job keeps its handle alive even when nothing else refers to it.
var input = Buffer.from('pool input '.repeat(1000));
zlib.deflate(input.subarray(5), common.mustCall(function (err, res) {
  assert.ifError(err);
  assert.strictEqual(zlib.inflateSync(res).toString(), 'pool input '.repeat(1000).slice(5));
}));
if (typeof gc === 'function') gc();
