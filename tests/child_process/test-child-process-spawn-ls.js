// The spec's spawn example: `ls -lh /usr`, capturing stdout, stderr and the exit code.
var common = require('../common');
var assert = require('assert');
var spawn = require('child_process').spawn;

var ls = spawn('ls', ['-lh', '/usr']);
assert.ok(ls.pid > 0);
var out = '';
ls.stdout.on('data', function (data) {
  assert.ok(Buffer.isBuffer(data));
  out += data;
});
ls.stderr.on('data', common.mustNotCall('no stderr expected'));
ls.on('exit', common.mustCall(function (code, signal) {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
}));
ls.on('close', common.mustCall(function (code, signal) {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
  assert.ok(/bin/.test(out), out);
}));
var guard = setTimeout(function () { throw new Error('timed out'); }, 20000);
ls.on('close', function () { clearTimeout(guard); });
