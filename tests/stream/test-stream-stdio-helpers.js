// The standard I/O helpers the process plugin builds stdout/stderr/stdin
// from (nodus only; node has no such functions, so there this test checks
// nothing): stream._createWriteStreamForFd writes synchronously through
// writeFn and never closes its fd; stream._createReadStreamForFd reads only
// while data is wanted, stops when paused or full, and works as v0.2's
// process.openStdin() stream.
var common = require('../common');
var assert = require('assert');
var stream = require('stream');
var Buffer = require('buffer').Buffer;

if (typeof stream._createWriteStreamForFd !== 'function') {
  console.log('skipped: no stdio helpers in this runtime');
  return;
}

// ---- write side -------------------------------------------------------------

(function () {
  var writes = [];
  var out = stream._createWriteStreamForFd(1, function (fd, chunk) { writes.push([fd, chunk]); }, { isTTY: false });
  assert.ok(out instanceof stream.Writable);
  assert.strictEqual(out.fd, 1);
  assert.strictEqual(out._isStdio, true);
  assert.strictEqual(out.isTTY, undefined);
  assert.strictEqual(out.columns, undefined);

  // Synchronous: the bytes are out before write() returns.
  assert.strictEqual(out.write('hello\n'), true);
  assert.deepStrictEqual(writes, [[1, 'hello\n']]);
  out.write(Buffer.from([0x41]));
  assert.ok(Buffer.isBuffer(writes[1][1]));
  out.write('6869', 'hex');
  assert.strictEqual(writes[2][1].toString(), 'hi');

  // Corked writes leave in one writeFn call.
  out.cork();
  out.write('a');
  out.write('b');
  out.uncork();
  assert.strictEqual(writes.length, 4);
  assert.strictEqual(writes[3][1].toString(), 'ab');

  // A pipe into it never ends it.
  var src = new stream.Readable({ read: function () {} });
  src.pipe(out);
  src.push('piped');
  src.push(null);
  src.on('end', common.mustCall(function () {
    setTimeout(function () {
      assert.strictEqual(out.writableEnded, false);
      assert.strictEqual(String(writes[writes.length - 1][1]), 'piped');
      // end() ends the stream, not the descriptor; later writes fail.
      out.end('bye\n');
      out.on('error', common.mustCall(function (err) { assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END'); }));
      out.write('late');
    }, 5);
  }));
})();

// A terminal: isTTY and a live window size.
(function () {
  var size = [80, 24];
  var tty = stream._createWriteStreamForFd(2, function () {}, {
    isTTY: true,
    getWindowSize: function () { return size; }
  });
  assert.strictEqual(tty.isTTY, true);
  assert.strictEqual(tty.columns, 80);
  size = [120, 40];
  assert.strictEqual(tty.columns, 120);
  assert.strictEqual(tty.rows, 40);
})();

// A failing write (EPIPE) is an 'error' event.
(function () {
  var broken = stream._createWriteStreamForFd(1, function () {
    var err = new Error('write EPIPE');
    err.code = 'EPIPE';
    throw err;
  });
  broken.on('error', common.mustCall(function (err) { assert.strictEqual(err.code, 'EPIPE'); }));
  broken.write('x');
})();

// ---- read side --------------------------------------------------------------

// A fake descriptor: delivers queued chunks from the loop while started.
function fakeInput(chunks) {
  var io = { starts: 0, stops: 0, reading: false };
  io.start = function (onData, onEnd) {
    io.starts++;
    io.reading = true;
    (function next() {
      setTimeout(function () {
        if (!io.reading) return;
        if (chunks.length === 0) { io.reading = false; onEnd(); return; }
        onData(chunks.shift());
        next();
      }, 1);
    })();
  };
  io.stop = function () { io.stops++; io.reading = false; };
  return io;
}

// Nothing is read until wanted; 'data' then 'end' (the v0.2 stdin example).
(function () {
  var io = fakeInput([Buffer.from('line one\n'), Buffer.from('line two\n')]);
  var stdin = stream._createReadStreamForFd(0, io.start, io.stop, { isTTY: false });
  assert.strictEqual(stdin.fd, 0);
  assert.strictEqual(stdin._isStdio, true);
  setTimeout(function () {
    assert.strictEqual(io.starts, 0, 'stdin starts paused');
    // process.openStdin(): resume and return it.
    stdin.resume();
    stdin.setEncoding('utf8');
    var text = '';
    stdin.on('data', function (chunk) { text += chunk; });
    stdin.on('end', common.mustCall(function () {
      assert.strictEqual(text, 'line one\nline two\n');
      assert.strictEqual(io.reading, false);
    }));
    stdin.on('close', common.mustCall());
  }, 5);
})();

// pause() stops reading (so a paused stdin does not hold the process), resume() restarts.
(function () {
  var io = fakeInput([Buffer.from('a'), Buffer.from('b'), Buffer.from('c')]);
  var stdin = stream._createReadStreamForFd(0, io.start, io.stop);
  var got = [];
  stdin.on('data', function (chunk) {
    got.push(chunk.toString());
    if (got.length === 1) {
      stdin.pause();
      assert.strictEqual(io.reading, false);
      setTimeout(function () {
        assert.deepStrictEqual(got, ['a']);
        stdin.resume();
      }, 10);
    }
  });
  stdin.on('end', common.mustCall(function () {
    assert.deepStrictEqual(got, ['a', 'b', 'c']);
    assert.ok(io.starts >= 2);
  }));
})();

// A full buffer stops reading until it is consumed.
(function () {
  var many = [];
  for (var i = 0; i < 10; i++) many.push(Buffer.alloc(4, 0x61 + i));
  var io = fakeInput(many);
  var input = stream._createReadStreamForFd(0, io.start, io.stop, { highWaterMark: 8 });
  input.read(0);
  setTimeout(function () {
    assert.strictEqual(io.reading, false, 'stopped when full');
    assert.ok(input.readableLength >= 8 && input.readableLength < 40);
    var total = 0;
    input.on('data', function (c) { total += c.length; });
    input.on('end', common.mustCall(function () { assert.strictEqual(total, 40); }));
  }, 30);
})();

// A read error destroys the stream with it.
(function () {
  var stopped = 0;
  var input = stream._createReadStreamForFd(0, function (onData, onEnd, onError) {
    setTimeout(function () { onError(new Error('EIO')); }, 1);
  }, function () { stopped++; });
  input.on('error', common.mustCall(function (err) { assert.strictEqual(err.message, 'EIO'); }));
  input.on('close', common.mustCall(function () { assert.strictEqual(stopped, 1); }));
  input.resume();
})();
