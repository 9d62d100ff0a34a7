// The spec's `ps ax | grep ssh` shape: one child's stdout written into another's stdin.
var common = require('../common');
var assert = require('assert');
var spawn = require('child_process').spawn;

var src = spawn('printf', ['alpha\\nssh-agent\\nbeta\\nsshd\\n']);
var grep = spawn('grep', ['ssh']);
var got = '';
src.stdout.on('data', function (data) { grep.stdin.write(data); });
src.on('exit', common.mustCall(function (code) {
  assert.strictEqual(code, 0);
  grep.stdin.end();
}));
grep.stdout.setEncoding('utf8');
grep.stdout.on('data', function (data) {
  assert.strictEqual(typeof data, 'string');
  got += data;
});
grep.on('close', common.mustCall(function (code) {
  assert.strictEqual(code, 0);
  assert.strictEqual(got, 'ssh-agent\nsshd\n');
  clearTimeout(guard);
}));
var guard = setTimeout(function () { throw new Error('timed out'); }, 20000);

// The spec's first example: grep with stdin closed at once finds nothing.
var empty = spawn('grep', ['ssh']);
assert.ok(empty.pid > 0);
empty.stdin.end();
empty.on('exit', common.mustCall(function (code) { assert.strictEqual(code, 1); }));
