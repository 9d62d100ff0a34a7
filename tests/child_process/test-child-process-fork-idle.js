// A forked child with an idle channel exits when its work is done (the
// channel holds the loop only while 'message'/'disconnect' are listened
// to, or after channel.ref()); channel.unref() lets a listening child go.
// Its env no longer holds NODE_CHANNEL_FD, and its own children get no
// channel.
var common = require('../common');
var assert = require('assert');
var cp = require('child_process');

if (process.argv[2] === 'idle') {
  process.send({ env: process.env.NODE_CHANNEL_FD === undefined });
  setTimeout(function () {}, 50);
  return;
}
if (process.argv[2] === 'unref') {
  process.on('message', function () {});
  process.channel.unref();
  process.send({ grand: sockets() });
  return;
}

// The sockets a grandchild holds, and whether it sees NODE_CHANNEL_FD.
function sockets() {
  var out = cp.spawnSync('/bin/sh', ['-c', 'echo "$NODE_CHANNEL_FD"; ls -l /proc/self/fd'], { encoding: 'utf8' }).stdout;
  var lines = out.split('\n');
  return [lines[0]].concat(lines.filter(function (l) { return /socket:/.test(l); }).length);
}

var guard = setTimeout(function () { throw new Error('timed out'); }, 20000);
var left = 2;
function done() { if (--left === 0) clearTimeout(guard); }

var a = cp.fork(__filename, ['idle']);
a.on('message', common.mustCall(function (m) { assert.deepStrictEqual(m, { env: true }); }));
a.on('exit', common.mustCall(function (code) { assert.strictEqual(code, 0); done(); }));

var b = cp.fork(__filename, ['unref']);
b.on('message', common.mustCall(function (m) {
  // as many sockets as a grandchild of this process: the channel stayed put
  assert.deepStrictEqual(m.grand, sockets());
}));
b.on('exit', common.mustCall(function (code) { assert.strictEqual(code, 0); done(); }));
