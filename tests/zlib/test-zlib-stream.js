// 10 MB through gzip -> gunzip with a slow consumer (backpressure), the
// other stream classes, flush() and params().
var common = require('../common');
var assert = require('assert');
var zlib = require('zlib');
var stream = require('stream');

var TOTAL = 10 * 1024 * 1024, CHUNK = 64 * 1024;
var sent = 0, seed = 1, sum = 0, received = 0, recvSum = 0;

function makeChunk(n) {
  var b = Buffer.alloc(n);
  for (var i = 0; i < n; i++) {
    seed = (seed * 69069 + 1) >>> 0;
    b[i] = (i & 0xf) === 0 ? seed >>> 24 : 0x61 + (i % 7); // partly compressible
  }
  return b;
}

var source = new stream.Readable({
  read: function () {
    if (sent >= TOTAL) return this.push(null);
    var c = makeChunk(Math.min(CHUNK, TOTAL - sent));
    sent += c.length;
    for (var i = 0; i < c.length; i++) sum = (sum + c[i]) % 1000000007;
    this.push(c);
  }
});
var gzip = zlib.createGzip({ level: 1 });
var gunzip = zlib.createGunzip();
var maxBuffered = 0;
var sink = new stream.Writable({
  highWaterMark: 16384,
  write: function (chunk, enc, cb) {
    received += chunk.length;
    for (var i = 0; i < chunk.length; i++) recvSum = (recvSum + chunk[i]) % 1000000007;
    maxBuffered = Math.max(maxBuffered, sent - received);
    setImmediate(cb); // a slow consumer
  }
});
source.pipe(gzip).pipe(gunzip).pipe(sink);
sink.on('finish', common.mustCall(function () {
  assert.strictEqual(received, TOTAL);
  assert.strictEqual(recvSum, sum);
  assert.ok(gzip.bytesWritten === TOTAL);
  // Backpressure: the source was not read far ahead of the consumer.
  assert.ok(maxBuffered < 4 * 1024 * 1024, 'buffered ' + maxBuffered);
}));

// Every class, with small chunks in and out.
var text = Buffer.from('stream classes '.repeat(5000));
[['createDeflate', 'createInflate'], ['createDeflateRaw', 'createInflateRaw'],
 ['createGzip', 'createUnzip'], ['createDeflate', 'createUnzip']].forEach(function (p) {
  var c = zlib[p[0]]({ chunkSize: 128, level: 6 }), d = zlib[p[1]]({ chunkSize: 256 });
  var out = [];
  c.pipe(d);
  d.on('data', function (x) { assert.ok(x.length <= 256); out.push(x); });
  d.on('end', common.mustCall(function () { assert.deepStrictEqual(Buffer.concat(out), text); }));
  for (var i = 0; i < text.length; i += 1000) c.write(text.subarray(i, i + 1000));
  c.end();
});
assert.ok(zlib.createGzip() instanceof zlib.Gzip);
assert.ok(zlib.Deflate() instanceof stream.Transform);
assert.ok(new zlib.Unzip() instanceof zlib.Unzip);

// flush(): what was written so far comes out and decompresses alone.
var def = zlib.createDeflate();
var got = [];
def.on('data', function (x) { got.push(x); });
def.write('first part ');
def.flush(common.mustCall(function () {
  var soFar = zlib.inflateSync(Buffer.concat(got), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  assert.strictEqual(soFar.toString(), 'first part ');
  // params(): switch level mid-stream; the whole stream still inflates.
  def.params(0, zlib.constants.Z_DEFAULT_STRATEGY, common.mustCall(function (err) {
    assert.ifError(err);
    def.end('second part stored');
  }));
}));
def.on('end', common.mustCall(function () {
  assert.strictEqual(zlib.inflateSync(Buffer.concat(got)).toString(), 'first part second part stored');
}));

// A highly compressed input: the output waits for the consumer instead of
// piling up in the readable buffer.
var bomb = zlib.gzipSync(Buffer.alloc(32 * 1024 * 1024));
var g = zlib.createGunzip(), bombGot = 0, maxQueued = 0;
var slow = new stream.Writable({
  highWaterMark: 16384,
  write: function (chunk, enc, cb) {
    bombGot += chunk.length;
    maxQueued = Math.max(maxQueued, g.readableLength);
    setImmediate(cb);
  }
});
g.pipe(slow);
slow.on('finish', common.mustCall(function () {
  assert.strictEqual(bombGot, 32 * 1024 * 1024);
  assert.ok(maxQueued <= 1024 * 1024, 'queued ' + maxQueued);
}));
g.end(bomb);
