// spawnSync, execSync and execFileSync: results, input, timeouts and errors.
require('../common');
var assert = require('assert');
var cp = require('child_process');

var r = cp.spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 3']);
assert.strictEqual(r.status, 3);
assert.strictEqual(r.signal, null);
assert.ok(r.pid > 0);
assert.ok(Buffer.isBuffer(r.stdout));
assert.strictEqual(r.stdout.toString(), 'out\n');
assert.strictEqual(r.stderr.toString(), 'err\n');
assert.strictEqual(r.output[0], null);
assert.strictEqual(r.error, undefined);

r = cp.spawnSync('cat', { input: 'piped in', encoding: 'utf8' });
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stdout, 'piped in');

r = cp.spawnSync('head', ['-c', String(3 * 1024 * 1024), '/dev/zero'], { maxBuffer: Infinity });
assert.strictEqual(r.stdout.length, 3 * 1024 * 1024);

var t = Date.now();
r = cp.spawnSync('sleep', ['10'], { timeout: 200 });
assert.strictEqual(r.signal, 'SIGTERM');
assert.strictEqual(r.status, null);
assert.strictEqual(r.error.code, 'ETIMEDOUT');
assert.ok(Date.now() - t < 5000);

assert.strictEqual(cp.execSync('echo hello').toString(), 'hello\n');
assert.strictEqual(cp.execSync('echo $((6*7))', { encoding: 'utf8' }), '42\n');
assert.strictEqual(cp.execFileSync('echo', ['a', 'b'], { encoding: 'utf8' }), 'a b\n');
assert.strictEqual(cp.execSync('cat', { input: 'in' }).toString(), 'in');

assert.throws(function () {
  cp.execSync('echo partial; exit 5', { stdio: 'pipe' });
}, function (e) {
  assert.strictEqual(e.status, 5);
  assert.strictEqual(e.stdout.toString(), 'partial\n');
  assert.ok(/Command failed/.test(e.message));
  return true;
});

r = cp.spawnSync('sh', ['-c', 'exit 0'], { stdio: 'ignore' });
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stdout, null);
