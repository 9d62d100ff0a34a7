// A missing command: 'error' (ENOENT) is emitted, not thrown; no 'exit'.
var common = require('../common');
var assert = require('assert');
var cp = require('child_process');

var guard = setTimeout(function () { throw new Error('timed out'); }, 20000);
var child = cp.spawn('nodus_no_such_command_here', ['x']);
child.on('error', common.mustCall(function (err) {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.syscall, 'spawn nodus_no_such_command_here');
  assert.strictEqual(err.path, 'nodus_no_such_command_here');
  assert.deepStrictEqual(err.spawnargs, ['x']);
  assert.strictEqual(child.pid, undefined);
}));
child.on('exit', common.mustNotCall('no exit after a failed start'));
child.on('close', common.mustCall(function () { clearTimeout(guard); }));

cp.execFile('nodus_no_such_command_here', common.mustCall(function (err) {
  assert.strictEqual(err.code, 'ENOENT');
}));

var r = cp.spawnSync('nodus_no_such_command_here');
assert.strictEqual(r.error.code, 'ENOENT');
assert.strictEqual(r.status, null);

assert.throws(function () { cp.execFileSync('nodus_no_such_command_here'); },
              function (e) { return e.code === 'ENOENT'; });

// A bad cwd fails the start the same way.
var bad = cp.spawn('ls', { cwd: '/nonexistent/dir/for/nodus' });
bad.on('error', common.mustCall(function (err) { assert.strictEqual(err.code, 'ENOENT'); }));
