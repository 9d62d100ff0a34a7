// readFile/readFileSync across sizes around the read and allocation
// boundaries (0, 1, 4095 ... 8 MB + 3), as Buffers and strings, from a path
// and from a descriptor's current position, and files whose stat size is 0
// though they have content (/proc).
var common = require('../common');
var assert = require('assert');
var fs = require('fs');
var Buffer = require('buffer').Buffer;

var dir = fs.mkdtempSync(common.tmpDir + '/fs-readfile-');
// cleanup first: common.js's exit check may end the process on a failure
process.prependListener('exit', function () { fs.rmSync(dir, { recursive: true, force: true }); });

var sizes = [0, 1, 4095, 4096, 8191, 8192, 65535, 65536, 65537, 1 << 20, (8 << 20) + 3];
sizes.forEach(function (n) {
  var b = Buffer.alloc(n);
  for (var i = 0; i < n; i++) b[i] = 97 + (i % 26);
  var f = dir + '/s' + n;
  fs.writeFileSync(f, b);
  var got = fs.readFileSync(f);
  assert.ok(Buffer.isBuffer(got));
  assert.strictEqual(got.length, n);
  assert.ok(got.equals(b), 'sync ' + n);
  assert.strictEqual(fs.readFileSync(f, 'latin1'), b.toString('latin1'));
  fs.readFile(f, common.mustCall(function (err, data) {
    assert.ifError(err);
    assert.ok(data.equals(b), 'async ' + n);
  }));
  fs.readFile(f, 'utf8', common.mustCall(function (err, s) {
    assert.ifError(err);
    assert.strictEqual(s, b.toString('utf8'));
  }));
});

// from a descriptor: the rest of the file from the current position
var f = dir + '/s65537';
var fd = fs.openSync(f, 'r');
fs.readSync(fd, Buffer.alloc(1000), 0, 1000, null);
assert.strictEqual(fs.readFileSync(fd).length, 65537 - 1000);
assert.strictEqual(fs.readFileSync(fd).length, 0); // at the end now
fs.closeSync(fd);
fd = fs.openSync(f, 'r');
fs.readFile(fd, common.mustCall(function (err, data) {
  assert.ifError(err);
  assert.strictEqual(data.length, 65537);
  fs.closeSync(fd);
}));

// stat says 0 bytes, yet there is content (no /proc inside fs-sandbox)
if (fs.existsSync('/proc/self/status')) {
  var status = fs.readFileSync('/proc/self/status', 'utf8');
  assert.strictEqual(fs.statSync('/proc/self/status').size, 0);
  assert.ok(/^Name:/.test(status));
  fs.readFile('/proc/self/maps', 'utf8', common.mustCall(function (err, maps) {
    assert.ifError(err);
    assert.ok(maps.length > 100);
  }));
}

// utf8 decoding replaces invalid sequences, as Buffer#toString does
fs.writeFileSync(dir + '/bad', Buffer.from([0x61, 0xff, 0xc3, 0x62, 0xe2, 0x82]));
assert.strictEqual(fs.readFileSync(dir + '/bad', 'utf8'), Buffer.from([0x61, 0xff, 0xc3, 0x62, 0xe2, 0x82]).toString());
