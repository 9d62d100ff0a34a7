// exec's timeout and killSignal, maxBuffer.
var common = require('../common');
var assert = require('assert');
var cp = require('child_process');

var guard = setTimeout(function () { throw new Error('timed out'); }, 20000);
var left = 3;
function done() { if (--left === 0) clearTimeout(guard); }
var start = Date.now();
cp.exec('sleep 10', { timeout: 200 }, common.mustCall(function (err, stdout, stderr) {
  assert.ok(err);
  assert.strictEqual(err.killed, true);
  assert.strictEqual(err.signal, 'SIGTERM');
  assert.strictEqual(err.code, null);
  assert.ok(Date.now() - start < 5000);
  done();
}));
cp.exec('sleep 10', { timeout: 100, killSignal: 'SIGKILL' }, common.mustCall(function (err) {
  assert.strictEqual(err.signal, 'SIGKILL');
  done();
}));
cp.exec('head -c 100000 /dev/zero', { maxBuffer: 1000 }, common.mustCall(function (err, stdout) {
  assert.ok(err instanceof RangeError);
  assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
  assert.strictEqual(stdout.length, 1000);
  done();
}));
