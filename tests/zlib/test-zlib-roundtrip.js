// Round trips of random and repetitive data through every zlib format,
// level, strategy and window size, sync; unzip reads both zlib and gzip.
var common = require('../common');
var assert = require('assert');
var zlib = require('zlib');

function random(n, seed) {
  var b = Buffer.alloc(n), x = seed;
  for (var i = 0; i < n; i++) { x = (x * 1103515245 + 12345) & 0x7fffffff; b[i] = x >>> 16; }
  return b;
}
var compressible = Buffer.from('abcabcabd nodus zlib '.repeat(3000));
var inputs = [Buffer.alloc(0), Buffer.from('x'), random(70000, 7), compressible];

var pairs = [['deflateSync', 'inflateSync'], ['gzipSync', 'gunzipSync'],
             ['deflateRawSync', 'inflateRawSync'], ['deflateSync', 'unzipSync'], ['gzipSync', 'unzipSync']];
pairs.forEach(function (p) {
  inputs.forEach(function (input) {
    for (var level = -1; level <= 9; level++) {
      var c = zlib[p[0]](input, { level: level });
      assert.ok(Buffer.isBuffer(c));
      assert.deepStrictEqual(zlib[p[1]](c), input, p.join('/') + ' level ' + level);
    }
  });
});

// Strategies, memLevel, windowBits and chunkSize.
[0, 1, 2, 3, 4].forEach(function (strategy) {
  var c = zlib.deflateSync(compressible, { strategy: strategy, memLevel: 9 });
  assert.deepStrictEqual(zlib.inflateSync(c), compressible);
});
[9, 10, 12, 15].forEach(function (wb) {
  var c = zlib.deflateSync(compressible, { windowBits: wb, memLevel: 1 });
  assert.deepStrictEqual(zlib.inflateSync(c, { windowBits: wb }), compressible);
  var r = zlib.deflateRawSync(compressible, { windowBits: wb });
  assert.deepStrictEqual(zlib.inflateRawSync(r, { windowBits: 15 }), compressible);
});
var small = zlib.gzipSync(random(5000, 3), { chunkSize: 64 });
assert.deepStrictEqual(zlib.gunzipSync(small, { chunkSize: 64 }), random(5000, 3));

// Compression really compresses; level 0 stores.
assert.ok(zlib.deflateSync(compressible).length < compressible.length / 20);
assert.ok(zlib.deflateSync(compressible, { level: 0 }).length > compressible.length);

// Strings, ArrayBuffers and typed arrays as input.
assert.strictEqual(zlib.inflateSync(zlib.deflateSync('héllo')).toString(), 'héllo');
var ab = new Uint8Array([1, 2, 3, 4]).buffer;
assert.deepStrictEqual([].slice.call(zlib.inflateSync(zlib.deflateSync(ab))), [1, 2, 3, 4]);
var u16 = new Uint16Array([0x102, 0x304]);
assert.strictEqual(zlib.inflateSync(zlib.deflateSync(u16)).length, 4);
var sub = compressible.subarray(100, 200);
assert.deepStrictEqual(zlib.inflateSync(zlib.deflateSync(sub)), Buffer.from(sub));

// finishFlush Z_SYNC_FLUSH reads a truncated stream without an error.
var full = zlib.deflateSync(compressible);
var part = zlib.inflateSync(full.subarray(0, full.length >> 1), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
assert.ok(part.length > 0 && part.length < compressible.length);
assert.deepStrictEqual(part, compressible.subarray(0, part.length));

// The gzip header and crc32.
var gz = zlib.gzipSync('abc');
assert.strictEqual(gz[0], 0x1f);
assert.strictEqual(gz[1], 0x8b);
assert.strictEqual(zlib.crc32('hello'), 907060870);
assert.strictEqual(zlib.crc32(Buffer.from('world'), zlib.crc32('hello ')), zlib.crc32('hello world'));
assert.strictEqual(gz.readUInt32LE(gz.length - 8), zlib.crc32('abc'));

// Constants.
assert.strictEqual(zlib.constants.Z_FINISH, 4);
assert.strictEqual(zlib.Z_SYNC_FLUSH, 2);
assert.strictEqual(zlib.Z_DATA_ERROR, -3);
assert.strictEqual(zlib.Z_BEST_COMPRESSION, 9);
assert.strictEqual(zlib.constants.GUNZIP, 4);
assert.strictEqual(zlib.codes.Z_DATA_ERROR, -3);
assert.strictEqual(zlib.codes['-3'], 'Z_DATA_ERROR');
assert.ok(zlib.constants.ZLIB_VERNUM > 0x1200);
common.mustCall()();
