// The callback forms run on the worker pool and call back asynchronously;
// util.promisify works on them.
var common = require('../common');
var assert = require('assert');
var zlib = require('zlib');
var util = require('util');

var input = Buffer.from('callback form data '.repeat(10000));
var pairs = [['deflate', 'inflate'], ['gzip', 'gunzip'], ['deflateRaw', 'inflateRaw'],
             ['gzip', 'unzip'], ['deflate', 'unzip']];
pairs.forEach(function (p) {
  var sync = true;
  zlib[p[0]](input, { level: 5 }, common.mustCall(function (err, c) {
    assert.ifError(err);
    assert.ok(!sync);
    assert.ok(Buffer.isBuffer(c));
    assert.deepStrictEqual(c, zlib[p[0] + 'Sync'](input, { level: 5 }));
    zlib[p[1]](c, common.mustCall(function (err2, d) {
      assert.ifError(err2);
      assert.deepStrictEqual(d, input);
    }));
  }));
  sync = false;
});

// Many at once, with options and small chunks.
var n = 0;
for (var i = 0; i < 20; i++) {
  (function (k) {
    var data = Buffer.from('item ' + k + ' '.repeat(k * 100));
    zlib.gzip(data, { chunkSize: 64 }, common.mustCall(function (err, c) {
      assert.ifError(err);
      zlib.gunzip(c, { chunkSize: 64 }, common.mustCall(function (err2, d) {
        assert.ifError(err2);
        assert.deepStrictEqual(d, data);
        n++;
      }));
    }));
  })(i);
}

var gzipP = util.promisify(zlib.gzip), gunzipP = util.promisify(zlib.gunzip);
gzipP('promised').then(gunzipP).then(common.mustCall(function (d) {
  assert.strictEqual(d.toString(), 'promised');
}));
gunzipP(Buffer.from('bad')).catch(common.mustCall(function (e) {
  assert.strictEqual(e.code, 'Z_DATA_ERROR');
}));
process.on('exit', function (code) { if (code === 0) assert.strictEqual(n, 20); });
