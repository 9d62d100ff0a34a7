// kill(): the default SIGTERM, a named signal, exit codes, 'exit' before 'close'.
var common = require('../common');
var assert = require('assert');
var spawn = require('child_process').spawn;

var guard = setTimeout(function () { throw new Error('timed out'); }, 20000);
var left = 3;
function done() { if (--left === 0) clearTimeout(guard); }

var a = spawn('sleep', ['30']);
var order = [];
a.on('exit', common.mustCall(function (code, signal) {
  order.push('exit');
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGTERM');
  assert.strictEqual(a.signalCode, 'SIGTERM');
  assert.strictEqual(a.killed, true);
}));
a.on('close', common.mustCall(function (code, signal) {
  order.push('close');
  assert.deepStrictEqual(order, ['exit', 'close']);
  assert.strictEqual(signal, 'SIGTERM');
  done();
}));
assert.strictEqual(a.kill(), true);

// The spec's example: grep killed with SIGHUP.
var grep = spawn('grep', ['ssh']);
grep.on('exit', common.mustCall(function (code, signal) {
  assert.strictEqual(signal, 'SIGHUP');
  done();
}));
grep.kill('SIGHUP');

var b = spawn('sh', ['-c', 'exit 42']);
b.on('exit', common.mustCall(function (code, signal) {
  assert.strictEqual(code, 42);
  assert.strictEqual(signal, null);
  assert.strictEqual(b.exitCode, 42);
  assert.strictEqual(b.kill(), false);   // already gone
  done();
}));

assert.throws(function () { b.kill('SIGNOTHING'); }, function (e) { return e.code === 'ERR_UNKNOWN_SIGNAL'; });
