// exec through /bin/sh: the spec's example, exit codes in err.code, encodings.
var common = require('../common');
var assert = require('assert');
var cp = require('child_process');

var guard = setTimeout(function () { throw new Error('timed out'); }, 20000);
var left = 5;
function done() { if (--left === 0) clearTimeout(guard); }

cp.exec('echo one; echo two >&2', common.mustCall(function (err, stdout, stderr) {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, 'one\n');
  assert.strictEqual(stderr, 'two\n');
  done();
}));

cp.exec('cat nonexistent_file_xyz_123 | wc -l', common.mustCall(function (err, stdout, stderr) {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout.trim(), '0');
  assert.ok(/nonexistent_file_xyz_123/.test(stderr));
  done();
}));

var child = cp.exec('echo out; echo bad >&2; exit 7', common.mustCall(function (err, stdout, stderr) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 7);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.killed, false);
  assert.ok(/^Command failed: /.test(err.message), err.message);
  assert.strictEqual(stdout, 'out\n');
  assert.strictEqual(stderr, 'bad\n');
  done();
}));
assert.ok(child instanceof cp.ChildProcess);

cp.exec('printf abc', { encoding: 'buffer' }, common.mustCall(function (err, stdout) {
  assert.strictEqual(err, null);
  assert.ok(Buffer.isBuffer(stdout));
  assert.strictEqual(stdout.toString(), 'abc');
  done();
}));

cp.execFile('echo', ['a', 'b c'], common.mustCall(function (err, stdout) {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, 'a b c\n');
  done();
}));
