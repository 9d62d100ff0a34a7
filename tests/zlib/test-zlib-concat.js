// gunzip of concatenated gzip members (sync, async, stream), trailing
// garbage after the last member, and a bad second member.
var common = require('../common');
var assert = require('assert');
var zlib = require('zlib');

var a = zlib.gzipSync('first member, '), b = zlib.gzipSync('second member, ');
var c = zlib.gzipSync('third');
var all = Buffer.concat([a, b, c]);
var expected = 'first member, second member, third';

assert.strictEqual(zlib.gunzipSync(all).toString(), expected);
assert.strictEqual(zlib.unzipSync(all).toString(), expected);
assert.strictEqual(zlib.gunzipSync(all, { chunkSize: 64 }).toString(), expected);
zlib.gunzip(all, common.mustCall(function (err, d) {
  assert.ifError(err);
  assert.strictEqual(d.toString(), expected);
}));

// Streamed, in pieces that split the member boundaries.
var s = zlib.createGunzip(), out = [];
s.on('data', function (d) { out.push(d); });
s.on('end', common.mustCall(function () { assert.strictEqual(Buffer.concat(out).toString(), expected); }));
for (var i = 0; i < all.length; i += 7) s.write(all.subarray(i, i + 7));
s.end();

// Trailing bytes that are not a gzip header are ignored.
assert.strictEqual(zlib.gunzipSync(Buffer.concat([a, Buffer.from([0, 0, 0, 0])])).toString(), 'first member, ');
// A second member with a broken header is an error.
assert.throws(function () {
  zlib.gunzipSync(Buffer.concat([a, Buffer.from([0x1f, 0x8b, 0x01, 0x00, 0, 0, 0, 0, 0, 0])]));
}, { code: 'Z_DATA_ERROR', errno: -3 });
// A raw inflate stops at the end of its stream.
var d1 = zlib.deflateSync('one');
assert.strictEqual(zlib.inflateSync(Buffer.concat([d1, zlib.deflateSync('two')])).toString(), 'one');
