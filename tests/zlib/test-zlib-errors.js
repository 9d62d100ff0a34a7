// Errors as Node raises them: corrupt and truncated input, bad arguments,
// bad options, and a stream used after close.
var common = require('../common');
var assert = require('assert');
var zlib = require('zlib');

function throwsZ(fn, code, errno, message) {
  assert.throws(fn, function (e) {
    assert.ok(e instanceof Error);
    assert.strictEqual(e.code, code);
    assert.strictEqual(e.errno, errno);
    if (message) assert.strictEqual(e.message, message);
    return true;
  });
}

throwsZ(function () { zlib.inflateSync(Buffer.from('not zlib data')); }, 'Z_DATA_ERROR', -3, 'incorrect header check');
throwsZ(function () { zlib.gunzipSync(Buffer.from('not gzip data')); }, 'Z_DATA_ERROR', -3, 'incorrect header check');
throwsZ(function () { zlib.unzipSync(Buffer.from('neither')); }, 'Z_DATA_ERROR', -3, 'incorrect header check');
throwsZ(function () { zlib.inflateRawSync(Buffer.from([0xff, 0xff, 0xff, 0xff])); }, 'Z_DATA_ERROR', -3);

var gz = zlib.gzipSync('some text to compress, some text to compress');
throwsZ(function () { zlib.gunzipSync(gz.subarray(0, gz.length - 4)); }, 'Z_BUF_ERROR', -5, 'unexpected end of file');
throwsZ(function () { zlib.inflateSync(Buffer.alloc(0)); }, 'Z_BUF_ERROR', -5, 'unexpected end of file');
var bad = Buffer.from(gz);
bad[bad.length - 6] ^= 0xff; // the crc
throwsZ(function () { zlib.gunzipSync(bad); }, 'Z_DATA_ERROR', -3, 'incorrect data check');

[5, null, undefined, {}, [1, 2], true].forEach(function (v) {
  assert.throws(function () { zlib.deflateSync(v); }, function (e) {
    return e instanceof TypeError && e.code === 'ERR_INVALID_ARG_TYPE' && /"buffer" argument/.test(e.message);
  });
});
assert.throws(function () { zlib.deflate('x'); }, { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { zlib.deflateSync('x', { level: 10 }); }, { name: 'RangeError', code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () { zlib.deflateSync('x', { level: 'high' }); }, { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { zlib.deflateSync('x', { windowBits: 7 }); }, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () { zlib.deflateSync('x', { memLevel: 0 }); }, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () { zlib.deflateSync('x', { strategy: 5 }); }, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () { zlib.deflateSync('x', { chunkSize: 10 }); }, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () { zlib.createGzip({ level: 42 }); }, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () { zlib.inflateSync(zlib.deflateSync('a'.repeat(1000)), { maxOutputLength: 10 }); },
  { name: 'RangeError', code: 'ERR_BUFFER_TOO_LARGE' });

// The async form reports the error to its callback.
zlib.gunzip(Buffer.from('garbage!'), common.mustCall(function (err, res) {
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
  assert.strictEqual(err.errno, -3);
  assert.strictEqual(err.message, 'incorrect header check');
  assert.strictEqual(res, undefined);
}));

// A stream emits 'error' for corrupt input.
var inf = zlib.createInflate();
inf.on('error', common.mustCall(function (err) {
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
  assert.strictEqual(err.errno, -3);
}));
inf.on('data', function () {});
inf.end(Buffer.from('this is not deflate'));

// A truncated stream: unexpected end of file at the end.
var gun = zlib.createGunzip();
gun.on('error', common.mustCall(function (err) {
  assert.strictEqual(err.code, 'Z_BUF_ERROR');
  assert.strictEqual(err.message, 'unexpected end of file');
}));
gun.resume();
gun.end(gz.subarray(0, 15));

// Safe after close: further writes error, flush and close call back.
var d = zlib.createDeflate();
d.close(common.mustCall());
d.close();
d.flush(common.mustCall());
d.on('error', function () {});
d.write('after close', function (err) { assert.ok(err); });
