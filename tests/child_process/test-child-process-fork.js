// fork(): the IPC channel end to end — args, env, cwd, messages in order,
// messages of any size never split or merged, send()'s callback and its
// false when the queue is backed up, disconnect from either side, and
// 'close' only after both 'exit' and 'disconnect'.
var common = require('../common');
var assert = require('assert');
var fork = require('child_process').fork;
var os_tmp = '/tmp';

if (process.argv[2] === 'child') {
  process.on('message', function (m) {
    if (m === 'info') {
      process.send({ args: process.argv.slice(3), env: process.env.FORK_TEST, cwd: process.cwd(),
                     channelFd: process.env.NODE_CHANNEL_FD, connected: process.connected,
                     fd: typeof process.channel.fd });
    } else if (m === 'quit') {
      process.disconnect();
    } else {
      process.send(m);
    }
  });
  return;
}

var guard = setTimeout(function () { child.kill('SIGKILL'); throw new Error('timed out'); }, 30000);
var child = fork(__filename, ['child', 'a b', 'c'], { env: Object.assign({}, process.env, { FORK_TEST: 'yes' }), cwd: os_tmp });
assert.strictEqual(child.connected, true);
assert.strictEqual(typeof child.send, 'function');

var got = [];
var N = 500;
var big = 'x'.repeat(3 * 1024 * 1024) + '\u00e9\u4e2d';
var sentAll = false, sawFalse = false, cbs = 0;
child.on('message', function (m) {
  got.push(m);
  if (got.length === 1) {
    assert.deepStrictEqual(m, { args: ['a b', 'c'], env: 'yes', cwd: os_tmp, connected: true, fd: 'number' });
    // a burst: ordered, never merged; the callbacks all run
    for (var i = 0; i < N; i++) {
      var ok = child.send({ i: i, s: 'm\n' + i }, function (err) { assert.ifError(err); cbs++; });
      if (!ok) sawFalse = true;
    }
    child.send(big);
    for (i = 0; i < 40; i++) if (!child.send('y'.repeat(65536))) sawFalse = true;
    sentAll = true;
    return;
  }
  if (got.length === N + 2 + 40) {
    for (var j = 0; j < N; j++) assert.deepStrictEqual(got[j + 1], { i: j, s: 'm\n' + j });
    assert.strictEqual(got[N + 1], big);
    assert.strictEqual(got[N + 2], 'y'.repeat(65536));
    assert.ok(sawFalse, 'send() returned false once the queue was backed up');
    child.send('quit');
  }
});
var events = [];
child.on('exit', common.mustCall(function (code, signal) {
  events.push('exit');
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
}));
child.on('disconnect', common.mustCall(function () {
  events.push('disconnect');
  assert.strictEqual(child.connected, false);
}));
child.on('close', common.mustCall(function () {
  assert.deepStrictEqual(events.sort(), ['disconnect', 'exit']);
  assert.ok(sentAll);
  assert.strictEqual(cbs, N);
  assert.strictEqual(got.length, N + 2 + 40);
  clearTimeout(guard);
}));
child.send('info');
