// Concurrency: 1000 readFile calls in flight at once over 100 files, 1000
// positioned reads on one descriptor, and 1000 stats, all returning the
// right bytes to the right callback (the worker pool runs them in any order).
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var Buffer = require('buffer').Buffer;

var dir = fs.mkdtempSync(common.tmpDir + '/fs-parallel-');
// cleanup first: common.js's exit check may end the process on a failure
process.prependListener('exit', function () { fs.rmSync(dir, { recursive: true, force: true }); });

var FILES = 100, CALLS = 1000;
function content(i) {
  // sizes from 1 byte to ~40 KB, each file's bytes distinct
  var n = 1 + ((i * 7919) % 40000);
  var b = Buffer.alloc(n);
  for (var k = 0; k < n; k++) b[k] = (i * 31 + k) & 255;
  return b;
}
var expected = [];
for (var i = 0; i < FILES; i++) {
  expected.push(content(i));
  fs.writeFileSync(dir + '/f' + i, expected[i]);
}

var pending = 0;
function finish() {
  if (--pending === 0) console.log('all ' + (3 * CALLS) + ' calls returned the right data');
}

// 1000 readFile calls: half as Buffers, half as latin1 strings
for (var c = 0; c < CALLS; c++) {
  (function (c) {
    var idx = (c * 37) % FILES;
    pending++;
    if (c % 2) {
      fs.readFile(dir + '/f' + idx, common.mustCall(function (err, data) {
        assert.ifError(err);
        assert.ok(data.equals(expected[idx]), 'readFile #' + c + ' of f' + idx);
        finish();
      }));
    } else {
      fs.readFile(dir + '/f' + idx, 'latin1', common.mustCall(function (err, s) {
        assert.ifError(err);
        assert.strictEqual(s, expected[idx].toString('latin1'), 'readFile #' + c + ' of f' + idx);
        finish();
      }));
    }
  })(c);
}

// 1000 pread calls on one fd into separate small buffers (the copy path)
// and slices of one shared large buffer (the in-place path)
var whole = Buffer.alloc(CALLS * 16);
for (var k = 0; k < whole.length; k++) whole[k] = (k * 13 + 5) & 255;
fs.writeFileSync(dir + '/whole', whole);
var fd = fs.openSync(dir + '/whole', 'r');
var shared = Buffer.alloc(CALLS * 16);
var readsLeft = CALLS;
for (c = 0; c < CALLS; c++) {
  (function (c) {
    pending++;
    var into = c % 2 ? new Uint8Array(16) : shared;
    var off = c % 2 ? 0 : c * 16;
    fs.read(fd, into, off, 16, c * 16, common.mustCall(function (err, n, buf) {
      assert.ifError(err);
      assert.strictEqual(n, 16);
      assert.strictEqual(buf, into);
      assert.ok(Buffer.from(into.buffer, into.byteOffset + off, 16).equals(whole.slice(c * 16, c * 16 + 16)),
        'read #' + c);
      if (--readsLeft === 0) fs.closeSync(fd);
      finish();
    }));
  })(c);
}

// 1000 stats
for (c = 0; c < CALLS; c++) {
  (function (c) {
    var idx = c % FILES;
    pending++;
    fs.stat(dir + '/f' + idx, common.mustCall(function (err, st) {
      assert.ifError(err);
      assert.strictEqual(st.size, expected[idx].length);
      finish();
    }));
  })(c);
}
