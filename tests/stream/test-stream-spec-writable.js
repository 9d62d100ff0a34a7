// The v0.2 spec's writable stream contract: write(string, encoding) and
// write(buffer) returning false over the high-water mark, then 'drain';
// end(), end(string, encoding), end(buffer); `writable` turning false after
// end()/destroy()/an error; 'close'; a numeric fd argument is ignored.
var common = require('../common');
var assert = require('assert');
var Buffer = require('buffer').Buffer;
var stream = require('stream');

// A sink that takes 1 ms per chunk and records what reached it.
function slowSink(hwm) {
  var w = new stream.Writable({
    highWaterMark: hwm,
    write: function (chunk, encoding, cb) {
      w.received.push(chunk);
      setTimeout(cb, 1);
    }
  });
  w.received = [];
  return w;
}

// write() returns false once the queue reaches the high-water mark; 'drain'
// comes when it is empty again, and writing can go on.
(function () {
  var w = slowSink(10);
  assert.strictEqual(w.writable, true);
  assert.strictEqual(w.write('12345'), true);
  assert.strictEqual(w.write('67890'), false);
  assert.strictEqual(w.writableLength, 10);
  w.once('drain', common.mustCall(function () {
    assert.strictEqual(w.writableLength, 0);
    assert.strictEqual(w.write(Buffer.from('more')), true);
    w.end();
  }));
  w.on('finish', common.mustCall(function () {
    assert.strictEqual(Buffer.concat(w.received).toString(), '1234567890more');
  }));
})();

// write(string, encoding): the string is encoded before it is written.
(function () {
  var w = slowSink(100);
  w.write('68656c6c6f', 'hex');
  w.write('d29ybGQ=', 'base64');
  w.write('caf\u00e9', 'latin1');
  w.write('\u20ac');
  w.end();
  w.on('finish', common.mustCall(function () {
    var bytes = Buffer.concat(w.received);
    assert.strictEqual(bytes.toString('latin1', 0, 14), 'helloworldcaf\u00e9');
    assert.deepStrictEqual(Array.from(bytes.subarray(14)), [0xe2, 0x82, 0xac]);
  }));
})();

// write(data, encoding, fd): the spec's fd passing does not apply; the data is written.
(function () {
  var w = slowSink(100);
  assert.strictEqual(w.write('x', 'utf8', 3), true);
  w.end();
  w.on('finish', common.mustCall(function () {
    assert.strictEqual(Buffer.concat(w.received).toString(), 'x');
  }));
})();

// end(string, encoding) writes, then ends; writable turns false at once.
(function () {
  var w = slowSink(100);
  w.write('a');
  w.end('6263', 'hex');
  assert.strictEqual(w.writable, false);
  assert.strictEqual(w.writableEnded, true);
  w.on('finish', common.mustCall(function () {
    assert.strictEqual(Buffer.concat(w.received).toString(), 'abc');
    assert.strictEqual(w.writableFinished, true);
  }));
  w.on('close', common.mustCall());
})();

// end(buffer).
(function () {
  var w = slowSink(100);
  w.end(Buffer.from('tail'));
  w.on('finish', common.mustCall(function () {
    assert.strictEqual(Buffer.concat(w.received).toString(), 'tail');
  }));
})();

// A write after end() is an error, reported to the callback and as 'error'.
(function () {
  var w = slowSink(100);
  w.end();
  w.on('error', common.mustCall(function (err) { assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END'); }));
  assert.strictEqual(w.write('late', common.mustCall(function (err) {
    assert.strictEqual(err.message, 'write after end');
  })), false);
})();

// destroy(): writable turns false, 'close' comes, nothing more is written.
(function () {
  var w = slowSink(100);
  w.on('close', common.mustCall(function () { assert.deepStrictEqual(w.received, []); }));
  w.on('finish', common.mustNotCall('finish after destroy'));
  w.destroy();
  assert.strictEqual(w.writable, false);
})();

// An error from the sink: 'error', writable false, then 'close'.
(function () {
  var w = new stream.Writable({ write: function (chunk, enc, cb) { cb(new Error('EPIPE')); } });
  var order = [];
  w.on('error', common.mustCall(function (err) {
    order.push('error');
    assert.strictEqual(err.message, 'EPIPE');
    assert.strictEqual(w.writable, false);
  }));
  w.on('close', common.mustCall(function () {
    order.push('close');
    assert.deepStrictEqual(order, ['error', 'close']);
  }));
  w.write('x');
})();

// destroySoon() (the spec's; node 20 keeps it on sockets only): ends, then
// destroys once everything is written.
if (typeof stream.Writable.prototype.destroySoon === 'function') (function () {
  var w = slowSink(100);
  w.write('queued');
  w.destroySoon();
  assert.strictEqual(w.writable, false);
  w.on('close', common.mustCall(function () {
    assert.strictEqual(Buffer.concat(w.received).toString(), 'queued');
    assert.strictEqual(w.destroyed, true);
  }));
})();

// 'pipe' is emitted on the destination of a pipe.
(function () {
  var r = new stream.Readable({ read: function () {} });
  var w = slowSink(100);
  w.on('pipe', common.mustCall(function (src) { assert.strictEqual(src, r); }));
  r.pipe(w);
  r.push(null);
})();
