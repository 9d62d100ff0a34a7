// The env and cwd options, stdio 'ignore'/'inherit', detached, unref.
var common = require('../common');
var assert = require('assert');
var cp = require('child_process');
var path = require('path');

var guard = setTimeout(function () { throw new Error('timed out'); }, 20000);
var left = 5;
function done() { if (--left === 0) clearTimeout(guard); }

var env = Object.assign({}, process.env, { NODUS_CP_TEST: 'a value' });
cp.exec('echo "$NODUS_CP_TEST"', { env: env }, common.mustCall(function (err, stdout) {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, 'a value\n');
  done();
}));

var c = cp.spawn('env', [], { env: { ONLY_THIS: '1' } });
var out = '';
c.stdout.on('data', function (d) { out += d; });
c.on('close', common.mustCall(function () {
  assert.strictEqual(out, 'ONLY_THIS=1\n');
  done();
}));

var root = path.resolve('/');
var p = cp.spawn('pwd', { cwd: root });
var pwd = '';
p.stdout.on('data', function (d) { pwd += d; });
p.on('close', common.mustCall(function (code) {
  assert.strictEqual(code, 0);
  assert.strictEqual(pwd, root + '\n');
  done();
}));

var q = cp.spawn('true', [], { stdio: 'ignore' });
assert.strictEqual(q.stdin, null);
assert.strictEqual(q.stdout, null);
q.on('close', common.mustCall(function (code) {
  assert.strictEqual(code, 0);
  done();
}));

assert.strictEqual(cp.execSync('pwd', { cwd: '/tmp', encoding: 'utf8' }), require('fs').realpathSync('/tmp') + '\n');

// The spec's customFds: -1 everywhere means three pipes.
var cf = cp.spawn('echo', ['custom'], { customFds: [-1, -1, -1] });
var cfOut = '';
cf.stdout.on('data', function (d) { cfOut += d; });
cf.on('close', common.mustCall(function () {
  assert.strictEqual(cfOut, 'custom\n');
  done();
}));

// A detached, unref'd child does not keep the process alive.
var d = cp.spawn('sleep', ['1'], { detached: true, stdio: 'ignore' });
d.unref();
