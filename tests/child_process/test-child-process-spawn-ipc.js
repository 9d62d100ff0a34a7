// spawn() with an 'ipc' entry in stdio: a nodus child gets process.send
// beside a stdin pipe and an inherited stdout; 'ipc' is allowed at any index.
var common = require('../common');
var assert = require('assert');
var cp = require('child_process');

if (process.argv[2] === 'child') {
  var input = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', function (d) { input += d; });
  process.stdin.on('end', function () { process.send({ stdin: input, fd: process.channel.fd }); });
  return;
}

var guard = setTimeout(function () { throw new Error('timed out'); }, 20000);
var left = 2;
function done() { if (--left === 0) clearTimeout(guard); }

var child = cp.spawn(process.execPath, [__filename, 'child'], { stdio: ['pipe', 'inherit', 'ipc'] });
assert.strictEqual(child.stdout, null);
child.on('message', common.mustCall(function (m) {
  assert.strictEqual(m.stdin, 'hello through stdin');
  assert.strictEqual(typeof m.fd, 'number');
}));
child.on('close', common.mustCall(function (code) { assert.strictEqual(code, 0); done(); }));
child.stdin.end('hello through stdin');

var c2 = cp.spawn(process.execPath, ['-e', 'process.send(process.env.NODE_CHANNEL_FD === undefined)'],
  { stdio: ['ipc', 'inherit', 'inherit'] });
c2.on('message', common.mustCall(function (m) { assert.strictEqual(m, true); }));
c2.on('close', common.mustCall(function (code) { assert.strictEqual(code, 0); done(); }));
