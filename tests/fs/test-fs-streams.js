// ReadStream and WriteStream over a 10 MB file: the whole file, ranges
// (start/end, inclusive), bufferSize/highWaterMark, encodings, an fd
// option, pause/resume, backpressure with 'drain', the 'open'/'ready'/
// 'close' events, append and positioned writes, and errors.
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var Buffer = require('buffer').Buffer;

var dir = fs.mkdtempSync(common.tmpDir + '/fs-streams-');
// cleanup first: common.js's exit check may end the process on a failure
process.prependListener('exit', function () { fs.rmSync(dir, { recursive: true, force: true }); });
var SIZE = 10 * 1024 * 1024;
var big = Buffer.alloc(SIZE);
for (var i = 0; i < SIZE; i += 4) big.writeUInt32LE(i, i); // every 4 bytes: its own offset
var bigFile = dir + '/big';
fs.writeFileSync(bigFile, big);

function collect(stream, cb) {
  var chunks = [], events = [];
  stream.on('open', function (fd) { events.push('open'); assert.strictEqual(typeof fd, 'number'); });
  stream.on('ready', function () { events.push('ready'); });
  stream.on('data', function (c) { chunks.push(c); });
  stream.on('end', function () { events.push('end'); });
  stream.on('error', function (e) { events.push('error'); cb(e, null, events); });
  stream.on('close', function () {
    events.push('close');
    if (events.indexOf('error') === -1) cb(null, chunks, events);
  });
}

var steps = [];
function step(fn) { steps.push(fn); }

step(function wholeFile(next) {
  var rs = fs.createReadStream(bigFile);
  assert.strictEqual(rs.path, bigFile);
  assert.strictEqual(rs.pending, true);
  collect(rs, common.mustCall(function (err, chunks, events) {
    assert.ifError(err);
    assert.deepStrictEqual(events, ['open', 'ready', 'end', 'close']);
    var all = Buffer.concat(chunks);
    assert.strictEqual(all.length, SIZE);
    assert.ok(all.equals(big));
    assert.strictEqual(rs.bytesRead, SIZE);
    assert.ok(chunks.every(function (c) { return c.length <= 65536; }));
    assert.strictEqual(chunks[0].length, 65536);
    next();
  }));
});

step(function ranges(next) {
  var specs = [[0, 0], [0, 9], [90, 99], [65530, 65545], [1000001, 3000003], [SIZE - 10, SIZE - 1],
    [SIZE - 5, SIZE + 100], [SIZE + 5, SIZE + 10]];
  var left = specs.length;
  specs.forEach(function (s) {
    collect(fs.createReadStream(bigFile, { start: s[0], end: s[1] }), common.mustCall(function (err, chunks) {
      assert.ifError(err);
      var got = Buffer.concat(chunks);
      var want = big.slice(Math.min(s[0], SIZE), Math.min(s[1] + 1, SIZE));
      assert.ok(got.equals(want), 'range ' + s);
      if (--left === 0) next();
    }));
  });
});

step(function startOnlyAndBufferSize(next) {
  collect(fs.createReadStream(bigFile, { start: SIZE - 100000, bufferSize: 4096 }), common.mustCall(function (err, chunks) {
    assert.ifError(err);
    // bufferSize is v0.2's name for highWaterMark (node 20 ignores it)
    if (process.versions.nodus) assert.ok(chunks.every(function (c) { return c.length <= 4096; }));
    assert.ok(Buffer.concat(chunks).equals(big.slice(SIZE - 100000)));
    collect(fs.createReadStream(bigFile, { end: 99999, highWaterMark: 1000 }), common.mustCall(function (err, c2) {
      assert.strictEqual(c2.length, 100);
      assert.ok(Buffer.concat(c2).equals(big.slice(0, 100000)));
      next();
    }));
  }));
});

step(function encodingAndSetEncoding(next) {
  fs.writeFileSync(dir + '/text', 'h\u00e9llo w\u00f6rld, \u20ac100');
  var rs = fs.createReadStream(dir + '/text', { encoding: 'utf8', highWaterMark: 3 });
  var s = '';
  rs.on('data', function (d) { assert.strictEqual(typeof d, 'string'); s += d; });
  rs.on('end', common.mustCall(function () {
    assert.strictEqual(s, 'h\u00e9llo w\u00f6rld, \u20ac100'); // multi-byte characters split across reads
    var rs2 = fs.createReadStream(dir + '/text');
    rs2.setEncoding('hex');
    var h = '';
    rs2.on('data', function (d) { h += d; });
    rs2.on('end', common.mustCall(function () {
      assert.strictEqual(h, Buffer.from('h\u00e9llo w\u00f6rld, \u20ac100').toString('hex'));
      next();
    }));
  }));
});

step(function fdOption(next) {
  var fd = fs.openSync(bigFile, 'r');
  var rs = fs.createReadStream(null, { fd: fd, start: 8, end: 15, autoClose: false });
  var chunks = [];
  rs.on('open', common.mustNotCall()); // the fd was given
  rs.on('data', function (c) { chunks.push(c); });
  rs.on('close', common.mustNotCall()); // autoClose false: not destroyed at the end
  rs.on('end', common.mustCall(function () {
    assert.ok(Buffer.concat(chunks).equals(big.slice(8, 16)));
    setTimeout(function () {
      assert.strictEqual(fs.fstatSync(fd).size, SIZE); // still open
      fs.closeSync(fd);
      next();
    }, 10);
  }));
});

step(function pauseResume(next) {
  var rs = fs.createReadStream(bigFile, { end: 1024 * 1024 - 1 });
  var got = 0, paused = false, pauses = 0;
  rs.on('data', function (c) {
    assert.strictEqual(paused, false, 'no data while paused');
    got += c.length;
    if (got % (256 * 1024) === 0) {
      paused = true;
      pauses++;
      rs.pause();
      setTimeout(function () {
        paused = false;
        rs.resume();
      }, 20);
    }
  });
  rs.on('end', common.mustCall(function () {
    assert.strictEqual(got, 1024 * 1024);
    assert.ok(pauses >= 3);
    next();
  }));
});

step(function destroyMidway(next) {
  var rs = fs.createReadStream(bigFile);
  var chunks = 0;
  rs.on('data', function () {
    if (++chunks === 2) rs.destroy();
  });
  rs.on('end', common.mustNotCall());
  rs.on('close', common.mustCall(function () {
    assert.strictEqual(chunks, 2);
    assert.strictEqual(rs.destroyed, true);
    next();
  }));
});

step(function writeWithBackpressure(next) {
  var out = dir + '/copy';
  var ws = fs.createWriteStream(out, { highWaterMark: 64 * 1024 });
  var events = [];
  ws.on('open', function (fd) { events.push('open'); assert.strictEqual(typeof fd, 'number'); });
  ws.on('ready', function () { events.push('ready'); });
  ws.on('finish', function () { events.push('finish'); });
  var off = 0, drains = 0, falses = 0;
  function pump() {
    while (off < SIZE) {
      var chunk = big.slice(off, Math.min(off + 100000, SIZE));
      off += chunk.length;
      if (!ws.write(chunk)) {
        falses++;
        assert.ok(ws.writableLength >= 64 * 1024);
        ws.once('drain', function () { drains++; pump(); });
        return;
      }
    }
    ws.end();
  }
  pump();
  ws.on('close', common.mustCall(function () {
    events.push('close');
    assert.deepStrictEqual(events, ['open', 'ready', 'finish', 'close']);
    assert.ok(falses > 10);
    assert.strictEqual(drains, falses);
    assert.strictEqual(ws.bytesWritten, SIZE);
    assert.ok(fs.readFileSync(out).equals(big));
    next();
  }));
});

step(function pipeReadToWrite(next) {
  var out = dir + '/piped';
  var ws = fs.createWriteStream(out);
  fs.createReadStream(bigFile, { start: 100, end: 5000099 }).pipe(ws);
  ws.on('close', common.mustCall(function () {
    assert.ok(fs.readFileSync(out).equals(big.slice(100, 5000100)));
    next();
  }));
});

step(function writeFlagsStartStrings(next) {
  var out = dir + '/strings';
  fs.writeFileSync(out, 'AAAAAAAAAA');
  var ws = fs.createWriteStream(out, { flags: 'r+', start: 2, encoding: 'latin1' });
  ws.write('\u00e9\u00e9');
  ws.write('cc', 'utf8');
  ws.end(Buffer.from('dd'));
  ws.on('close', common.mustCall(function () {
    assert.deepStrictEqual(Array.from(fs.readFileSync(out)),
      [65, 65, 0xe9, 0xe9, 99, 99, 100, 100, 65, 65]);
    var ap = fs.createWriteStream(out, { flags: 'a' });
    ap.end('Z');
    ap.on('close', common.mustCall(function () {
      assert.strictEqual(fs.readFileSync(out).length, 11);
      var legacy = fs.createWriteStream(dir + '/legacy');
      legacy.write('v0.2 ');
      legacy.destroySoon('style');
      legacy.on('close', common.mustCall(function () {
        assert.strictEqual(fs.readFileSync(dir + '/legacy', 'utf8'), 'v0.2 style');
        next();
      }));
    }));
  }));
});

step(function errors(next) {
  var rs = fs.createReadStream(dir + '/missing');
  rs.on('open', common.mustNotCall());
  rs.on('error', common.mustCall(function (e) {
    assert.strictEqual(e.code, 'ENOENT');
    assert.strictEqual(e.syscall, 'open');
    rs.on('close', common.mustCall(function () {
      var ws = fs.createWriteStream(dir + '/no/such/dir/file');
      ws.on('error', common.mustCall(function (e2) {
        assert.strictEqual(e2.code, 'ENOENT');
        ws.on('close', common.mustCall(next));
      }));
      ws.write('x');
    }));
  }));
});

step(function closeMethod(next) {
  var rs = fs.createReadStream(bigFile);
  rs.once('open', function () {
    rs.close(common.mustCall(function () {
      assert.strictEqual(rs.destroyed, true);
      var ws = fs.createWriteStream(dir + '/closing');
      ws.write('data');
      ws.close(common.mustCall(function () {
        assert.strictEqual(fs.readFileSync(dir + '/closing', 'utf8'), 'data');
        next();
      }));
    }));
  });
});

var done = common.mustCall();
(function run(i) {
  if (i === steps.length) return done();
  steps[i](function () { run(i + 1); });
})(0);
