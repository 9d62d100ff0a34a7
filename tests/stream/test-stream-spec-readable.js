// The v0.2 spec's readable stream contract: 'data' (Buffers, or strings after
// setEncoding), 'end', 'close', `readable` turning false at the end, after
// an error and after destroy(), pause()/resume(), and no events after
// destroy().
var common = require('../common');
var assert = require('assert');
var Buffer = require('buffer').Buffer;
var stream = require('stream');
var EventEmitter = require('events').EventEmitter;

function source(chunks) {
  var i = 0;
  return new stream.Readable({
    read: function () {
      var self = this;
      setTimeout(function () { self.push(i < chunks.length ? chunks[i++] : null); }, 1);
    }
  });
}

// Streams are EventEmitters.
var s = source([]);
assert.ok(s instanceof EventEmitter);
assert.strictEqual(s.readable, true);

// 'data' gives Buffers by default; 'end' once after the last one; then 'close'.
(function () {
  var r = source(['hello ', 'world']);
  var got = [];
  r.on('data', function (chunk) {
    assert.ok(Buffer.isBuffer(chunk));
    got.push(chunk.toString());
  });
  r.on('end', common.mustCall(function () {
    assert.deepStrictEqual(got, ['hello ', 'world']);
    assert.strictEqual(r.readable, false);
  }));
  r.on('close', common.mustCall());
})();

// setEncoding: 'data' gives strings, in 'utf8', 'ascii' and 'base64'.
(function () {
  var r = source([Buffer.from('caf'), Buffer.from([0xc3]), Buffer.from([0xa9])]);
  r.setEncoding('utf8');
  var text = '';
  r.on('data', function (chunk) { assert.strictEqual(typeof chunk, 'string'); text += chunk; });
  r.on('end', common.mustCall(function () { assert.strictEqual(text, 'café'); }));
})();
(function () {
  var r = source([Buffer.from('ab'), Buffer.from('cd')]);
  r.setEncoding('base64');
  var text = '';
  r.on('data', function (chunk) { text += chunk; });
  r.on('end', common.mustCall(function () { assert.strictEqual(text, Buffer.from('abcd').toString('base64')); }));
})();
(function () {
  var r = source([Buffer.from('plain')]);
  r.setEncoding('ascii');
  r.on('data', common.mustCall(function (chunk) { assert.strictEqual(chunk, 'plain'); }));
})();

// pause() stops 'data' events until resume().
(function () {
  var r = new stream.Readable({ read: function () {} });
  var got = [];
  var paused = false;
  r.on('data', function (chunk) {
    assert.ok(!paused, 'no data while paused');
    got.push(chunk.toString());
  });
  r.push('one');
  setTimeout(function () {
    r.pause();
    paused = true;
    r.push('two');
    r.push('three');
    setTimeout(function () {
      assert.deepStrictEqual(got, ['one']);
      paused = false;
      r.resume();
      r.push(null);
    }, 5);
  }, 5);
  r.on('end', common.mustCall(function () { assert.deepStrictEqual(got, ['one', 'two', 'three']); }));
})();

// destroy(): readable becomes false, no more 'data' or 'end', 'close' comes.
(function () {
  var r = new stream.Readable({ read: function () {} });
  r.on('data', common.mustNotCall('data after destroy'));
  r.on('end', common.mustNotCall('end after destroy'));
  r.on('close', common.mustCall());
  r.destroy();
  assert.strictEqual(r.readable, false);
  r.push('late');
})();

// An error: 'error' is emitted and readable turns false.
(function () {
  var r = new stream.Readable({ read: function () {} });
  r.on('error', common.mustCall(function (err) {
    assert.strictEqual(err.message, 'read failed');
    assert.strictEqual(r.readable, false);
  }));
  r.destroy(new Error('read failed'));
})();

// 'fd' is an ordinary event a native stream may emit.
(function () {
  var r = new stream.Readable({ read: function () {} });
  r.on('fd', common.mustCall(function (fd) { assert.strictEqual(fd, 7); }));
  r.emit('fd', 7);
})();
