// fork()'s bad input and faults: what send() throws (Node's codes), send
// after disconnect (ERR_IPC_CHANNEL_CLOSED through the callback or 'error'),
// a second disconnect, options fork refuses, and a child that dies in the
// middle of a message: 'exit' and 'disconnect', never a hang.
var common = require('../common');
var assert = require('assert');
var cp = require('child_process');

if (process.argv[2] === 'child') {
  process.on('message', function () {});
  process.on('disconnect', function () { process.exit(0); });
  return;
}

var guard = setTimeout(function () { throw new Error('timed out'); }, 20000);
var left = 2;
function done() { if (--left === 0) clearTimeout(guard); }

assert.throws(function () { cp.fork(__filename, { stdio: ['pipe', 'pipe', 'pipe'] }); },
  { code: 'ERR_CHILD_PROCESS_IPC_REQUIRED' });
assert.throws(function () { cp.fork(__filename, [], { serialization: 'xml' }); },
  { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });
assert.throws(function () { cp.fork(42); }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { cp.spawn('true', [], { stdio: ['ipc', 'ipc'] }); }, { code: 'ERR_IPC_ONE_PIPE' });

var child = cp.fork(__filename, ['child']);
assert.throws(function () { child.send(); }, { code: 'ERR_MISSING_ARGS', message: 'The "message" argument must be specified' });
assert.throws(function () { child.send(Symbol('s')); }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { child.send(function () {}); }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { child.send('x', null, 'opts'); }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { child.send('x', {}); }, { code: 'ERR_INVALID_HANDLE_TYPE' });
var cyclic = {};
cyclic.me = cyclic;
assert.throws(function () { child.send(cyclic); }, TypeError);
assert.throws(function () { child.send({ n: 1n }); }, TypeError);
assert.strictEqual(child.send({ ok: true }), true);
child.disconnect();
assert.strictEqual(child.connected, false);
child.send('late', common.mustCall(function (err) {
  assert.strictEqual(err.code, 'ERR_IPC_CHANNEL_CLOSED');
  assert.strictEqual(err.message, 'Channel closed');
}));
var errors = [];
child.on('error', function (e) { errors.push(e.code); });
assert.strictEqual(child.send('late again'), false);
child.disconnect();
child.on('disconnect', common.mustCall());
child.on('close', common.mustCall(function (code) {
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(errors.sort(), ['ERR_IPC_CHANNEL_CLOSED', 'ERR_IPC_DISCONNECTED']);
  done();
}));

// A peer that writes half a message and dies: the partial frame is dropped.
var half = cp.spawn('/bin/sh', ['-c', 'printf \'{"a":"half\' >&3; exit 3'], { stdio: ['pipe', 'inherit', 'inherit', 'ipc'] });
half.on('message', common.mustNotCall('a half message was delivered'));
var seen = [];
half.on('exit', common.mustCall(function (code) { seen.push('exit'); assert.strictEqual(code, 3); }));
half.on('disconnect', common.mustCall(function () { seen.push('disconnect'); }));
half.on('close', common.mustCall(function () {
  assert.deepStrictEqual(seen.sort(), ['disconnect', 'exit']);
  done();
}));
